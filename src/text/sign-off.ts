// A message's sign-off and what stands under its name: for a customer's message a contact block to cut; for an agent's
// draft the company's signature, surely (cut), perhaps (kept, but never counted as keeping a check), or the agent's
// words going on.

// A closing only ends a message; thanks may open an agent's chat-style draft too ("Thank you!" on a line of its own).
const CLOSINGS = 'cheers|best|best regards|best wishes|kind regards|kindest regards|warm regards|warmest regards|regards|thanks (?:&|and) regards|sincerely|yours sincerely|yours faithfully|yours truly|all the best|respectfully';
const THANKS_ALONE = 'thanks(?: again| so much| in advance)?|thank you(?: (?:very much|so much|in advance|for your help))?|many thanks(?: in advance)?';
const CLOSING = new RegExp(`^(?:${CLOSINGS})[,.!]?$`, 'i');
const THANKS = new RegExp(`^(?:${THANKS_ALONE})[,.!]?$`, 'i');
/** A sign-off on a line of its own, anywhere in a text (a ticket's messages, joined). */
const SIGN_OFF_LINE = new RegExp(`^[ \\t]*(?:${CLOSINGS}|${THANKS_ALONE})[,.!]?[ \\t]*\\r?$`, 'gim');
/** A closing on its own ("Best,", "Kind regards"): with a name under it, the desk's template, not a reply. */
export const isClosing = (line: string): boolean => CLOSING.test(line);
/** A sign-off line on its own: "Thanks,", "Kind regards". */
const isSignOff = (line: string): boolean => CLOSING.test(line) || THANKS.test(line);

/**
 * Closings read in a customer's mail only, above a contact block (the engine and the coach read CLOSINGS alone, as the
 * model's features were trained): German, Dutch, French, Spanish, Portuguese, Italian, Polish, Czech and the Nordic
 * languages' usual ones, Swahili's, Turkish, French "Bien à vous" and Portugal's "Com os melhores cumprimentos"
 * (reading rounds, 2026-12-05); and English thanks that close a customer's mail with a comma
 * ("Thanking you,", "Thanks a million,"): "Thanks a lot." is as often sarcasm (a review). The coach reads none of them
 * as a sign-off.
 */
const CUSTOMER_CLOSINGS =
  /^(?:mit freundlichen grüßen|(?:viele|beste|freundliche|liebe) grüße|(?:met )?vriendelijke groet(?:en)?|met (?:hartelijke|vriendelijke) groet(?:en)?|cordialement|bien cordialement|bien à vous|salutations|atentamente|saludos(?: cordiales)?|un saludo|atenciosamente|(?:com )?(?:os )?(?:meus )?(?:melhores )?cumprimentos|(?:cordiali )?saluti|distinti saluti|grazie(?: mille)?|pozdrawiam|z poważaniem|s pozdravem|děkuji|med vänliga hälsningar|med vänlig hälsning|vänliga hälsningar|mvh|med venlig hilsen|med vennlig hilsen|venlig hilsen|asante(?: sana)?|saygılarımla)[,.!]?$|^(?:thanking you|thanks a (?:million|lot)),$/i;

/** A sign-off with the customer's name on its line: "Best, Priya", "Thanks, Tom B." (not "Thanks, that is all"). */
const SIGN_OFF_WITH_NAME = new RegExp(`^(?:${CLOSINGS}|${THANKS_ALONE}),\\s+([^\\d,;:!?]{1,40})$`, 'i');
/** A postscript's first line: "P.S. …", "PS: …". */
export const POSTSCRIPT = /^p\.?\s?s\b/i;

/**
 * The lines a contact block may have under the name: a draft's signature is short; a customer's business one may give
 * a title, a company, an address of five lines, numbers and a web address (a reading round, 2026-12-05: ten lines).
 */
const BLOCK_LINES = { draft: 8, customer: 12 } as const;

/**
 * The last sign-off in a message's last lines with a name under it (or, a customer's, on its line: "Best, Priya") and a
 * block of lines below: the name's line, where the block ends (a customer's "P.S." and what follows stay theirs; a
 * draft's rules the sign-off out), and whether the sign-off is a closing ("Best regards") rather than thanks. In a draft
 * the name must read as one, since an agent's chat-style draft puts "Thank you!" on a line of its own.
 */
export function findSignOff(lines: readonly string[], draft: boolean): { at: number; name: number; end: number; closing: boolean } | null {
  const most = draft ? BLOCK_LINES.draft : BLOCK_LINES.customer;
  for (let i = lines.length - 1; i >= 0 && i >= lines.length - most - 4; i--) {
    const signOff = (lines[i] ?? '').trim();
    const withName = draft ? undefined : SIGN_OFF_WITH_NAME.exec(signOff)?.[1];
    const named = withName !== undefined && looksLikeName(withName);
    const plain = isSignOff(signOff);
    const foreign = !named && !plain && !draft && CUSTOMER_CLOSINGS.test(signOff);
    if (!named && !foreign && !plain) continue;
    const name = named ? i : nextNonEmpty(lines, i + 1);
    if (name < 0) return null;
    // A sign-off these readings added (a name on its line, another language's closing) opens a message as often as it
    // ends one ("Thanks, Sarah" over the request; "Saludos,\nPedido 4411 sin llegar…"): it ends one only below words of
    // its own, and over a name that reads as one (two reviews, 2026-12-05).
    if ((named || foreign) && !wordsAbove(lines, i)) return null;
    if (foreign && (!looksLikeName(lines[name] ?? '') || /\d/.test(lines[name] ?? ''))) return null;
    // Under a customer's sign-off, any line but words going on is taken for a name ("john smith", "John Smith, Acme
    // Ltd."): "Thanks!\nThat fixed the login…" opens a reply, and its lines are no contact block (a reading round,
    // 2026-12-05, found such replies cut to two lines). A draft's name must read as one (looksLikeName).
    if (draft ? !looksLikeName(lines[name] ?? '') : !named && goesOnAsWords(lines[name] ?? '')) return null;
    const postscript = lines.findIndex((line, k) => k > name && POSTSCRIPT.test(line.trim()));
    if (draft && postscript >= 0) return null;
    const end = postscript >= 0 ? postscript : lines.length;
    const rest = lines.slice(name + 1, end).filter((line) => line.trim());
    if (rest.length === 0 || rest.length > most) return null;
    // With a name on its line, only above lines that are surely a signature.
    if (named && !rest.every(isSignatureLine)) return null;
    return { at: i, name, end, closing: CLOSING.test(named ? (signOff.split(',')[0] ?? '') : signOff) };
  }
  return null;
}

/** Whether a line above `end` says something: three words or more, or a sentence's end ("Die Rechnung ist falsch."), not a greeting alone ("Hi Sam,"). */
function wordsAbove(lines: readonly string[], end: number): boolean {
  for (let i = 0; i < end; i++) {
    const text = (lines[i] ?? '').trim();
    if (/[.!?]$/.test(text) || text.split(/\s+/).length >= 3) return true;
  }
  return false;
}

/**
 * A line that can be a signature's name: a few words, most of them capitalised, with no sentence's end ("Priya",
 * "Tom B.", "Priya | Acme Support", "The Acme team"; not "I had a look at the order.", "It's broken.").
 */
export function looksLikeName(line: string): boolean {
  const words = line.trim().split(/\s+/);
  if (words.length > 6) return false;
  const last = words[words.length - 1] ?? '';
  if (/[.!?;:]$/.test(last) && !/^\p{Lu}\.$/u.test(last)) return false;
  return lowerCaseWords(words) <= Math.min(2, words.length - 1);
}

/** How many of `words` open in lower case: a name or a title has few, a sentence many. */
export const lowerCaseWords = (words: readonly string[]): number => words.filter((word) => /^\p{Ll}/u.test(word)).length;

/** Three words or more in lower case, or a question: words going on, not a name, a title or a company's name. */
export function goesOnAsWords(line: string): boolean {
  const text = line.trim();
  return /\?$/.test(text) || lowerCaseWords(text.split(/\s+/)) >= 3;
}

/** Four words or more ending as a sentence does: contact lines (a role, a number, an address) and header lines do not. */
export function isSentence(line: string): boolean {
  const text = line.trim();
  return /[.!?]$/.test(text) && text.split(/\s+/).length >= 4;
}

/** The index of the first line with text from `from` on, or -1. */
export function nextNonEmpty(lines: readonly string[], from: number): number {
  for (let i = from; i < lines.length; i++) if ((lines[i] ?? '').trim()) return i;
  return -1;
}

/** The last line with text before `end` (all of them by default), trimmed, or "". */
export function lastWithText(lines: readonly string[], end = lines.length): string {
  for (let i = Math.min(end, lines.length) - 1; i >= 0; i--) {
    const text = (lines[i] ?? '').trim();
    if (text) return text;
  }
  return '';
}

/** A phone number (eight characters or more of digits and separators), a mail or web address. */
const CONTACT_MARK = /\+?\d[\d ()-]{6,}\d|\S@\S+\.\w|www\.|https?:\/\//;
/**
 * Whether a line, or one of its parts ("+44 7700 900456 | daniel@fernway.events"), is a phone number, a mail or a web
 * address standing alone with its label (isContactAlone), or a social profile ("Twitter: @danakim_events",
 * "LinkedIn: linkedin.com/in/danakim"): not an SKU, an IMEI, a serial number or an account's.
 */
export const givesContact = (line: string): boolean => line.split(/\s[|·•]\s|\s[–—]\s/).some((part) => isContactAlone(part) || SOCIAL_PROFILE.test(part.trim()));
const SOCIAL_PROFILE = /^(?:linkedin|twitter|instagram|facebook|tiktok|x|bluesky|mastodon)\s*:\s*(?:@[\w.]+|\S+\.\w+\/\S+)$/i;
/** A web address with no "www." ("help.acme.com"). */
const WEB_NAME = /\b(?:[a-z0-9-]+\.)+(?:com|org|net|io|co|uk|de|fr|nl|eu|us|ca|au|info|biz|app|help|support)\b/i;
/** A web address with a path after its site's name. */
const WEB_PATH = new RegExp(`(${WEB_NAME.source})/\\S*`, 'gi');
/** A company's help channel, as its signature names it. */
const HELP_CHANNEL =
  /\b(?:hotline|helpline|help ?(?:cent(?:re|er)|desk)|support (?:team|cent(?:re|er)|portal|site|line)|customer (?:service|support|care)|knowledge ?base|faqs?)\b/i;
/** A company's name ends so: "Paper Plane Co.", "Acme Ltd." (a name, where looksLikeName reads the full stop as a sentence's). */
const COMPANY_END = /\s+(?:co|ltd|inc|corp|llc|plc|gmbh)\.?\s*$/i;
/** Small words a title or a company's name has in lower case ("Head of Customer Experience", "Acme & Co"). */
const NAME_PARTICLE = /^(?:of|and|the|for|from|at|in|on|de|da|van|von|der|le|la|du|&|\|)$/;
/** The company speaking: "our", "us", "we". */
const OURS = /\b(?:our|us|we|we're|we've|we'll)\b/i;
/** Someone working with the company, not the company: a line naming one sends the customer to them. */
const THIRD_PARTY = /\b(?:partners?|insurers?|providers?|third[- ]party|affiliates?|manufacturers?)\b/i;
/** A blank left to fill ("[Job title]", "{{agent}}", "£XX", "TBC"): never surely a signature's. */
const BLANK = /\[[^\]]*\]|\{\{|\b(?:xx+|tbd|tbc)\b|[£$€]xx|\?\?\?/i;
/**
 * A line of a company's mail footer, a sentence or not: no reply wanted, when it answers, when it is open, a rating,
 * the ticket's number ("Kindly allow 2 working days for a response.", "Our team will respond within 2 working days.",
 * "Our office hours are Monday to Friday, 9am to 5pm.", "Your ticket number is #12345"). The agent may say the same
 * words ("One more thing: our offices are closed Monday, so please call your bank"), so it is perhaps the signature's.
 */
const FOOTER_LINE =
  /\b(?:do not|don't|please don't) reply\b|\bis not monitored\b|\ballow\b.{0,40}\bfor (?:a |our )?(?:response|reply|answer)\b|\b(?:we|our (?:team|agents?|staff|advisors?))(?: aim to| will| try to| usually)? (?:respond|reply|answer|get back)\b.{0,40}\bwithin\b|\b(?:office|opening|business|support) hours\b|\blines (?:are )?open\b|\b(?:offices?|we) (?:are|will be) closed\b|\b(?:rate|review) (?:us|our)\b|\bhow (?:did we do|was our)\b|\bsatisfaction survey\b|\bwill never ask (?:you )?for\b|\bcalls may be recorded\b|\bregistered in (?:england|scotland|ireland|wales)\b|\bunsubscribe\b|\b(?:ticket|case|reference|ref)(?: (?:number|no|id))?(?: is)?:? #?\d/i;
/**
 * Someone else the customer is sent to: their bank, the courier, a carrier by name, "they", a brand's own help ("Samsung's
 * customer service"). A line naming one is never surely the company's signature.
 */
const ELSEWHERE =
  /\b[a-z0-9]+['’]s (?:customer (?:service|support|care)|support|help ?(?:line|desk|cent(?:re|er))|hotline|helpline)\b|\b(?:your (?:bank|card (?:issuer|provider|company)|provider|carrier|courier|insurer|network|isp|retailer|seller|local)|(?:the|their) (?:courier|carrier|bank|manufacturer|retailer|seller|supplier|post office|delivery (?:company|firm|driver)|shop|store|vendor|insurer|airline|network|provider)|couriers?'?s?|carriers?'?s?|bank'?s|their|they|dpd|ups|fedex|dhl|royal mail|usps|evri|hermes|parcelforce|amazon|paypal|apple|google)\b/i;
/** Words a contact line labels its number or address with ("Tel:", "For billing call", "Please contact support at"). */
const CONTACT_LABEL =
  /^(?:tel|telephone|phone|ph|mobile|mob|cell|fax|t|m|e|w|p|f|o|c|d|email|e-mail|mail|web|website|site|online|office|direct|support|billing|sales|help|need|more|further|any|questions|queries|enquiries|info|call|contact|visit|write|please|us|our|to|at|on|or|and|for|via|by|in|customer|care|service|team|urgent|issue|issues|the|lines|open|free|freephone|ring)$/i;

/** When a line is open ("Mon-Fri", "9am-5pm", "24/7" once its slash is gone). */
const OPENING_TIMES = /^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*(?:-(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*)?|\d{1,2}(?:am|pm)?(?:-\d{1,2}(?:am|pm)?)?|24|7)$/i;

/**
 * A number, mail or web address standing alone, or with a label and a note in brackets ("www.acme.com", "Tel: 0800 111
 * 222", "For billing call 0800 111 222", "Phone 0800 123 456 (free from UK landlines)").
 */
function isContactAlone(line: string): boolean {
  const text = line.trim();
  if (!(CONTACT_MARK.test(text) || WEB_NAME.test(text))) return false;
  const left = text
    .replace(/\S*@\S*|https?:\/\/\S*|www\.\S*/g, ' ')
    .replace(new RegExp(CONTACT_MARK.source, 'g'), ' ')
    .replace(new RegExp(WEB_NAME.source, 'gi'), ' ')
    .replace(/\([^()]{0,60}\)/g, ' ')
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ');
  return left.split(/\s+/).filter(Boolean).every((word) => CONTACT_LABEL.test(word) || OPENING_TIMES.test(word));
}

/** A name, a title or a company's name: capitalised words and a few small ones ("Customer Support Specialist", "Head of CX"). */
export function isNameOrTitle(part: string): boolean {
  const text = part.replace(COMPANY_END, '').trim();
  return looksLikeName(text) && !BLANK.test(text) && text.split(/\s+/).every((word) => !/^\p{Ll}/u.test(word) || NAME_PARTICLE.test(word));
}

/**
 * The longest line read as a signature's: a name, a title or a contact line is far shorter, and a footer of our help in
 * one paragraph ("Need more help with your order? … visit help.acme.com … email us at support@acme.com …", 236
 * characters in a review) well within it. The patterns a line is tried with (WEB_NAME, the contact marks) cost the
 * square of a long line's length: a draft's 40,000-character line under its name froze the desk page 7.8 s (a trust
 * review, 2026-12-04); at this length, about a millisecond.
 */
export const SIGNATURE_LINE_MAX = 1_000;

/**
 * A line that is surely the company's signature: names and titles ("Priya | Acme Support"), a number or address standing
 * alone, or a line of our own help, said as ours, sending the customer nowhere else ("Need more help? Visit
 * help.acme.com or contact our support team", "For urgent matters please call our hotline"); under a closing a line
 * giving our mail or web address.
 */
function surelySignature(line: string, closing: boolean): boolean {
  if (line.length > SIGNATURE_LINE_MAX) return false;
  const parts = line.split(/\s[|·•]\s|\s[–—]\s/);
  if (line.length <= 80 && !isSentence(line) && parts.every((part) => isNameOrTitle(part) || isContactAlone(part))) return true;
  if (ELSEWHERE.test(line) || BLANK.test(line)) return false;
  if (isContactAlone(line)) return true;
  const ours = OURS.test(line) && !THIRD_PARTY.test(line) && (HELP_CHANNEL.test(line) || CONTACT_MARK.test(line) || WEB_NAME.test(line) || /\b(?:contact|call|email|e-mail|write to|visit|reach) us\b/i.test(line));
  return ours || (closing && (/\S@\S+\.\w|www\.|https?:\/\//.test(line) || WEB_NAME.test(line)));
}

/**
 * A line that is surely a signature's under a customer's name: a name, a title, a number or an address (no sentence);
 * a web address with a path is read as its site ("linkedin.com/in/danielosei").
 */
export function isSignatureLine(line: string): boolean {
  const text = line.trim();
  return text.length <= SIGNATURE_LINE_MAX && surelySignature(text.replace(WEB_PATH, '$1'), false);
}

/**
 * In a draft, what the lines under a sign-off's name (`after`) are: 'signature' when each is surely the company's
 * (names, titles, contacts, our help, footers that send no one elsewhere): cut; else, under a closing ("Best regards"),
 * 'perhaps': the lines may be the signature's ("You can expect a reply within 24 hours", "I'm on leave until 2
 * January", "she/her") or the agent's ("You'll need to raise this with the merchant", "Please calm down."), so they stay
 * in the draft and can break a check (a false ✗ at worst) but keep none (coach/check.ts), where cutting them hid the
 * agent's lines and keeping them gave says-when ✓ for a footer's "within 24 hours" (three reviews); under thanks,
 * 'draft': the agent's words go on ("Thank you!\nGood news\nNext Steps\nPlease contact your bank…").
 */
export function signatureBlock(after: readonly string[], closing: boolean): 'signature' | 'perhaps' | 'draft' {
  let perhaps = false;
  for (const raw of after) {
    const line = raw.trim();
    if (!line) continue;
    // A footer is surely the signature's unless it sends the customer elsewhere or leaves a blank ("our offices are
    // closed Monday, so please call your bank": a review found such a line cut).
    const footer = line.length <= 160 && FOOTER_LINE.test(line);
    // ... and when the line is the footer alone: "Please calm down. Our support hours are 9-5." is the agent's too.
    if (footer && !ELSEWHERE.test(line) && !BLANK.test(line) && !/[.!?;]\s+\S|\s[-–—]\s/.test(line)) continue;
    if (footer || surelySignature(line, closing)) {
      perhaps ||= footer;
      continue;
    }
    // Under a closing, anything else may be either: a note in the signature ("I'm on annual leave until 2 January.",
    // on a paragraph of its own in a rich-text editor, or as long as a legal line) or the agent going on. Under thanks
    // it is the agent's: a chat-style draft goes on under "Thank you!".
    if (closing) perhaps = true;
    else return 'draft';
  }
  return perhaps ? 'perhaps' : 'signature';
}

/**
 * Where the part of a draft that is perhaps the company's signature starts (the line after the sign-off's name), or the
 * draft's length where there is none: what stands from there may break a check but not keep one.
 */
export function signatureTail(draft: string): number {
  const lines = draft.split('\n');
  const signOff = findSignOff(lines, true);
  if (!signOff || signatureBlock(lines.slice(signOff.name + 1), signOff.closing) !== 'perhaps') return draft.length;
  return lines.slice(0, signOff.name + 1).join('\n').length + 1;
}

/**
 * A line of three words or fewer with no blank to fill ("she/her", "Mon–Thu only"): under the desk's template it leaves
 * the draft empty, where a longer line typed there is a reply ("You'll need to contact your bank about this charge").
 */
export function isShortNote(line: string): boolean {
  const text = line.trim();
  return text.split(/\s+/).length <= 3 && !BLANK.test(text);
}

/** A customer signing as what they are, not who: "A Very Disappointed Customer", "Frustrated Customer", "Your loyal user". */
const SELF_DESCRIBED = /^(?:an?|one|your|yours)\s|\b(?:customers?|clients?|users?|members?|passengers?|guests?|subscribers?|fans?|buyers?|shoppers?|patients?|parents?|mums?|moms?|dads?)\b/i;

/**
 * Where a customer signs their name: after each sign-off on a line of its own ("Thanks,", "Kind regards"), the next
 * line (a blank one between allowed) when it is a name or a title ("Anna", "Bill Hunter"), and the lines under it that
 * are surely a signature (a title, a company, a number). The topic model reads each as one name and the cues not at
 * all: "Anna", "Miles Chase", "Senior Manager, Customer Operations" are no one's need. Linear in the text.
 */
export function closingNames(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const m of text.matchAll(SIGN_OFF_LINE)) {
    let at = m.index + m[0].length + 1;
    if (text.startsWith('\n', at) || text.startsWith('\r\n', at)) at = text.indexOf('\n', at) + 1;
    const start = at;
    let end = start;
    const closing = CLOSING.test(m[0].trim());
    for (let lines = 0; at > 0 && at <= text.length && lines < 6; lines++) {
      const next = text.indexOf('\n', at);
      const lineEnd = next < 0 ? text.length : next;
      const line = text.slice(at, lineEnd).replace(/\r$/, '');
      const fits = lines === 0 ? line.length <= 80 && isNameOrTitle(line) && !SELF_DESCRIBED.test(line.trim()) : line.trim() !== '' && surelySignature(line.trim(), closing);
      if (!fits) break;
      end = at + line.trimEnd().length;
      at = lineEnd + 1;
    }
    if (end > start) spans.push([start, end]);
  }
  return spans;
}

// Turns a message's raw text into what the customer actually wrote this time: no quoted history, no
// signature block, no legal footer, tidy whitespace, and a size cap so a hostile page cannot flood the matcher.

/** Longest message kept, in characters. */
export const MAX_MESSAGE_CHARS = 20_000;
/** Longest ticket kept (all messages together); the newest messages win. */
export const MAX_TICKET_CHARS = 100_000;

/**
 * Elements that hold quoted history in rendered mail, skipped before text is read.
 * Gmail, Apple Mail/Thunderbird (`type="cite"`), Yahoo, Proton, Zoho, and the
 * `data-*` markers some desks add when they fold a quote.
 */
export const QUOTE_ELEMENTS: readonly string[] = [
  '.gmail_quote',
  '.gmail_extra',
  'blockquote[type="cite"]',
  'blockquote.gmail_quote',
  '.moz-cite-prefix',
  '.yahoo_quoted',
  '.protonmail_quote',
  '.zmail_extra',
  '[data-marker="__QUOTED_TEXT__"]',
  '[data-quoted-text]',
];
/**
 * Markers after which every sibling element is quoted history: Outlook on the web's reply body. Read with elementText's
 * `skipAfter`, never as `marker ~ *` in a selector, which walks all earlier siblings of every element it is tried on.
 */
const QUOTE_MARKERS: readonly string[] = ['#appendonsend'];
/** QUOTE_MARKERS as the one selector elementText's `skipAfter` takes. */
export const QUOTE_MARKER_SELECTOR = QUOTE_MARKERS.join(', ');

// A reply header starts the quoted history: everything from it to the end goes.
const REPLY_HEADERS: readonly RegExp[] = [
  /^On\b.{0,300}\bwrote:?$/i, // Gmail, Apple Mail, Thunderbird (English)
  /^Le\b.{0,300}\ba écrit\s?:$/i, // French
  /^Am\b.{0,300}\bschrieb\b.{0,200}:$/i, // German
  /^El\b.{0,300}\bescribió:$/i, // Spanish
  /^Op\b.{0,300}\bschreef\b.{0,200}:$/i, // Dutch
  // Portuguese and Italian, with the time every client writes in them: "Em resumo, o técnico escreveu:" is the customer's.
  /^Em\b.{0,300}\d:\d\d.{0,300}\bescreveu\s?:$/i,
  /^Il\b.{0,300}\d:\d\d.{0,300}\bha scritto\s?:$/i,
  // Swedish, Danish and Norwegian ("Den ons 25 nov. 2026 kl 01:04 skrev …:") with the time too: "Den som svarade
  // skrev:" is the customer's. Polish ("śr., 25 lis 2026 o 01:04 Name <a@b> napisał(a):") opens with the date, so it
  // needs the time and the sender's <address> (or [address]) right before the verb. mailgun/talon `talon/quotations.py` names both verbs.
  /^Den\b.{0,300}\d[:.]\d\d.{0,300}\bskrev\b.{0,200}:$/i,
  /^.{0,300}\d:\d\d.{0,300}[>\]]\s?napisał(?:\(a\))?\s?:$/i,
  // Outlook desktop and older clients; a forward's own line in Gmail and Thunderbird, and in Apple Mail (in other
  // languages, a line of dashes is cut above the header block it heads: cutQuotedHistory).
  /^-{2,}\s*(?:Original|Forwarded) Message\s*-{2,}$/i,
  /^Begin forwarded message:$/i,
  /^-{2,}\s*Reply above this line\s*-{2,}$/i, // desks' own reply markers
  /^#{2,}\s*-?\s*Please type your reply above this line\s*-?\s*#{2,}$/i,
];
// Outlook's header block: "From: …" followed within a few lines by "Sent:" or "Date:", in the sender's language (Outlook
// puts no ">" before the reply it quotes). Labels: mailgun/talon `talon/quotations.py` (Fra, Från; Datum, Skickat,
// Sendt), willdurand/EmailReplyParser `EmailParser.php` (Da), and public quote-stripping code in the research code index
// that does not name its repositories (Enviado, Inviato); crisp-oss/email-forward-parser `lib/parser.js` (commit
// 00f13511: Od for Polish and Czech, Temat, Předmět). Outlook desktop's "sent" in Spanish, Brazilian Portuguese, Polish
// and Czech (Enviado el, Enviada em, Wysłane, Odesláno) as a review's variants of the real desk pages gave them
// (2026-12-03); no public source found that names them.
const OUTLOOK_FROM = /^(?:\*?From|Von|De|Van|Da|Fra|Från|Od)\s?:\*?\s+\S/i;
const OUTLOOK_SENT = /^(?:\*?Sent|Date|Gesendet|Datum|Envoyé|Verzonden|Skickat|Sendt|Enviado(?: el)?|Enviada em|Inviato|Wysłane|Odesláno)\s?:\*?\s+\S/i;
// Those labels are everyday words too ("Von: Hamburg / Nach: München / Datum: 14.03."; "From: Heathrow / To: JFK /
// Date: …"): a header block also names a mail address on its From line, or has a Subject line.
const OUTLOOK_SUBJECT = /^(?:\*?Subject|Betreff|Objet|Onderwerp|Ämne|Emne|Asunto|Oggetto|Assunto|Temat|Předmět)\s?:\*?\s/i;
const MAIL_ADDRESS = /\S@\S|<[^<>\s]+>/;
// Mobile and client taglines that end a message; in other languages only as a line of their own ("Von meinem Konto wurde
// zweimal abgebucht." and "Inviato da Amazon il 3 marzo." are the customer's).
const TAGLINE =
  /^(?:Sent from my \w+|Sent from (?:Mail|Outlook|Yahoo Mail) for \w+|Get Outlook for \w+|Sent from Outlook|Sent via \w+)\b|^(?:Von meinem [\w -]{2,40} gesendet|(?:Gesendet von meinem|Envoyé de(?:puis)? mon|Enviado d(?:esde mi|o meu)|Inviato dal mio|(?:Verzonden|Verstuurd) (?:met|vanaf) mijn) [\w -]{2,40}|Inviato da iP(?:hone|ad))\.?$/i;
// A sign-off line on its own ("Thanks,", "Kind regards"). What follows it is the name, then maybe a contact block.
// A closing only ends a message; thanks may open an agent's chat-style draft too ("Thank you!" on a line of its own).
const CLOSING = /^(?:cheers|best|best regards|best wishes|kind regards|warm regards|regards|sincerely|yours sincerely|yours truly|all the best|respectfully)[,.!]?$/i;
const THANKS = /^(?:thanks(?: again| so much| in advance)?|thank you(?: (?:very much|so much|in advance|for your help))?|many thanks(?: in advance)?)[,.!]?$/i;
/** A closing on its own ("Best,", "Kind regards"): with a name under it, the desk's template, not a reply. */
export const isClosing = (line: string): boolean => CLOSING.test(line);
/** A sign-off line on its own: "Thanks,", "Kind regards". */
const isSignOff = (line: string): boolean => CLOSING.test(line) || THANKS.test(line);
// Trailing paragraphs that are boilerplate, not the customer's words.
const FOOTER: readonly RegExp[] = [
  /\b(?:confidentiality notice|disclaimer|legal notice)\s*:/i,
  /\b(?:this|the) (?:e-?mail|message|communication|transmission)\b.{0,120}\b(?:is|are|may be|contains?)\b.{0,60}\b(?:confidential|privileged)/i,
  /\bintended (?:solely |only )?for the (?:use of the )?(?:individual|addressee|named recipient|recipient)/i,
  /\bif you (?:are not the intended recipient|have received this (?:e-?mail|message|communication) in error)/i,
  /\bplease consider the environment before printing\b/i,
];

export interface CleanOptions {
  /**
   * Read as an agent's draft: cut a sign-off's contact block only under a line that reads as a name ("Priya", "Tom
   * B.", "The Acme team"), not under a sentence, since an agent's chat-style draft ("Thank you!" on a line of its own,
   * then a line per sentence) is the draft, not a signature; cut the block under the name only where each line is the
   * company's signature (isSignatureBlock), its help lines too; and a "-- "
   * line on the first line starts a signature too (a draft that is only the desk's signature has no words). The reply
   * coach reads drafts so; tickets are read as before.
   */
  draft?: boolean;
}

/** Clean one message's text. */
export function cleanMessage(raw: string, options: CleanOptions = {}): string {
  // Capped before any whole-text work: a page can hand over any length (a selection, a field's value).
  let lines = normalise(capText(raw, MAX_MESSAGE_CHARS * 4)).split('\n');
  lines = cutQuotedHistory(lines);
  lines = lines.filter((line) => !/^\s*>/.test(line));
  lines = cutTagline(lines);
  lines = cutSignature(lines, options.draft === true);
  lines = cutFooter(lines);
  return capText(tidy(lines.join('\n')), MAX_MESSAGE_CHARS);
}

/** Collapse whitespace on one line (subjects, names). */
export function cleanLine(raw: string, max = 500): string {
  return capText(normalise(capText(raw, max * 8)).replace(/\s+/g, ' ').trim(), max);
}

/** Cut text to at most `max` characters without splitting a surrogate pair. */
export function capText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return text.slice(0, end);
}

function normalise(raw: string): string {
  return raw
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/\t/g, ' ');
}

function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function cutQuotedHistory(lines: string[]): string[] {
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (!line) continue;
    // A header may wrap onto the next line ("On Tue, … Name <a@b.example>" / "wrote:").
    const joined = `${line} ${(lines[i + 1] ?? '').trim()}`.trim();
    if (REPLY_HEADERS.some((re) => re.test(line))) return lines.slice(0, i);
    // In other languages only round an address, where clients wrap: "Am Montag schrieb mir Ihr Kollege, dass" is not.
    // Polish opens with the date: a line with a time may wrap before its "napisał(a):".
    const wraps = /^On\b/i.test(line) || ((/^(?:Le|Am|El|Op|Em|Il|Den)\b/i.test(line) || /\d:\d\d/.test(line)) && MAIL_ADDRESS.test(joined));
    if (wraps && REPLY_HEADERS.some((re) => re.test(joined))) return lines.slice(0, i);
    if (OUTLOOK_FROM.test(line)) {
      // The block's next few lines, blank ones left out (some mail puts a paragraph round each field).
      const block = lines.slice(i + 1, i + 12).map((l) => l.trim()).filter(Boolean).slice(0, 5);
      if (!MAIL_ADDRESS.test(line) && !block.some((l) => OUTLOOK_SUBJECT.test(l))) continue;
      for (let j = i + 1; j <= i + 4 && j < lines.length; j++) {
        if (OUTLOOK_SENT.test((lines[j] ?? '').trim())) {
          // Drop the Outlook rule ("______") right above the header too, or a forward's line in any language
          // ("---------- Weitergeleitete Nachricht ---------").
          const start = i > 0 && /^(?:_{8,}|-{2,}[^-]{3,50}-{2,})$/.test((lines[i - 1] ?? '').trim()) ? i - 1 : i;
          return lines.slice(0, start);
        }
      }
    }
  }
  return lines;
}

function cutTagline(lines: string[]): string[] {
  const at = lines.findIndex((line) => TAGLINE.test(line.trim()));
  return at > 0 ? lines.slice(0, at) : lines;
}

function cutSignature(lines: string[], draft = false): string[] {
  // The standard delimiter "-- " (RFC 3676), also "--" once trailing spaces were trimmed; in a customer's message not
  // on its first line.
  const delimiter = lines.findIndex((line, i) => (i > 0 || draft) && /^--\s?$/.test(line));
  if (delimiter >= 0) lines = lines.slice(0, delimiter);
  // A sign-off near the end keeps itself and the name after it; a contact block below the name goes.
  // The sign-off and name stay because they are the customer's words (and tone).
  for (let i = lines.length - 1; i >= 0 && i >= lines.length - 12; i--) {
    const signOff = (lines[i] ?? '').trim();
    if (!isSignOff(signOff)) continue;
    const name = nextNonEmpty(lines, i + 1);
    if (name < 0) return lines;
    if (draft && !looksLikeName(lines[name] ?? '')) return lines;
    const rest = lines.slice(name + 1).filter((line) => line.trim());
    if (rest.length === 0 || rest.length > 8 || rest.some((line) => /^p\.?\s?s\b/i.test(line.trim()))) return lines;
    const cut = lines.slice(0, name + 1);
    if (!draft) return rest.every((line) => line.trim().length <= 80) ? cut : lines;
    return isSignatureBlock(lines.slice(name + 1), CLOSING.test(signOff)) ? cut : lines;
  }
  return lines;
}

function cutFooter(lines: string[]): string[] {
  // Work by paragraph from the end; stop at the first paragraph that is not boilerplate.
  const text = lines.join('\n');
  const paragraphs = text.split(/\n\s*\n/);
  while (paragraphs.length > 1) {
    const last = paragraphs[paragraphs.length - 1] ?? '';
    if (!FOOTER.some((re) => re.test(last.replace(/\s+/g, ' ')))) break;
    paragraphs.pop();
  }
  return paragraphs.join('\n\n').split('\n');
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
  return words.filter((word) => /^\p{Ll}/u.test(word)).length <= Math.min(2, words.length - 1);
}

/** A phone number (eight characters or more of digits and separators), a mail or web address. */
const CONTACT_MARK = /\+?\d[\d ()-]{6,}\d|\S@\S+\.\w|www\.|https?:\/\//;

/** A web address with no "www." ("help.acme.com"). */
const WEB_NAME = /\b(?:[a-z0-9-]+\.)+(?:com|org|net|io|co|uk|de|fr|nl|eu|us|ca|au|info|biz|app|help|support)\b/i;
/** A company's help channel, as its signature names it. */
const HELP_CHANNEL =
  /\b(?:hotline|helpline|help ?(?:cent(?:re|er)|desk)|support (?:team|cent(?:re|er)|portal|site|line)|customer (?:service|support|care)|knowledge ?base|faqs?)\b/i;
/** A company's name ends so: "Paper Plane Co.", "Acme Ltd." (a name, where looksLikeName reads the full stop as a sentence's). */
const COMPANY_END = /\s+(?:co|ltd|inc|corp|llc|plc|gmbh)\.?\s*$/i;
/** The company speaking: "our", "us", "we". */
const OURS = /\b(?:our|us|we|we're|we've|we'll)\b/i;
/** Someone working with the company, not the company: a line naming one sends the customer to them. */
const THIRD_PARTY = /\b(?:partners?|insurers?|providers?|third[- ]party|affiliates?|manufacturers?)\b/i;
/**
 * A line that speaks to the customer or as the agent, tells the customer to do something, or is a blank left to fill:
 * the agent's, not a signature's, however short ("You'll need to raise this with the merchant", "The warehouse messed up
 * your order", "Refund: £XX", "As I said, it's on its way", "Reach out to Klarna", "That's one for Klarna, not us",
 * "[Job title]"; a review found each cut under a closing, hiding a broken check). Footers that speak so are
 * FOOTER_LINE's, read first; lines of our help that do are still cut ("For support please visit help.acme.com").
 */
const AGENTS_LINE =
  /^(?:contact|call|ask|try|speak|talk|go to|send|reach out|get in touch|ring|phone|email|e-mail|write to|raise|take it up|kindly|not)\b|\b(?:you|your|you'll|you're|you've|you'd|please|i|i'm|i've|i'll|i'd|not (?:us|our|ours|me|my))\b|\b(?:please|kindly|you(?:'ll| will)? (?:need|have|want) to|you (?:can|should|must)) (?:call|contact|ask|speak|talk|email|e-mail|reach|get in touch|go to)\b|\[[^\]]*\]|\{\{|\b(?:xx+|tbd|tbc)\b|[£$€]xx|\?\?\?/i;
/**
 * A line of a company's mail footer, a sentence or not: no reply wanted, when it answers, when it is open, a rating,
 * the ticket's number ("Kindly allow 2 working days for a response.", "Our team will respond within 2 working days.",
 * "Our office hours are Monday to Friday, 9am to 5pm.", "Your ticket number is #12345"). Under the name it is the
 * signature's, so it neither says when nor breaks a check.
 */
const FOOTER_LINE =
  /\b(?:do not|don't|please don't) reply\b|\bis not monitored\b|\ballow\b.{0,40}\bfor (?:a |our )?(?:response|reply|answer)\b|\b(?:we|our (?:team|agents?|staff|advisors?))(?: aim to| will| try to| usually)? (?:respond|reply|answer|get back)\b.{0,40}\bwithin\b|\b(?:office|opening|business|support) hours\b|\blines (?:are )?open\b|\b(?:offices?|we) (?:are|will be) closed\b|\b(?:rate|review) (?:us|our)\b|\bhow (?:did we do|was our)\b|\bsatisfaction survey\b|\b(?:ticket|case|reference|ref)(?: (?:number|no|id))?(?: is)?:? #?\d/i;
/**
 * Someone else the customer is sent to: their bank, the courier, a carrier by name, "they", a brand's own help ("Samsung's
 * customer service"). A line naming one is the agent's passing on, never the company's signature.
 */
const ELSEWHERE =
  /\b[a-z0-9]+['’]s (?:customer (?:service|support|care)|support|help ?(?:line|desk|cent(?:re|er))|hotline|helpline)\b|\b(?:your (?:bank|card (?:issuer|provider|company)|provider|carrier|courier|insurer|network|isp|retailer|seller|local)|(?:the|their) (?:courier|carrier|bank|manufacturer|retailer|seller|supplier|post office|delivery (?:company|firm|driver)|shop|store|vendor|insurer|airline|network|provider)|couriers?'?s?|carriers?'?s?|bank'?s|their|they|dpd|ups|fedex|dhl|royal mail|usps|evri|hermes|parcelforce|amazon|paypal|apple|google)\b/i;
/** Words a contact line labels its number or address with ("Tel:", "For billing call", "Please contact support at"). */
const CONTACT_LABEL =
  /^(?:tel|telephone|phone|ph|mobile|mob|cell|fax|t|m|e|w|p|f|email|e-mail|mail|web|website|site|online|office|direct|support|billing|sales|help|need|more|further|any|questions|queries|enquiries|info|call|contact|visit|write|please|us|our|to|at|on|or|and|for|via|by|in|customer|care|service|team)$/i;

/** A number, mail or web address standing alone, or with a label ("www.acme.com", "Tel: 0800 111 222", "For billing call 0800 111 222"). */
function isContactAlone(line: string): boolean {
  const text = line.trim();
  if (!(CONTACT_MARK.test(text) || WEB_NAME.test(text))) return false;
  const left = text
    .replace(/\S*@\S*|https?:\/\/\S*|www\.\S*/g, ' ')
    .replace(new RegExp(CONTACT_MARK.source, 'g'), ' ')
    .replace(new RegExp(WEB_NAME.source, 'gi'), ' ')
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ');
  return left.split(/\s+/).filter(Boolean).every((word) => CONTACT_LABEL.test(word));
}

/**
 * In a draft, whether the lines under a sign-off's name (`after`, blank lines kept) are the company's signature, not the
 * agent's words going on. Each line is one of: a title or a name ("Customer Support Specialist", "Priya | Acme
 * Support", "Hartley Ford"); under a closing ("Best regards"), any short line that is not a sentence, as a customer's
 * signature is read; else a line that speaks for the company and sends the customer nowhere else ("your bank", "the
 * courier", "DPD"): a number or address standing alone, or a line of our help ("Need more help? Visit help.acme.com or
 * contact our support team", "For urgent matters please call our hotline"), and under a closing a line giving our mail
 * or web address. After a blank line under the name a sentence is the agent's ("One more thing: …"). So a chat draft's
 * "Thank you!\nGood news\nNext Steps\nPlease contact your bank…" is kept whole.
 */
function isSignatureBlock(after: readonly string[], closing: boolean): boolean {
  let blank = false;
  for (const raw of after) {
    const line = raw.trim();
    if (!line) {
      blank = true;
      continue;
    }
    if (line.length <= 160 && FOOTER_LINE.test(line)) continue;
    if (line.length > 160 || (blank && isSentence(line))) return false;
    // An instruction or a blank to fill is the agent's, however short ("Contact the courier", "You need to speak to
    // the merchant", "[Job title]"; a review found them cut under a closing).
    const short = line.length <= 80 && !isSentence(line) && !AGENTS_LINE.test(line);
    if (short && (closing || line.split('|').every((part) => looksLikeName(part.replace(COMPANY_END, '')) || isContactAlone(part))) && !(closing && ELSEWHERE.test(line) && !looksLikeName(line))) continue;
    if (ELSEWHERE.test(line)) return false;
    // The company's own help: said as ours (or a help channel named as a label, not in an instruction or a sentence:
    // "Klarna customer service can sort the repair for you." sends the customer elsewhere), and not a partner's or an
    // insurer's ("please call the Samsung support line", "our payment partner Klarna").
    const ours = (OURS.test(line) || (HELP_CHANNEL.test(line) && !AGENTS_LINE.test(line) && !isSentence(line))) && !THIRD_PARTY.test(line) && (HELP_CHANNEL.test(line) || CONTACT_MARK.test(line) || WEB_NAME.test(line) || /\b(?:contact|call|email|e-mail|write to|visit|reach) us\b/i.test(line));
    const address = closing && (/\S@\S+\.\w|www\.|https?:\/\//.test(line) || WEB_NAME.test(line));
    if (!(isContactAlone(line) || ours || address)) return false;
  }
  return true;
}

/** Four words or more ending as a sentence does: contact lines (a role, a number, an address) and header lines do not. */
export function isSentence(line: string): boolean {
  const text = line.trim();
  return /[.!?]$/.test(text) && text.split(/\s+/).length >= 4;
}

function nextNonEmpty(lines: string[], from: number): number {
  for (let i = from; i < lines.length; i++) if ((lines[i] ?? '').trim()) return i;
  return -1;
}

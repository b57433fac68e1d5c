// Turns a message's raw text into what the customer actually wrote this time: no quoted history, no
// signature block, no legal footer, tidy whitespace, and a size cap so a hostile page cannot flood the matcher.
import { findSignOff, signatureBlock } from '../text/sign-off';

export { isClosing, isSentence, looksLikeName, signatureTail } from '../text/sign-off';

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

// A client's line above the reply it quotes ("On … wrote:"): everything from it to the end goes. Each also names a
// time, a mail address or a year, which every client writes there: "On Monday your colleague wrote:", "Am Montag schrieb
// mir Ihr Kollege:" and "Le support m'a écrit :" are the customer quoting someone (a review, 2026-12-04).
const WROTE_LINES: readonly RegExp[] = [
  /^On\b.{0,300}\bwrote:?$/i, // Gmail, Apple Mail, Thunderbird (English)
  /^Le\b.{0,300}\ba écrit\s?:$/i, // French
  /^Am\b.{0,300}\bschrieb\b.{0,200}:$/i, // German
  /^El\b.{0,300}\bescribió:$/i, // Spanish
  /^Op\b.{0,300}\bschreef\b.{0,200}:$/i, // Dutch
  // Portuguese and Italian, with the time every client writes in them: "Em resumo, o técnico escreveu:" is the customer's.
  /^Em\b.{0,300}\d:\d\d.{0,300}\bescreveu\s?:$/i,
  /^Il\b.{0,300}\d:\d\d.{0,300}\bha scritto\s?:$/i,
  // Swedish, Danish and Norwegian ("Den ons 25 nov. 2026 kl 01:04 skrev …:") with "kl" and the time: "Den som
  // svarade skrev:" and "Den 12.11 skrev ni att …:" are the customer's (a review). Polish ("śr., 25 lis 2026 o 01:04
  // Name <a@b> napisał(a):") opens with the date, so it needs the time and the sender's <mail address> (or
  // [mailto:…]) right before the verb. mailgun/talon `talon/quotations.py` names both verbs.
  /^Den\b.{0,300}\bkl\.?\s?\d{1,2}[:.]\d\d\b.{0,300}\bskrev\b.{0,200}:$/i,
  /^.{0,300}\d:\d\d.{0,300}(?:<[^<>\s@]{1,64}@[^<>\s@]{1,255}>|\[mailto:[^\]\s]{1,320}\])\s?napisał(?:\(a\))?\s?:$/i,
  // No verb at all: Gmail in Russian ("пн, 15 сент. 2025 г. в 10:49, Name <a@b>:", as public mailing-list archives
  // quote it), a year, a time and the sender's <address> (or "<a@b <mailto:a@b>>") right before the line's colon ("At
  // 10:30 I emailed your team <team@acme.example>:" is the customer's).
  /^(?=.{0,300}\b(?:19|20)\d\d\b).{0,300}\d:\d\d.{0,300}<\s?[^<>\s@]{1,64}@[^<>\s@]{1,255}(?:\s<mailto:[^<>\s]{1,320}>)?>\s?:$/i,
];
// Every client's header line is far shorter; a longer line is never tried (the patterns' work grows with a line's length).
const MAX_HEADER_LINE = 1_000;
const WROTE_DETAIL = /\d:\d\d|\S@\S|<[^<>\s]+>|\b(?:19|20)\d\d\b/;
// Lines that start quoted or forwarded mail whatever they say next. Outlook desktop and older clients; a forward's own
// line in Gmail and Thunderbird, and in Apple Mail (in other languages, a line of dashes is cut above the header block
// it heads: cutQuotedHistory).
const MARKER_LINES: readonly RegExp[] = [
  /^-{2,}\s*(?:Original|Forwarded) Message\s*-{2,}$/i,
  /^Begin forwarded message:$/i,
  /^-{2,}\s*Reply above this line\s*-{2,}$/i, // desks' own reply markers
  /^#{2,}\s*-?\s*Please type your reply above this line\s*-?\s*#{2,}$/i,
];
/**
 * What a line is as a reply header, each pattern tried once: 'header' starts the quoted history (a marker line, or a
 * "wrote" line with a date, time or address), 'wrote' is a "wrote" line without one (a header only above ">" lines).
 */
function headerKind(line: string): 'header' | 'wrote' | null {
  if (line.length > MAX_HEADER_LINE) return null;
  if (MARKER_LINES.some((re) => re.test(line))) return 'header';
  if (!WROTE_LINES.some((re) => re.test(line))) return null;
  return WROTE_DETAIL.test(line) ? 'header' : 'wrote';
}

// Outlook's header block: "From: …" followed within a few lines by "Sent:" or "Date:", in the sender's language (Outlook
// puts no ">" before the reply it quotes). Labels: mailgun/talon `talon/quotations.py` (Fra, Från; Datum, Skickat,
// Sendt), willdurand/EmailReplyParser `EmailParser.php` (Da), and public quote-stripping code in the research code index
// that does not name its repositories (Enviado, Inviato); crisp-oss/email-forward-parser `lib/parser.js` (commit
// 00f13511: Od for Polish and Czech, Temat, Předmět; commit 0ae68013, 2025-02-01: От, Від, Kimden, Gönderen, Lähettäjä,
// 送信元; Отправлено, Відправлено, Дата, Tarih, Lähetetty, Päivämäärä, 日付; Тема, Konu, Aihe, 件名, with the full-width colon
// HubSpot writes in Japanese). Outlook's own quotes in public mailing-list archives in the research index: 差出人,
// 送信日時 (Japanese); 发件人, 发送时间 (Chinese); 寄件者, 寄件日期, 主旨 (Chinese, traditional). Outlook desktop's
// "sent" in Spanish, Brazilian Portuguese, Polish and Czech (Enviado el, Enviada em, Wysłane, Odesláno) as a review's
// variants of the real desk pages gave them (2026-12-03), and the Turkish, Hebrew and Arabic labels and 主题 as a review
// gave them (2026-12-04); no public source found that names those.
const FROM_LABELS = ['From', 'Von', 'De', 'Van', 'Da', 'Fra', 'Från', 'Od', 'От', 'Від', 'Kimden', 'Gönderen', 'Lähettäjä', '差出人', '送信元', '发件人', '寄件者', 'מאת', 'من'];
const SENT_LABELS = [
  'Sent', 'Date', 'Gesendet', 'Datum', 'Envoyé', 'Verzonden', 'Skickat', 'Sendt', 'Enviado(?: el)?', 'Enviada em', 'Inviato',
  'Wysłane', 'Odesláno', 'Отправлено', 'Відправлено', 'Дата', 'Gönderildi', 'Tarih', 'Lähetetty', 'Päivämäärä', '送信日時', '日付', '发送时间',
  '寄件日期', 'נשלח', 'تاريخ الإرسال',
];
const SUBJECT_LABELS = [
  'Subject', 'Betreff', 'Objet', 'Onderwerp', 'Ämne', 'Emne', 'Asunto', 'Oggetto', 'Assunto', 'Temat', 'Předmět', 'Тема', 'Konu',
  'Aihe', '件名', '主题', '主旨', 'נושא', 'الموضوع',
];
/** A header line with one of `labels`, its colon (ASCII, or the full-width one with no space after it) and a value. */
const headerLine = (labels: readonly string[]): RegExp => new RegExp(`^\\*?(?:${labels.join('|')})(?:\\s?:\\*?\\s+|：\\s*)\\S`, 'i');
const OUTLOOK_FROM = headerLine(FROM_LABELS);
const OUTLOOK_SENT = headerLine(SENT_LABELS);
// Those labels are everyday words too ("Von: Hamburg / Nach: München / Datum: 14.03."; "From: Heathrow / To: JFK /
// Date: …"): a header block also names a mail address on its From line, or has a Subject line.
const OUTLOOK_SUBJECT = headerLine(SUBJECT_LABELS);
const MAIL_ADDRESS = /\S@\S|<[^<>\s]+>/;
// Mobile and client taglines that end a message; in other languages only as a line of their own ("Von meinem Konto wurde
// zweimal abgebucht." and "Inviato da Amazon il 3 marzo." are the customer's), in Russian and Japanese as public
// mail-cleaning code in the research index writes them (its repositories unnamed), naming the device ("Отправлено с
// опозданием" is the customer's: sent late).
const TAGLINE =
  /^(?:Sent from my \w+|Sent from (?:Mail|Outlook|Yahoo Mail) for \w+|Get Outlook for \w+|Sent from Outlook|Sent via \w+)\b|^(?:Von meinem [\w -]{2,40} gesendet|(?:Gesendet von meinem|Envoyé de(?:puis)? mon|Enviado d(?:esde mi|o meu)|Inviato dal mio|(?:Verzonden|Verstuurd) (?:met|vanaf) mijn) [\w -]{2,40}|Inviato da iP(?:hone|ad)|Отправлено с (?:моего )?(?:iPhone|iPad|Android)|Отправлено из мобильной (?:Почты Mail(?:\.ru)?|Яндекс\.Почты)|iP(?:hone|ad)から送信)\.?$/i;
// A sign-off line on its own ("Thanks,", "Kind regards"). What follows it is the name, then maybe a contact block.
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
    const kind = headerKind(line);
    if (kind === 'header') return above(lines, i, i + 1);
    // Without a date, time or address such a line heads a quote only where ">" lines follow it: it goes with them, and
    // what comes after them stays (the customer may be quoting a colleague). Blanked in place: cleanMessage's own lines.
    if (kind === 'wrote' && /^\s*>/.test(nextText(lines, i + 1))) {
      lines[i] = '';
      continue;
    }
    // In other languages only round an address, where clients wrap: "Am Montag schrieb mir Ihr Kollege, dass" is not.
    // Polish opens with the date: a line with a time may wrap before its "napisał(a):".
    const wraps = /^On\b/i.test(line) || ((/^(?:Le|Am|El|Op|Em|Il|Den)\b/i.test(line) || /\d:\d\d/.test(line)) && MAIL_ADDRESS.test(joined));
    if (wraps && headerKind(joined) === 'header') return above(lines, i, i + 2);
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

/** The first line with text from `from` on, or "". */
function nextText(lines: string[], from: number): string {
  for (let i = from; i < lines.length; i++) if ((lines[i] ?? '').trim()) return lines[i] ?? '';
  return '';
}

/**
 * The customer's lines round a reply header at `header` (its lines end before `after`): those above it, as most mail
 * answers above the quote; where nothing stands above, the reply was written under the quote ("On … wrote:", "> …"
 * lines, then the answer), and the lines after the quoted block are the customer's (a review found such a reply read as
 * empty).
 */
function above(lines: string[], header: number, after: number): string[] {
  if (lines.slice(0, header).some((line) => line.trim())) return lines.slice(0, header);
  let i = after;
  let marked = false;
  for (; i < lines.length && (!(lines[i] ?? '').trim() || /^\s*>/.test(lines[i] ?? '')); i++) marked ||= /^\s*>/.test(lines[i] ?? '');
  // Only a quote marked ">" ends where the answer starts; an unmarked one runs to the end (all of it quoted).
  return marked && i < lines.length ? lines.slice(i) : [];
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
  const signOff = findSignOff(lines, draft);
  if (!signOff) return lines;
  const cut = lines.slice(0, signOff.name + 1);
  if (!draft) return lines.slice(signOff.name + 1).every((line) => line.trim().length <= 80) ? cut : lines;
  // A draft loses only a block that is surely the company's signature; one that may be (signatureTail) stays, and its
  // lines can break a check but never keep one (coach/check.ts).
  return signatureBlock(lines.slice(signOff.name + 1), signOff.closing) === 'signature' ? cut : lines;
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

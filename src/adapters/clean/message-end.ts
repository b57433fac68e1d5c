// Cuts what ends a message but is not the customer's words: a client's tagline, a signature's contact block (the
// sign-off and name stay: text/sign-off.ts finds them), a legal footer.
import { findSignOff, isSentence, signatureBlock } from '../../text/sign-off';

// Mobile and client taglines that end a message; in other languages only as a line of their own ("Von meinem Konto wurde
// zweimal abgebucht." and "Inviato da Amazon il 3 marzo." are the customer's), in Russian and Japanese as public
// mail-cleaning code in the research index writes them (its repositories unnamed), naming the device ("Отправлено с
// опозданием" is the customer's: sent late).
// English ones only as the whole line too (a reading round, 2026-12-05: "Sent via DPD on 30 April and it arrived…" and
// "Sent from my work email last Tuesday…" were cut with everything under them): a device, a mail app, an app's name.
const DEVICE = '(?:iPhone|iPad|iPod|Android|phone|smartphone|mobile|tablet|device|Galaxy|Samsung|BlackBerry|Pixel|Huawei|Xiaomi|Nokia|Motorola|OnePlus|Oppo|Kindle|Watch)';
const ENGLISH_TAGLINE = new RegExp(
  `^(?:[Ss]ent from my (?:[\\w-]+ ){0,3}${DEVICE}(?: [\\w-]+){0,3}(?:,? please excuse [\\w ]{1,40})?|[Ss]ent from (?:Mail|Outlook|Yahoo Mail|Gmail|AOL|Proton Mail)(?: (?:for|on) (?:the )?[\\w ]{1,20})?|Get Outlook for \\w+|Sent via (?:the )?\\p{Lu}\\w*(?: \\p{Lu}\\w*)?(?: app)?|Sent with Proton Mail(?: secure email)?|Sent from the [\\w ]{1,30} app)[.!]?$`,
  'u',
);
const OTHER_TAGLINE =
  /^(?:Von meinem [\w -]{2,40} gesendet|(?:Gesendet von meinem|Envoyé de(?:puis)? mon|Enviado d(?:esde mi|o meu)|Inviato dal mio|(?:Verzonden|Verstuurd) (?:met|vanaf) mijn) [\w -]{2,40}|Inviato da iP(?:hone|ad)|Отправлено с (?:моего )?(?:iPhone|iPad|Android)|Отправлено из мобильной (?:Почты Mail(?:\.ru)?|Яндекс\.Почты)|iP(?:hone|ad)から送信)\.?$/i;
const TAGLINE = { test: (line: string): boolean => ENGLISH_TAGLINE.test(line) || OTHER_TAGLINE.test(line) };
// Trailing paragraphs that are boilerplate, not the customer's words.
const FOOTER: readonly RegExp[] = [
  /\b(?:confidentiality notice|disclaimer|legal notice)\s*:/i,
  // "This", not "the": "the email you sent me contains another customer's confidential details" is a customer's.
  /\bthis (?:e-?mail|message|communication|transmission)\b.{0,120}\b(?:is|are|may be|contains?)\b.{0,60}\b(?:confidential|privileged)/i,
  /\bintended (?:solely |only )?for the (?:use of the )?(?:individual|addressee|named recipient|recipient)/i,
  /\bif you (?:are not the intended recipient|have received this (?:e-?mail|message|communication) in error)/i,
  /\bplease consider the environment before printing\b/i,
];

/** A mail client's tagline: "Sent from my iPhone", "Von meinem iPad gesendet". */
export const isTagline = (line: string): boolean => TAGLINE.test(line.trim());

/** A tagline's line goes, not what stands under it: a customer may type on below it ("Actually the receipt number…"). */
export function cutTagline(lines: string[]): string[] {
  return lines.filter((line, i) => i === 0 || !TAGLINE.test(line.trim()));
}

export function cutSignature(lines: string[], draft = false): string[] {
  // The standard delimiter "-- " (RFC 3676), also "--" once trailing spaces were trimmed; in a customer's message not
  // on its first line.
  const delimiter = lines.findIndex((line, i) => (i > 0 || draft) && /^--\s?$/.test(line));
  if (delimiter >= 0) lines = lines.slice(0, delimiter);
  // A sign-off near the end keeps itself and the name after it; a contact block below the name goes.
  // The sign-off and name stay because they are the customer's words (and tone).
  const signOff = findSignOff(lines, draft);
  if (!signOff) return lines;
  const cut = lines.slice(0, signOff.name + 1);
  // A sentence under the name is the customer going on ("Forgot to say - can you send the XL instead?"), not a contact
  // line: the block stays, where cutting it lost their request (a reading round, 2026-12-05).
  if (!draft) return lines.slice(signOff.name + 1).every((line) => line.trim().length <= 80 && !goesOn(line)) ? cut : lines;
  // A draft loses only a block that is surely the company's signature; one that may be (signatureTail) stays, and its
  // lines can break a check but never keep one (coach/check.ts).
  return signatureBlock(lines.slice(signOff.name + 1), signOff.closing) === 'signature' ? cut : lines;
}

/**
 * A line under a customer's name that is them going on: a sentence or a question with words of a sentence in it (three
 * in lower case), not a company's name ("Infotrex Solutions Pvt. Ltd.", "Registered in England and Wales No. 0881.")
 * nor a footer's boilerplate.
 */
function goesOn(line: string): boolean {
  const text = line.trim();
  if (!(isSentence(text) || /\?$/.test(text)) || isFooter(text)) return false;
  return text.split(/\s+/).filter((word) => /^\p{Ll}/u.test(word)).length >= 3;
}

/** A line of boilerplate a footer is made of ("This email is confidential…"). */
const isFooter = (text: string): boolean => FOOTER.some((re) => re.test(text.replace(/\s+/g, ' ')));

export function cutFooter(lines: string[]): string[] {
  // Work by paragraph from the end; stop at the first paragraph that is not boilerplate.
  const text = lines.join('\n');
  const paragraphs = text.split(/\n\s*\n/);
  while (paragraphs.length > 1) {
    const last = paragraphs[paragraphs.length - 1] ?? '';
    if (!isFooter(last)) break;
    paragraphs.pop();
  }
  return paragraphs.join('\n\n').split('\n');
}

// Cuts what ends a message but is not the customer's words: a client's tagline, a signature's contact block (the
// sign-off and name stay: text/sign-off.ts finds them), a legal footer.
import { findSignOff, signatureBlock } from '../../text/sign-off';

// Mobile and client taglines that end a message; in other languages only as a line of their own ("Von meinem Konto wurde
// zweimal abgebucht." and "Inviato da Amazon il 3 marzo." are the customer's), in Russian and Japanese as public
// mail-cleaning code in the research index writes them (its repositories unnamed), naming the device ("Отправлено с
// опозданием" is the customer's: sent late).
const TAGLINE =
  /^(?:Sent from my \w+|Sent from (?:Mail|Outlook|Yahoo Mail) for \w+|Get Outlook for \w+|Sent from Outlook|Sent via \w+)\b|^(?:Von meinem [\w -]{2,40} gesendet|(?:Gesendet von meinem|Envoyé de(?:puis)? mon|Enviado d(?:esde mi|o meu)|Inviato dal mio|(?:Verzonden|Verstuurd) (?:met|vanaf) mijn) [\w -]{2,40}|Inviato da iP(?:hone|ad)|Отправлено с (?:моего )?(?:iPhone|iPad|Android)|Отправлено из мобильной (?:Почты Mail(?:\.ru)?|Яндекс\.Почты)|iP(?:hone|ad)から送信)\.?$/i;
// Trailing paragraphs that are boilerplate, not the customer's words.
const FOOTER: readonly RegExp[] = [
  /\b(?:confidentiality notice|disclaimer|legal notice)\s*:/i,
  /\b(?:this|the) (?:e-?mail|message|communication|transmission)\b.{0,120}\b(?:is|are|may be|contains?)\b.{0,60}\b(?:confidential|privileged)/i,
  /\bintended (?:solely |only )?for the (?:use of the )?(?:individual|addressee|named recipient|recipient)/i,
  /\bif you (?:are not the intended recipient|have received this (?:e-?mail|message|communication) in error)/i,
  /\bplease consider the environment before printing\b/i,
];

/** A mail client's tagline: "Sent from my iPhone", "Von meinem iPad gesendet". */
export const isTagline = (line: string): boolean => TAGLINE.test(line.trim());

export function cutTagline(lines: string[]): string[] {
  const at = lines.findIndex((line) => TAGLINE.test(line.trim()));
  return at > 0 ? lines.slice(0, at) : lines;
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
  if (!draft) return lines.slice(signOff.name + 1).every((line) => line.trim().length <= 80) ? cut : lines;
  // A draft loses only a block that is surely the company's signature; one that may be (signatureTail) stays, and its
  // lines can break a check but never keep one (coach/check.ts).
  return signatureBlock(lines.slice(signOff.name + 1), signOff.closing) === 'signature' ? cut : lines;
}

export function cutFooter(lines: string[]): string[] {
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

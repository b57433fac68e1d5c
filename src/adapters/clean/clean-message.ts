// Turns a message's raw text into what the customer actually wrote this time: no quoted history, no
// signature block, no legal footer, tidy whitespace, and a size cap so a hostile page cannot flood the matcher.
import { listBullets } from '../../text/quote-bullets';
import { QUOTED_LINE } from '../../text/quoted-line';
import { capText, MAX_MESSAGE_CHARS, MAX_RAW_MESSAGE_CHARS } from './limits';
import { cutFooter, cutSignature, cutTagline } from './message-end';
import { cutQuotedHistory, MAX_FORWARDS } from './quoted-history';
import { normalise, tidy } from './whitespace';

export interface CleanOptions {
  /**
   * Read as an agent's draft: cut a sign-off's contact block only under a line that reads as a name ("Priya", "Tom
   * B.", "The Acme team"), not under a sentence, since an agent's chat-style draft ("Thank you!" on a line of its own,
   * then a line per sentence) is the draft, not a signature; cut the block under the name only where each line is the
   * company's signature (text/sign-off.ts signatureBlock), its help lines too; and a "-- "
   * line on the first line starts a signature too (a draft that is only the desk's signature has no words). The reply
   * coach reads drafts so; tickets are read as before.
   */
  draft?: boolean;
}

/** Clean one message's text. */
export function cleanMessage(raw: string, options: CleanOptions = {}): string {
  // Capped before any whole-text work: a page can hand over any length (a selection, a field's value).
  return capText(tidy(ownLines(capText(raw, MAX_RAW_MESSAGE_CHARS), options).join('\n')), MAX_MESSAGE_CHARS);
}

/**
 * The lines of `raw` that are the writer's own, in order, their spacing not yet tidied and their length not capped (the
 * caller caps: cleanMessage the text before and after, the CLI's blankUnread the text it is given).
 */
export function ownLines(raw: string, options: CleanOptions = {}): string[] {
  const draft = options.draft === true;
  const { own, answers } = cutQuotedHistory(normalise(raw).split('\n'), draft ? 0 : MAX_FORWARDS);
  const text = cutEnd(own, draft);
  // Answers written inside the quote are cleaned apart, after the text above it: a sign-off there would take them for
  // the contact block under its name (a review, 2026-12-05).
  return answers.length > 0 ? [...text, '', ...cutEnd(answers, draft)] : text;
}

/**
 * What ends a text but is not the writer's: quoted lines (not a customer's ">" bullets), a client's tagline, a
 * signature's contact block, a footer.
 */
function cutEnd(lines: string[], draft: boolean): string[] {
  const bullets = draft ? new Set<number>() : listBullets(lines);
  lines = lines.filter((line, i) => bullets.has(i) || !QUOTED_LINE.test(line));
  lines = cutTagline(lines);
  // The signature before the footers: a footer line under the customer's name goes with the name's block, not with the
  // paragraph it shares with their words (a review, 2026-12-05).
  lines = cutSignature(lines, draft);
  return cutFooter(lines, draft);
}

// A ticket's text as the extension reads a message (clean-message.ts), for the CLI: what reading leaves out (quoted
// history, a signature's contact block, a client's tagline, a legal footer) is blanked with spaces rather than cut, so
// every offset the CLI prints still counts the file's own characters.
import { ownLines } from './clean-message';
import { MAX_RAW_MESSAGE_CHARS } from './limits';
import { normalise } from './whitespace';

/** A line as cleaning leaves it, spacing aside. */
const lineKey = (line: string): string => normalise(line).replace(/\s+/g, ' ').trim();

/**
 * `raw` with the lines the extension would not read replaced by as many spaces (line ends kept). Cleaning keeps whole
 * lines in order, so each line it keeps is found in turn. What is kept is not cut short at the extension's 20,000
 * characters a message (the CLI reads a long ticket whole, as it did); a text longer than the extension reads at all
 * before cleaning (MAX_RAW_MESSAGE_CHARS) is returned as given, as is one whose reading cannot be lined up with it.
 */
export function blankUnread(raw: string): string {
  if (raw.length > MAX_RAW_MESSAGE_CHARS) return raw;
  const kept = ownLines(raw).map(lineKey).filter(Boolean);
  const pieces = raw.split(/(\r\n|\r|\n)/);
  let next = 0;
  const blanked = pieces.map((piece, i) => {
    if (i % 2 === 1) return piece; // a line end
    const key = lineKey(piece);
    if (!key) return piece;
    if (key === kept[next]) {
      next++;
      return piece;
    }
    return ' '.repeat(piece.length);
  });
  return next === kept.length ? blanked.join('') : raw;
}

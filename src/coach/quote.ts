// A broken check's quote on one line (the side panel's checklist, check-reply's lines): each distinct piece of the draft
// that broke it, in the draft's order, joined by an ellipsis for the words between, as many whole pieces as fit in
// QUOTE_MAX, and an ellipsis at the end where more were left out; a first piece longer than that is cut. Each blank
// left in is named, not only the first (a review in Chromium found "[date]" unnamed beside "[delivery method]"), up to
// the checks' five pieces of evidence.
import { clip } from '../clip';
import type { CheckResult } from './check';

/** How much of a check's quote a checklist line shows (the side panel's, check-reply's lines; --json keeps it whole). */
export const QUOTE_MAX = 80;

const BETWEEN = ' … ';
const MORE = ' …';

export function checkQuote(result: CheckResult): string {
  const pieces: string[] = [];
  for (const e of [...result.evidence].sort((a, b) => a.start - b.start)) {
    const text = e.text.replace(/\s+/g, ' ').trim();
    if (text && !pieces.includes(text)) pieces.push(text);
  }
  const [first, ...rest] = pieces;
  if (first === undefined) return '';
  if (first.length > QUOTE_MAX) return clip(first, QUOTE_MAX);
  let quote = first;
  let used = 0;
  for (const piece of rest) {
    const longer = quote + BETWEEN + piece;
    const room = used + 1 < rest.length ? QUOTE_MAX - MORE.length : QUOTE_MAX;
    if (longer.length > room) break;
    quote = longer;
    used++;
  }
  return used < rest.length && quote.length + MORE.length <= QUOTE_MAX ? quote + MORE : quote;
}

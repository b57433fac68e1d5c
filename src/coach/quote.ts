// A broken check's quote on one line (the side panel's checklist, check-reply's lines): each distinct piece of the draft
// that broke it, in the draft's order, joined by an ellipsis for the words between, cut to QUOTE_MAX. Every blank left
// in is named, not only the first (a review in Chromium found "[date]" unnamed beside "[delivery method]").
import { clip } from '../clip';
import { QUOTE_MAX, type CheckResult } from './check';

export function checkQuote(result: CheckResult): string {
  const pieces: string[] = [];
  for (const e of [...result.evidence].sort((a, b) => a.start - b.start)) {
    const text = e.text.replace(/\s+/g, ' ').trim();
    if (text && !pieces.includes(text)) pieces.push(text);
  }
  return clip(pieces.join(' … '), QUOTE_MAX);
}

// A short excerpt of the ticket around one piece of evidence, so the agent sees the customer's own words in context.
import type { Evidence, TicketText } from '../src/engine/types';

export interface Excerpt {
  before: string;
  match: string;
  after: string;
}

const squash = (s: string) => s.replace(/\s+/g, ' ');

/** About `radius` characters each side of the evidence, cut at word boundaries; just the evidence when the ticket text does not hold it. */
export function excerptFor(evidence: Evidence, text: TicketText | undefined, radius = 50): Excerpt {
  const source = text ? (evidence.part === 'subject' ? text.subject : text.messages[evidence.part]) : undefined;
  const span = source === undefined ? undefined : locate(source, evidence);
  if (source === undefined || !span) return { before: '', match: squash(evidence.text).trim(), after: '' };
  const [start, end] = span;
  const from = Math.max(0, start - radius);
  const to = Math.min(source.length, end + radius);
  let before = source.slice(from, start);
  let after = source.slice(end, to);
  // Drop the word the window cut in half, unless it is the only word there.
  if (from > 0) before = '…' + before.replace(/^\S*\s+(?=\S)/, '').trimStart();
  else before = before.trimStart();
  if (to < source.length) after = after.replace(/(?<=\S)\s+\S*$/, '').trimEnd() + '…';
  else after = after.trimEnd();
  return { before: squash(before), match: squash(source.slice(start, end)), after: squash(after) };
}

/** The evidence's offsets when they hold its text; else where its text first occurs (offsets from a differently normalised copy). */
function locate(source: string, e: Evidence): [number, number] | undefined {
  const { start, end } = e;
  const offsets: [number, number] | undefined =
    Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start && end <= source.length ? [start, end] : undefined;
  if (offsets && (!e.text || source.slice(start, end).toLowerCase() === e.text.toLowerCase())) return offsets;
  if (e.text) {
    const at = source.indexOf(e.text);
    if (at >= 0) return [at, at + e.text.length];
    const lower = source.toLowerCase();
    const found = lower.length === source.length ? lower.indexOf(e.text.toLowerCase()) : -1;
    if (found >= 0) return [found, found + e.text.length];
  }
  return offsets;
}

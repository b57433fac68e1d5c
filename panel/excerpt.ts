// A short excerpt of the ticket around evidence, so the agent sees the customer's own words in context: one piece, or
// several of one stretch of the ticket in one excerpt, each marked.
import type { Evidence, TicketText } from '../src/engine/types';

export interface Excerpt {
  before: string;
  match: string;
  after: string;
}

const squash = (s: string) => s.replace(/\s+/g, ' ');

/** The text of the ticket's part that evidence names: its subject or one of its messages. */
const sourceOf = (text: TicketText | undefined, part: Evidence['part']) => (text ? (part === 'subject' ? text.subject : text.messages[part]) : undefined);

/** About `radius` characters each side of the evidence, cut at word boundaries; just the evidence when the ticket text does not hold it. */
export function excerptFor(evidence: Evidence, text: TicketText | undefined, radius = 50): Excerpt {
  const source = sourceOf(text, evidence.part);
  const span = source === undefined ? undefined : locate(source, evidence);
  if (source === undefined || !span) return { before: '', match: squash(evidence.text).trim(), after: '' };
  return windowAround(source, span[0], span[1], radius);
}

/** `radius` characters each side of source[start, end), cut at word boundaries, "…" where the source goes on. */
function windowAround(source: string, start: number, end: number, radius: number): Excerpt {
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

/** A stretch of text in an excerpt: the ticket's words between marks, or a marked piece of evidence. */
export interface ExcerptPiece {
  text: string;
  mark: boolean;
}

/** Evidence whose words are close enough to show in one excerpt, and that excerpt. */
export interface ExcerptGroup<E extends Evidence = Evidence> {
  evidence: E[];
  pieces: ExcerptPiece[];
}

/**
 * The evidence in groups, each shown in one excerpt: pieces of one part of the ticket at most `2 × radius` characters
 * apart share one, marked each (three words of one sentence gave three copies of it, read as three reasons; a visual
 * check, 2026-12-04). Groups in the order their first piece comes; evidence not found in the text stands alone.
 */
export function excerptGroups<E extends Evidence>(evidence: readonly E[], text: TicketText | undefined, radius = 50): ExcerptGroup<E>[] {
  const groups: Array<{ evidence: E[]; part: Evidence['part'] | null; source: string; spans: Array<[number, number]> }> = [];
  for (const e of evidence) {
    const source = sourceOf(text, e.part);
    const span = source === undefined ? undefined : locate(source, e);
    const near = span && groups.find((g) => g.part === e.part && g.spans.some(([a, b]) => span[0] - b <= 2 * radius && a - span[1] <= 2 * radius));
    if (near && span) {
      near.evidence.push(e);
      near.spans.push(span);
    } else groups.push({ evidence: [e], part: span ? e.part : null, source: source ?? '', spans: span ? [span] : [] });
  }
  // Evidence the text does not hold is shown as itself (as excerptFor shows it).
  return groups.map((g) => ({ evidence: g.evidence, pieces: g.spans.length ? piecesOf(g.source, g.spans, radius) : [{ text: squash(g.evidence[0]!.text).trim(), mark: true }] }));
}

/** One excerpt round spans of one part: from `radius` before the first to `radius` after the last, each marked. */
function piecesOf(source: string, found: ReadonlyArray<[number, number]>, radius: number): ExcerptPiece[] {
  // Spans in order, an overlap joined to the span before it.
  const spans: Array<[number, number]> = [];
  for (const [a, b] of [...found].sort((x, y) => x[0] - y[0])) {
    const last = spans[spans.length - 1];
    if (last && a < last[1]) last[1] = Math.max(last[1], b);
    else spans.push([a, b]);
  }
  const { before, after } = windowAround(source, spans[0]![0], spans[spans.length - 1]![1], radius);
  const pieces: ExcerptPiece[] = [{ text: before, mark: false }];
  spans.forEach(([a, b], i) => {
    if (i > 0) pieces.push({ text: squash(source.slice(spans[i - 1]![1], a)), mark: false });
    pieces.push({ text: squash(source.slice(a, b)), mark: true });
  });
  pieces.push({ text: after, mark: false });
  return pieces.filter((p) => p.text);
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

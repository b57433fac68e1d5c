// Words someone else wrote, quoted in a draft: in double quotes, or in single quotes on one line ("You wrote that you
// 'filled the form in wrong and now it's all a mess'"). An apostrophe inside a word ("it's") neither opens nor closes one.
// Bounded: a quote runs at most 400 characters, so a line of quote marks that never close costs linear time, not square.
const SINGLE_QUOTED = /(?<![\p{L}\p{N}])['‘](?=\S)(?:[^'‘’\n]|['’](?=\p{L})){0,400}?(?<=\S)['’](?![\p{L}\p{N}])/gu;
const DOUBLE_QUOTED = /["“][^"”\n]{0,400}["”]/g;

export type Quote = [number, number];

/** The single-quoted stretches of a draft, as [start, end) with their quote marks. */
export function singleQuoted(draft: string): Quote[] {
  return [...draft.matchAll(SINGLE_QUOTED)].map((m) => [m.index, m.index + m[0].length]);
}

/** Every quoted stretch of a draft, in single or double quotes. */
export function quoted(draft: string): Quote[] {
  const double = [...draft.matchAll(DOUBLE_QUOTED)].map((m): Quote => [m.index, m.index + m[0].length]);
  return [...singleQuoted(draft), ...double];
}

/** Quoted stretches looked up by place: which one a stretch of the draft lies inside. */
export interface QuoteIndex {
  /** Whether [start, end] lies strictly inside one of the spans. */
  inside(start: number, end: number): boolean;
  /** The first span, in the order given, that `at` lies strictly inside, if any (quoted() gives single quotes first). */
  around(at: number): Quote | undefined;
}

/**
 * The spans (they may nest or overlap) by where they open, each lookup a binary search: testing every span for each
 * of a draft's candidates cost their product, and a draft of quoted words and blanks ("'x' __ " 10,000 times) took
 * 0.5 s a check (a review, 2026-12-04).
 */
export function quoteIndex(spans: readonly Quote[]): QuoteIndex {
  // Each span with its place in the order given, by where it opens.
  const sorted = spans.map((span, given) => ({ span, given })).sort((x, y) => x.span[0] - y.span[0]);
  // reach[k]: the furthest end of the spans that open at sorted[k] or before.
  const reach: number[] = [];
  let far = -Infinity;
  for (const { span } of sorted) reach.push((far = Math.max(far, span[1])));
  /** The last span that opens before `at`, or -1. */
  const lastBefore = (at: number) => {
    let low = 0;
    let high = sorted.length - 1;
    let last = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (sorted[mid]!.span[0] < at) {
        last = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
    return last;
  };
  return {
    inside(start, end) {
      const last = lastBefore(start);
      return last >= 0 && reach[last]! > end;
    },
    around(at) {
      // Back from the last span opening before `at`, while one before it still reaches past `at` (a quotation runs
      // at most 400 characters, so few are passed), keeping the first given of those that hold it.
      let first: { span: Quote; given: number } | undefined;
      for (let k = lastBefore(at); k >= 0 && reach[k]! > at; k--) {
        const entry = sorted[k]!;
        if (entry.span[1] > at && (!first || entry.given < first.given)) first = entry;
      }
      return first?.span;
    },
  };
}

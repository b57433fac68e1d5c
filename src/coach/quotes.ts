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

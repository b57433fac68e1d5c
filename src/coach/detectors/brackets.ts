// Brackets that open and close on one line, shared by the detectors of blanks and of shouting.

export const CLOSER: Readonly<Record<string, string>> = { '[': ']', '{': '}', '{{': '}}', '<': '>', '%': '%' };

/** How far from a word its brackets are looked for, either way: a blank's name is short ("[ADDRESS LINE 1]"). */
const BRACKET_REACH = 200;

/**
 * Whether text[at] stands inside brackets that open and close on its line, within BRACKET_REACH: [ … ], { … }, < … >.
 * Read to the line's ends, a line of capital words cost its length for each of them (a review, 2026-12-04).
 */
export function inBrackets(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - BRACKET_REACH), at);
  const line = before.slice(before.lastIndexOf('\n') + 1);
  const open = Math.max(line.lastIndexOf('['), line.lastIndexOf('{'), line.lastIndexOf('<'));
  if (open < 0 || /[\]}>]/.test(line.slice(open))) return false;
  const closer = CLOSER[line[open]!]!;
  const after = text.slice(at, at + BRACKET_REACH);
  const lineEnd = after.indexOf('\n');
  return (lineEnd < 0 ? after : after.slice(0, lineEnd)).includes(closer);
}

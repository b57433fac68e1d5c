// Brackets that open and close on one line, shared by the detectors of blanks and of shouting.

export const CLOSER: Readonly<Record<string, string>> = { '[': ']', '{': '}', '{{': '}}', '<': '>', '%': '%' };

/** Whether text[at] stands inside brackets that open and close on its line: [ … ], { … }, < … >. */
export function inBrackets(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at) + 1;
  const before = text.slice(lineStart, at);
  const open = Math.max(before.lastIndexOf('['), before.lastIndexOf('{'), before.lastIndexOf('<'));
  if (open < 0 || /[\]}>]/.test(before.slice(open))) return false;
  const closer = CLOSER[before[open]!]!;
  const lineEnd = text.indexOf('\n', at);
  return text.slice(at, lineEnd < 0 ? text.length : lineEnd).includes(closer);
}

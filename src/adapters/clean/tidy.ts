// Whitespace made plain and text cut to size without splitting a character: every cleaner's first and last step.

/** Collapse whitespace on one line (subjects, names). */
export function cleanLine(raw: string, max = 500): string {
  return capText(normalise(capText(raw, max * 8)).replace(/\s+/g, ' ').trim(), max);
}

/** Cut text to at most `max` characters without splitting a surrogate pair. */
export function capText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return text.slice(0, end);
}

/** Line ends, tabs and the odd spaces made plain; zero-width characters taken out. */
export function normalise(raw: string): string {
  return raw
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/\t/g, ' ');
}

/** Runs of spaces and of blank lines folded, each line's end and the whole trimmed. */
export function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

// Whitespace made plain: every cleaner's first and last step.
import { capText } from './limits';

/** Collapse whitespace on one line (subjects, names). */
export function cleanLine(raw: string, max = 500): string {
  return capText(normalise(capText(raw, max * 8)).replace(/\s+/g, ' ').trim(), max);
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

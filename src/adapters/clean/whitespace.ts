// Whitespace made plain: every cleaner's first and last step.
import { capText } from './limits';

/** Collapse whitespace on one line (subjects, names). */
export function cleanLine(raw: string, max = 500): string {
  return capText(normalise(capText(raw, max * 8)).replace(/\s+/g, ' ').trim(), max);
}

/** Tabs and the odd spaces, each read as a plain space (the CLI's reading keeps offsets with it: cli/as-read.ts). */
export const ODD_SPACES = /[\u00a0\u2007\u202f\t]/g;
/** Zero-width characters, taken out of what is read. */
export const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;

/** Line ends, tabs and the odd spaces made plain; zero-width characters taken out. */
export function normalise(raw: string): string {
  return raw.replace(/\r\n?/g, '\n').replace(ODD_SPACES, ' ').replace(ZERO_WIDTH, '');
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

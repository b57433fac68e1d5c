// Text that would show as other than it is, so that a pack cannot pass for another or hide a field.
import { formatPath, type PackError } from './errors';

/** Characters that reorder the text after them on screen (bidi embeddings, overrides and isolates): a pack named
 * "\u202Elive\u202C pack" shows as "evil pack". The marks right-to-left text needs (U+200E, U+200F) stay allowed. */
const REORDERING = /[\u202A-\u202E\u2066-\u2069]/;
/** Something that shows: a letter, digit, punctuation or symbol (not only spaces, zero-width or format characters). */
const VISIBLE = /[\p{L}\p{N}\p{P}\p{S}]/u;

/**
 * A new pack's text that would show as other than it is: a reordering character, or a field of only invisible
 * characters (three zero-width spaces pass as a title of three characters). Only a pack being checked or added, as for
 * its cues: packs already stored or pushed by policy keep loading as they did.
 */
export function disguisedText(value: unknown, path: ReadonlyArray<string | number>): PackError[] {
  if (typeof value === 'string') {
    if (REORDERING.test(value)) return [{ path: formatPath(path), message: 'holds a character that reorders how the text shows (U+202A–U+202E, U+2066–U+2069); take it out' }];
    // Blank text (spaces alone) is the schema's to name ("is blank"); invisible characters only are this check's.
    return value.trim() !== '' && !VISIBLE.test(value) ? [{ path: formatPath(path), message: 'shows nothing: only spaces or invisible characters' }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, index) => disguisedText(item, [...path, index]));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([key, item]) => disguisedText(item, [...path, key]));
  return [];
}

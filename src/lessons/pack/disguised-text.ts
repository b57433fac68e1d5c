// Text that would show as other than it is, so that a pack cannot pass for another or hide a field.
import { formatPath, type PackError } from './errors';

/** Characters that reorder the text after them on screen (bidi embeddings, overrides and isolates): a pack named
 * "\u202Elive\u202C pack" shows as "evil pack". The marks right-to-left text needs (U+200E, U+200F) stay allowed. */
const REORDERING = /[\u202A-\u202E\u2066-\u2069]/;
/** Control characters (not tab or line ends), which show as nothing or as a box and ride along into a copied phrase. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
/** Unicode tag characters spell ASCII no one sees (U+E0020–U+E007E), save in a flag emoji: a black flag, its tags, a
 * cancel tag (U+1F3F4 U+E0067 … U+E007F, Scotland's). Left once such flags are taken out: a tag outside one. */
const TAG = /[\u{E0000}-\u{E007F}]/u;
const TAG_FLAG = /\u{1F3F4}[\u{E0020}-\u{E007E}]+\u{E007F}/gu;
/** U+0041 for a code point, as the messages name characters. */
const codePoint = (char: string) => `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** Something that shows: a letter, digit, punctuation or symbol (not only spaces, zero-width or format characters). */
const VISIBLE = /[\p{L}\p{N}\p{P}\p{S}]/u;
/** Letters and symbols drawn as nothing: the Hangul fillers, the blank braille pattern, Khmer's inherent vowels (a pack
 * named with U+115F twice passed, and showed a blank heading and buttons; a review, 2026-12-05). */
const BLANK_DRAWN = /[\u115F\u1160\u3164\uFFA0\u2800\u17B4\u17B5]/gu;

/**
 * A new pack's text that would show as other than it is: a reordering character, a control or tag character that
 * does not show (a review: NUL and hidden tag text went into replies by Copy and Insert), or a field of only invisible
 * characters (three zero-width spaces pass as a title of three characters). Only a pack being checked or added, as for
 * its cues: packs already stored or pushed by policy keep loading as they did.
 */
export function disguisedText(value: unknown, path: ReadonlyArray<string | number>): PackError[] {
  if (typeof value === 'string') {
    if (REORDERING.test(value)) return [{ path: formatPath(path), message: 'holds a character that reorders how the text shows (U+202A–U+202E, U+2066–U+2069); take it out' }];
    const control = CONTROL.exec(value)?.[0];
    if (control) return [{ path: formatPath(path), message: `holds the control character ${codePoint(control)}, which does not show; take it out` }];
    // What a decoder puts where bytes were not UTF-8 (a pack saved as Latin-1 showed "caf� cr�me" in the panel).
    if (value.includes('\uFFFD')) return [{ path: formatPath(path), message: 'holds U+FFFD (�), what is left where the file was not UTF-8; save the pack as UTF-8 and check the text' }];
    const tag = TAG.exec(value.replace(TAG_FLAG, ''))?.[0];
    if (tag) return [{ path: formatPath(path), message: `holds the invisible tag character ${codePoint(tag)} (such characters spell text no one sees); take it out` }];
    // Blank text (spaces alone) is the schema's to name ("is blank"); invisible characters only are this check's.
    return value.trim() !== '' && !VISIBLE.test(value.replace(BLANK_DRAWN, '')) ? [{ path: formatPath(path), message: 'shows nothing: only spaces or invisible characters' }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, index) => disguisedText(item, [...path, index]));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([key, item]) => disguisedText(item, [...path, key]));
  return [];
}

// Validates a lesson pack (custom or bundled) and says exactly where it is wrong: JSON path, line and column.
// Never throws, whatever it is given: depth, width and size are bounded before any recursive work.
import type { LessonPack } from '../schema';
import { MAX_PACK_BYTES, findShapeProblem, findShapeProblemInText, tooLargeError, utf8Length } from './bounds';
import { capped, clipPath, type PackVerdict } from './errors';
import { duplicateKeys } from './duplicate-keys';
import { placedIn } from './places';
import { BUILTIN_IDS, BUILTIN_IDS_IN_PLACE, reservedBeside, type Reserved } from './reserved-ids';
import { checkSchema } from './schema-and-ids';
import { syntaxErrors } from './syntax';

export { MAX_PACK_BYTES, MAX_PACK_DEPTH, tooLargeError } from './bounds';
export { MAX_PACK_ERRORS, MAX_PATH_CHARS, formatPackError, formatPath, shownPath, type PackError, type PackVerdict } from './errors';
export { EMPTY_PACK } from './syntax';
export { silentCues } from './unmatchable-cues';

/**
 * Checks an already-parsed pack in place (stored, or the policy's): the schema, then ids unique within the pack. A
 * lesson or check of a built-in id is left out by the merge, not refused here (BUILTIN_IDS_IN_PLACE). Never throws.
 */
export function validatePack(value: unknown): PackVerdict {
  const verdict = check(value, BUILTIN_IDS_IN_PLACE);
  return verdict.ok ? verdict : { ok: false, errors: capped(verdict.errors) };
}

/** The bundled library itself: the same schema, without refusing its own ids. */
export function validateLibrary(value: unknown): PackVerdict {
  const verdict = check(value, undefined);
  return verdict.ok ? verdict : { ok: false, errors: capped(verdict.errors) };
}

function check(value: unknown, reserved: Reserved | undefined): PackVerdict {
  return neverThrows(() => {
    const shape = findShapeProblem(value);
    return shape ? { ok: false, errors: [shape] } : checkSchema(value, reserved);
  });
}

/** The verdict of `work`, or a refusal naming what it threw: hostile values (getters that throw, proxies) and text
 * past what the parsers bear end up here rather than in the caller. */
function neverThrows(work: () => PackVerdict): PackVerdict {
  try {
    return work();
  } catch (error) {
    return { ok: false, errors: [{ path: '', message: `cannot be read as a pack (${String(error)})` }] };
  }
}

/**
 * Checks a custom pack file's text: size, depth, JSON syntax, then the schema; every error carries its line. With the
 * packs already installed, a lesson id one of them holds is refused too. Never throws.
 */
export function validatePackText(source: string, installed: readonly LessonPack[] = []): PackVerdict {
  return neverThrows(() => checkText(source, installed.length ? reservedBeside(installed) : BUILTIN_IDS));
}

/**
 * A pack the organisation's policy gives as JSON text (Chrome's policy editors carry JSON as a string): checked as the
 * same pack given as an object is (a new pack's rules, the file size and the library's ids left out, so a pack that
 * loaded keeps loading), with each problem at its line in that text. Never throws.
 */
export function validatePolicyPackText(source: string): PackVerdict {
  return neverThrows(() => checkText(source, BUILTIN_IDS_IN_PLACE, false));
}

function checkText(source: string, reserved: Reserved, newPack = true): PackVerdict {
  // Bytes as the file has them (UTF-8), not characters.
  const bytes = utf8Length(source);
  if (newPack && bytes > MAX_PACK_BYTES) return { ok: false, errors: [tooLargeError(bytes)] };
  // The engine's own parser first (it does not recurse); the slower parsers that give lines run only on a problem.
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch {
    return syntaxErrors(source);
  }
  // The shape walked once: parsed JSON has no hostile getters, and the caller catches what the schema throws.
  const shape = findShapeProblem(value);
  if (shape) {
    const inText = findShapeProblemInText(source);
    if (inText) return { ok: false, errors: [clipPath(inText)] };
  }
  // A new pack's keys given twice are refused first: what the schema says next would be about the value JSON kept.
  if (!shape && newPack) {
    const twice = duplicateKeys(source);
    if (twice.length) return { ok: false, errors: capped(twice) };
  }
  const verdict: PackVerdict = shape ? { ok: false, errors: [shape] } : checkSchema(value, reserved, newPack);
  if (verdict.ok) return verdict;
  // Depth and width are bounded by now, so the parser's recursion in placedIn is too.
  return { ok: false, errors: capped(verdict.errors, placedIn(source)) };
}

// What a check finds, and how it is shown: an error's path and place, and how many of them a pack is told.
import type { LessonPack } from '../schema';

/** Errors listed for one pack; a wide broken file could otherwise give one for each of its items. */
export const MAX_PACK_ERRORS = 50;

export interface PackError {
  /** Where in the pack, e.g. `lessons[3].topics[0]`; empty for the whole file. */
  path: string;
  /** 1-based line and column in the pack's text, when the pack came as text. */
  line?: number;
  column?: number;
  message: string;
}

export type PackVerdict = { ok: true; pack: LessonPack } | { ok: false; errors: PackError[] };

export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += /^[A-Za-z_$][\w$]*$/.test(key) ? (out ? `.${key}` : key) : `[${JSON.stringify(key)}]`;
  }
  return out;
}

/** Past this column a line alone does not find a place (a minified pack is one line): the column is said too. */
const FAR_COLUMN = 80;

export function formatPackError(error: PackError): string {
  // Only where no path says where either: a JSON slip. A path finds the rest, and their wording stays as scripts read it.
  const column = !error.path && error.column !== undefined && error.column > FAR_COLUMN ? `, column ${error.column}` : '';
  const where = [error.line !== undefined ? `line ${error.line}${column}` : '', error.path].filter(Boolean).join(', ');
  return where ? `${where}: ${error.message}` : error.message;
}

export const UNREAD_REST = '… and perhaps more: the rest of the pack is checked once these are fixed';

export function unreadRest(): PackError {
  return { path: '', message: UNREAD_REST };
}

/** The first errors, each placed by `place`, then one line for the rest (which has no place in the file). */
export function capped(errors: PackError[], place: (error: PackError) => PackError = (error) => error): PackError[] {
  const unread = errors.at(-1)?.message === UNREAD_REST;
  const found = unread ? errors.slice(0, -1) : errors;
  // In the order of their lines, all of them placed before any is left out: the checks find them in their own order
  // (the schema's, then the ids'), and an author reads the file from the top. Stable, so problems at one place keep
  // the order they were found in.
  const placed = found.map((error) => clipPath(place(error))).sort(byLine);
  if (!unread && placed.length <= MAX_PACK_ERRORS) return placed;
  const rest = unread ? unreadRest() : { path: '', message: `… and ${(placed.length - MAX_PACK_ERRORS + 1).toLocaleString('en-US')} more problems` };
  return [...placed.slice(0, MAX_PACK_ERRORS - 1), rest];
}

/** By line; a problem with no place (the whole file) first. Not by column: a missing field is placed at the start of
 * the object that lacks it, so on one line the checks' own order reads better. */
const byLine = (a: PackError, b: PackError) => (a.line ?? 0) - (b.line ?? 0);

/** Characters of a path shown: a pack's own paths are far shorter; an unknown key, or containers nested past the limit
 * under odd keys, can be a screenful. */
export const MAX_PATH_CHARS = 120;

/** The error with its path cut to MAX_PATH_CHARS, once its line has been found from the whole path. */
export function clipPath(error: PackError): PackError {
  return error.path.length > MAX_PATH_CHARS ? { ...error, path: shownPath(error.path) } : error;
}

/** A path as an error shows it: at most MAX_PATH_CHARS, never ending in half a surrogate pair (a key holds any
 * character). */
export function shownPath(path: string): string {
  if (path.length <= MAX_PATH_CHARS) return path;
  const end = /[\uD800-\uDBFF]/.test(path[MAX_PATH_CHARS - 2] ?? '') ? MAX_PATH_CHARS - 2 : MAX_PATH_CHARS - 1;
  return `${path.slice(0, end)}…`;
}

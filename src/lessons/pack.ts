// Validates a lesson pack (custom or bundled) and says exactly where it is wrong: JSON path, line and column.
// Never throws, whatever it is given: depth, width and size are bounded before any recursive work.
import * as v from 'valibot';
import { createScanner, findNodeAtLocation, parseTree, printParseErrorCode, type JSONPath, type Node, type ParseError } from 'jsonc-parser';
import { CLOSE_BRACE, CLOSE_BRACKET, COLON, COMMA, EOF, OPEN_BRACE, OPEN_BRACKET, STRING, VALUE_TOKENS } from '../json-tokens';
import { LessonSchema, MAX_PACK_LESSONS, PackHeadSchema, type Lesson, type LessonPack } from './schema';
import { BUILTIN_PACK } from './index';
import builtinChecks from '../coach/checks.json';
import { CUE_LIMITS, cueLeftOutBecause } from '../engine/cues/index';
import { MAX_WORD_LENGTH } from '../engine/cues/tokenize';
import { looksUtf16 } from '../utf16';

export const MAX_PACK_BYTES = 1024 * 1024;
/** Objects and arrays inside one another: a pack needs 4 (pack, lessons, lesson, source); deeper is never a pack. */
export const MAX_PACK_DEPTH = 16;
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

/** Ids a custom pack may not take, so that none of its lessons is silently dropped beside the library's. */
interface Reserved {
  packId: string;
  lessonTitles: ReadonlyMap<string, string>;
  checkIds: ReadonlySet<string>;
  /** Lesson ids other installed packs hold: only one lesson of an id is used, so a second pack's would be dropped. */
  installedLessons?: ReadonlyMap<string, ReadonlyArray<{ packId: string; packName: string; title: string }>>;
  /** Check ids other installed packs hold: likewise only one check of an id runs (coach/checks-in-use.ts). */
  installedChecks?: ReadonlyMap<string, ReadonlyArray<{ packId: string; packName: string }>>;
}

const BUILTIN_IDS: Reserved = {
  packId: BUILTIN_PACK.id,
  lessonTitles: new Map(BUILTIN_PACK.lessons.map((lesson) => [lesson.id, lesson.title])),
  checkIds: new Set(builtinChecks.checks.map((check) => check.id)),
};

/** The library's ids and the lesson and check ids of the packs already installed (a pack of the same id is being replaced). */
function reservedBeside(installed: readonly LessonPack[]): Reserved {
  const installedLessons = new Map<string, Array<{ packId: string; packName: string; title: string }>>();
  const installedChecks = new Map<string, Array<{ packId: string; packName: string }>>();
  const hold = <T>(map: Map<string, T[]>, id: string, holder: T) => map.set(id, [...(map.get(id) ?? []), holder]);
  for (const other of installed) {
    for (const lesson of other.lessons) hold(installedLessons, lesson.id, { packId: other.id, packName: other.name, title: lesson.title });
    for (const check of other.checks ?? []) hold(installedChecks, check.id, { packId: other.id, packName: other.name });
  }
  return { ...BUILTIN_IDS, installedLessons, installedChecks };
}

export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += /^[A-Za-z_$][\w$]*$/.test(key) ? (out ? `.${key}` : key) : `[${JSON.stringify(key)}]`;
  }
  return out;
}

export function formatPackError(error: PackError): string {
  const where = [error.line !== undefined ? `line ${error.line}` : '', error.path].filter(Boolean).join(', ');
  return where ? `${where}: ${error.message}` : error.message;
}

/** "1,048,577 bytes": exact, so a file one byte over the limit never reads as equal to it. */
function bytesText(bytes: number): string {
  return `${bytes.toLocaleString('en-US')} bytes`;
}

/** The error for a pack file of `bytes` bytes, over MAX_PACK_BYTES. The options page shows it before reading the file. */
export function tooLargeError(bytes: number): PackError {
  return { path: '', message: `is ${bytesText(bytes)}; a pack may be at most ${bytesText(MAX_PACK_BYTES)} (1 MiB)` };
}

function tooDeepMessage(): string {
  return `nests objects and arrays more than ${MAX_PACK_DEPTH} deep (a pack needs 4)`;
}

function issuePath(issue: v.BaseIssue<unknown>): (string | number)[] {
  return (issue.path ?? []).map((item) => {
    const key = (item as { key?: unknown }).key;
    return typeof key === 'number' ? key : String(key);
  });
}

/** Checks an already-parsed custom pack: the schema, then ids unique and not the library's. Never throws. */
export function validatePack(value: unknown): PackVerdict {
  const verdict = check(value, BUILTIN_IDS);
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

function issuesToErrors(issues: readonly v.BaseIssue<unknown>[], prefix: (string | number)[], errors: PackError[], seen: Set<string>): void {
  for (const issue of issues) {
    const path = formatPath([...prefix, ...issuePath(issue)]);
    const key = `${path}\u0000${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    errors.push({ path, message: describeIssue(issue) });
  }
}

/**
 * The schema, lesson by lesson: once MAX_PACK_ERRORS are found the rest is not read, so a wide broken pack costs
 * no more than a few lessons' worth of checking.
 */
function checkSchema(value: unknown, reserved: Reserved | undefined, newPack = false): PackVerdict {
  const errors: PackError[] = [];
  const seen = new Set<string>();
  const head = v.safeParse(PackHeadSchema, value);
  if (!head.success) issuesToErrors(head.issues, [], errors, seen);
  const items = listAt(value, 'lessons');
  const lessons: Lesson[] = [];
  for (let index = 0; index < items.length; index++) {
    if (errors.length >= MAX_PACK_ERRORS) return { ok: false, errors: [...errors, unreadRest()] };
    const lesson = v.safeParse(LessonSchema, items[index]);
    if (lesson.success) lessons.push(lesson.output);
    else issuesToErrors(lesson.issues, ['lessons', index], errors, seen);
    // Read in a lesson with other errors too (as given, where the schema could not read it), so an author hears of
    // every problem in one check, not one by one.
    const read: unknown = lesson.success ? lesson.output : items[index];
    if (newPack) errors.push(...unmatchableCues(listAt(read, 'cues'), index), ...disguisedText(read, ['lessons', index]));
  }
  if (newPack && head.success) errors.push(...disguisedText({ name: head.output.name, description: head.output.description }, []));
  // Ids and references are checked on what can be read even beside the schema's errors: an author hears of a clash
  // with the title they forgot, in one check.
  const idOf = (item: unknown) => (typeof item === 'object' && item !== null && typeof (item as { id?: unknown }).id === 'string' ? (item as { id: string }).id : undefined);
  const packId = head.success ? head.output.id : idOf(value);
  if (reserved && packId === reserved.packId) errors.push({ path: 'id', message: `"${packId}" is the built-in library's id; choose another` });
  const firstIndex = new Map<string, number>();
  const lessonIdsGiven: string[] = [];
  items.forEach((item, index) => {
    const id = idOf(item);
    if (id === undefined) return;
    lessonIdsGiven.push(id);
    const builtinTitle = reserved?.lessonTitles.get(id);
    const held = reserved?.installedLessons?.get(id)?.find((holder) => holder.packId !== packId);
    const earlier = firstIndex.get(id);
    if (builtinTitle !== undefined) {
      errors.push({ path: `lessons[${index}].id`, message: `"${id}" is the id of the built-in lesson "${builtinTitle}"; choose another` });
    } else if (held) {
      errors.push({ path: `lessons[${index}].id`, message: `"${id}" is already the id of the lesson "${held.title}" in the installed pack "${held.packName}" (${held.packId}); choose another` });
    } else if (earlier === undefined) firstIndex.set(id, index);
    else errors.push({ path: `lessons[${index}].id`, message: `"${id}" is already the id of lessons[${earlier}]` });
  });
  // A reply check belongs to a lesson the extension has (the pack's own or a built-in one) and has an id of its own:
  // not a built-in check's, an earlier one's of this pack, or another installed pack's (as for lesson ids).
  const lessonIds = new Set([...(reserved?.lessonTitles.keys() ?? []), ...lessonIdsGiven]);
  const checkIds = new Set(reserved?.checkIds);
  const checks = listAt(value, 'checks');
  checks.forEach((check, index) => {
    const lesson = typeof check === 'object' && check !== null ? (check as { lesson?: unknown }).lesson : undefined;
    if (typeof lesson === 'string' && !lessonIds.has(lesson)) errors.push({ path: `checks[${index}].lesson`, message: `"${lesson}" is not a lesson of this pack or the built-in library` });
    const id = idOf(check);
    if (id === undefined) return;
    const held = reserved?.installedChecks?.get(id)?.find((holder) => holder.packId !== packId);
    if (checkIds.has(id)) errors.push({ path: `checks[${index}].id`, message: `"${id}" is already the id of a built-in check or an earlier one; choose another` });
    else if (held) errors.push({ path: `checks[${index}].id`, message: `"${id}" is already the id of a check in the installed pack "${held.packName}" (${held.packId}); choose another` });
    checkIds.add(id);
  });
  if (!head.success || errors.length) return { ok: false, errors };
  return { ok: true, pack: { ...head.output, lessons } };
}

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
function disguisedText(value: unknown, path: ReadonlyArray<string | number>): PackError[] {
  if (typeof value === 'string') {
    if (REORDERING.test(value)) return [{ path: formatPath(path), message: 'holds a character that reorders how the text shows (U+202A–U+202E, U+2066–U+2069); take it out' }];
    return value !== '' && !VISIBLE.test(value) ? [{ path: formatPath(path), message: 'shows nothing: only spaces or invisible characters' }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, index) => disguisedText(item, [...path, index]));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([key, item]) => disguisedText(item, [...path, key]));
  return [];
}

/**
 * A new pack's cues with no word to match ("!!!", "🙂"): they can never match a ticket, so the author hears so. Only a
 * pack being checked or added: packs already stored or pushed by policy keep loading as they did.
 */
function unmatchableCues(cues: readonly unknown[], index: number): PackError[] {
  return cues.flatMap((cue, at) =>
    typeof cue === 'string' && cueLeftOutBecause(cue) === 'no-word' ? [{ path: `lessons[${index}].cues[${at}]`, message: `${JSON.stringify(cue)} has no word a ticket can match (${/[\p{L}\p{N}]/u.test(cue) ? `a run of more than ${MAX_WORD_LENGTH} letters is not read as a word` : 'only punctuation, symbols or emoji'}); write the words customers use` }] : [],
  );
}

/** A field of a value as far as it is a list (the pack's lessons or checks, a lesson's cues): what did not pass the
 * schema may have anything there. */
function listAt(value: unknown, key: string): readonly unknown[] {
  const field = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  return Array.isArray(field) ? field : [];
}

/**
 * A valid pack's cues that never match a ticket though the pack may carry them (packs already in use have them): told
 * to the author as notes beside "valid", not refused. A cue of no word at all is refused (unmatchableCues).
 */
export function silentCues(pack: LessonPack, source?: string): PackError[] {
  const notes = pack.lessons.flatMap((lesson, index) =>
    lesson.cues.flatMap((cue, at): PackError[] => {
      const why = cueLeftOutBecause(cue);
      if (why === 'common-words-only') return [{ path: `lessons[${index}].cues[${at}]`, message: `${JSON.stringify(cue)} never matches: its words are all common words the matcher skips; add a word that says what the ticket is about` }];
      if (why === 'too-many-words') return [{ path: `lessons[${index}].cues[${at}]`, message: `${JSON.stringify(cue)} never matches: a cue of more than ${CUE_LIMITS.wordsPerCue} words is a sentence; keep its telling words` }];
      return [];
    }),
  );
  // From the pack's file, each note names its line as an error does.
  return notes.length && source !== undefined ? notes.map(placedIn(source)) : notes;
}

const UNREAD_REST = '… and perhaps more: the rest of the pack is checked once these are fixed';

function unreadRest(): PackError {
  return { path: '', message: UNREAD_REST };
}

/** The first errors, each placed by `place`, then one line for the rest (which has no place in the file). */
function capped(errors: PackError[], place: (error: PackError) => PackError = (error) => error): PackError[] {
  const unread = errors.at(-1)?.message === UNREAD_REST;
  const found = unread ? errors.slice(0, -1) : errors;
  const shown = (error: PackError) => clipPath(place(error));
  if (!unread && found.length <= MAX_PACK_ERRORS) return found.map(shown);
  const rest = unread ? unreadRest() : { path: '', message: `… and ${(found.length - MAX_PACK_ERRORS + 1).toLocaleString('en-US')} more problems` };
  return [...found.slice(0, MAX_PACK_ERRORS - 1).map(shown), rest];
}

/** Characters of a path shown: a pack's own paths are far shorter; an unknown key, or containers nested past the limit
 * under odd keys, can be a screenful. */
export const MAX_PATH_CHARS = 120;

/** The error with its path cut to MAX_PATH_CHARS, once its line has been found from the whole path. */
function clipPath(error: PackError): PackError {
  return error.path.length > MAX_PATH_CHARS ? { ...error, path: shownPath(error.path) } : error;
}

/** A path as an error shows it: at most MAX_PATH_CHARS, never ending in half a surrogate pair (a key holds any
 * character). */
export function shownPath(path: string): string {
  if (path.length <= MAX_PATH_CHARS) return path;
  const end = /[\uD800-\uDBFF]/.test(path[MAX_PATH_CHARS - 2] ?? '') ? MAX_PATH_CHARS - 2 : MAX_PATH_CHARS - 1;
  return `${path.slice(0, end)}…`;
}

function describeIssue(issue: v.BaseIssue<unknown>): string {
  if (issue.kind === 'schema' && issue.received === 'undefined') return `is missing (expected ${issue.expected})`;
  if (issue.type === 'strict_object' && issue.expected === 'never') return 'is not a field lessons or packs have';
  if (issue.kind === 'schema' && issue.type !== 'picklist' && issue.type !== 'literal') {
    return `must be ${issue.expected ?? issue.type}, not ${issue.received}`;
  }
  return issue.message;
}

/**
 * Depth and width before the schema: the first object or array nested deeper than MAX_PACK_DEPTH, or a list longer
 * than any a pack has (lessons, at most MAX_PACK_LESSONS). Walked with an explicit stack (a deep value must not
 * exhaust the call stack here either); each object is walked once, so shared or cyclic values end.
 */
function findShapeProblem(value: unknown): PackError | undefined {
  interface Step {
    value: object;
    depth: number;
    parent?: Step;
    key?: string | number;
  }
  const pathOf = (step: Step) => {
    const path: (string | number)[] = [];
    for (let at: Step | undefined = step; at?.key !== undefined; at = at.parent) path.unshift(at.key);
    return formatPath(path);
  };
  const seen = new WeakSet<object>();
  const stack: Step[] = [];
  const visit = (child: unknown, parent?: Step, key?: string | number) => {
    if (typeof child === 'object' && child !== null && !seen.has(child)) {
      seen.add(child);
      stack.push({ value: child, depth: parent ? parent.depth + 1 : 0, parent, key });
    }
  };
  visit(value);
  while (stack.length) {
    const step = stack.pop()!;
    if (step.depth >= MAX_PACK_DEPTH) return { path: pathOf(step), message: tooDeepMessage() };
    if (Array.isArray(step.value)) {
      if (step.value.length > MAX_PACK_LESSONS) return { path: pathOf(step), message: tooWideMessage(pathOf(step), step.value.length) };
      step.value.forEach((child, i) => visit(child, step, i));
    } else for (const [key, child] of Object.entries(step.value)) visit(child, step, key);
  }
  return undefined;
}

type Frame = { array: true; items: number; open: number } | { array: false; key: string | undefined; expectKey: boolean; open: number };

/**
 * findShapeProblem on a pack's text, token by token, before anything parses it recursively: where the first
 * container too deep opens, or the first list too long (counted to its end).
 */
function findShapeProblemInText(source: string): Required<Pick<PackError, 'path' | 'line' | 'column' | 'message'>> | undefined {
  const scanner = createScanner(source, true);
  const frames: Frame[] = [];
  const pathOf = (count: number) => formatPath(frames.slice(0, count).map((f) => (f.array ? f.items - 1 : (f.key ?? ''))));
  let wide: { depth: number; path: string } | undefined;
  const lines = new LineIndex(source);
  for (let token = scanner.scan(); token !== EOF; token = scanner.scan()) {
    const top = frames[frames.length - 1];
    if (top?.array && VALUE_TOKENS.has(token) && ++top.items > MAX_PACK_LESSONS && !wide) wide = { depth: frames.length - 1, path: pathOf(frames.length - 1) };
    if (token === OPEN_BRACE || token === OPEN_BRACKET) {
      if (!wide && frames.length >= MAX_PACK_DEPTH) return { path: pathOf(frames.length), ...lines.at(scanner.getTokenOffset()), message: tooDeepMessage() };
      const open = scanner.getTokenOffset();
      frames.push(token === OPEN_BRACKET ? { array: true, items: 0, open } : { array: false, key: undefined, expectKey: true, open });
    } else if (token === CLOSE_BRACE || token === CLOSE_BRACKET) {
      const closed = frames.pop();
      if (closed?.array && wide?.depth === frames.length) return { path: wide.path, ...lines.at(closed.open), message: tooWideMessage(wide.path, closed.items) };
    } else if (token === COMMA && top && !top.array) {
      Object.assign(top, { key: undefined, expectKey: true });
    } else if (token === STRING && top && !top.array && top.expectKey) {
      Object.assign(top, { key: scanner.getTokenValue(), expectKey: false });
    } else if (token === COLON && top && !top.array) {
      top.expectKey = false;
    }
  }
  return undefined;
}

function tooWideMessage(path: string, items: number): string {
  const limit = path === 'lessons' ? 'a pack holds at most' : 'no list in a pack holds more than';
  return `lists ${items.toLocaleString('en-US')} items; ${limit} ${MAX_PACK_LESSONS}`;
}

/** UTF-8 length without encoding a copy of a text that may be very large. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code < 0xdc00 && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4; // a surrogate pair is one four-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
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
 * same pack given as an object is (a new pack's rules and the file size left out, so a pack that loaded keeps loading),
 * with each problem at its line in that text. Never throws.
 */
export function validatePolicyPackText(source: string): PackVerdict {
  return neverThrows(() => checkText(source, BUILTIN_IDS, false));
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
  const verdict: PackVerdict = shape ? { ok: false, errors: [shape] } : checkSchema(value, reserved, newPack);
  if (verdict.ok) return verdict;
  // Depth and width are bounded by now, so the parser's recursion in placedIn is too.
  return { ok: false, errors: capped(verdict.errors, placedIn(source)) };
}

/** Gives an error (or note) on a pack's file its line and column, from its path; the file is parsed once for all. */
function placedIn(source: string): (error: PackError) => PackError {
  const root = parseTree(source, [], { disallowComments: true, allowTrailingComma: false });
  if (!root) return (error) => error;
  const lines = new LineIndex(source);
  return (error) => ({ ...error, ...lines.at(locate(root, error.path)) });
}

/** jsonc-parser's error codes in plain words, with the slip that most often causes each. */
const SYNTAX_MESSAGES: Readonly<Record<string, string>> = {
  InvalidSymbol: 'this is not JSON: put text and property names in double quotes (other values are numbers, true, false or null)',
  InvalidNumberFormat: 'this number is not written as JSON writes numbers',
  PropertyNameExpected: 'a property name in double quotes was expected here (a stray comma?)',
  ValueExpected: 'a value was expected here (a stray comma, or nothing after a colon?)',
  ColonExpected: 'a colon was expected here, between the property name and its value',
  CommaExpected: 'a comma was expected here, between two items',
  CloseBraceExpected: 'a closing } was expected here (an object left open?)',
  CloseBracketExpected: 'a closing ] was expected here (a list left open?)',
  EndOfFileExpected: 'the pack should end here: there is more after its last }',
  InvalidCommentToken: 'a pack may not have comments',
  UnexpectedEndOfComment: 'a pack may not have comments',
  UnexpectedEndOfString: 'this text is not closed: its closing double quote is missing',
  UnexpectedEndOfNumber: 'this number ends too early',
  InvalidUnicode: 'a \\u escape needs four hexadecimal digits',
  InvalidEscapeCharacter: 'a backslash in text starts an escape such as \\n or \\"; write \\\\ for a backslash itself',
  InvalidCharacter: 'a line break or tab inside text must be written as \\n or \\t',
};

/** What a file of nothing but spaces is told: nothing to read (the CLI's unusable input, not an invalid pack). */
export const EMPTY_PACK = 'is empty, not a JSON pack';

/** A text that runs into the end of its line: jsonc-parser says only that it is not closed. */
const LINE_BREAK_IN_TEXT = 'this text runs past the end of its line: write a line break inside text as \\n';

function syntaxErrors(source: string): PackVerdict {
  const lines = new LineIndex(source);
  // Every error from a file names a place in it: a file of spaces is empty from its first line.
  if (!source.trim()) return { ok: false, errors: [{ path: '', ...lines.at(0), message: EMPTY_PACK }] };
  // Read as UTF-8, a UTF-16 file is a NUL between every two letters: the parser's "not JSON" would hide what to do.
  if (looksUtf16(source)) return { ok: false, errors: [{ path: '', ...lines.at(0), message: 'is UTF-16 text; save it as UTF-8' }] };
  // Depth first: the parser that finds where the syntax breaks recurses.
  const shape = findShapeProblemInText(source);
  if (shape) return { ok: false, errors: [clipPath(shape)] };
  const found: ParseError[] = [];
  parseTree(source, found, { disallowComments: true, allowTrailingComma: false });
  // One slip reads as several to the parser (a doubled comma: no property name, then no value; an unclosed text: every
  // word after it): the first error says where it is, and the rest follow from it.
  const first = found[0];
  if (!first) return { ok: false, errors: [{ path: '', ...lines.at(0), message: 'is not valid JSON' }] };
  const code = printParseErrorCode(first.error);
  const brokenLine = code === 'UnexpectedEndOfString' && /[\r\n]/.test(source[first.offset + first.length] ?? '');
  const message = brokenLine ? LINE_BREAK_IN_TEXT : SYNTAX_MESSAGES[code] ?? `this is not valid JSON (${code})`;
  return { ok: false, errors: [{ path: '', ...lines.at(first.offset), message }] };
}

/** The offset of the deepest node that exists along a formatted path (a missing field points at its parent). */
function locate(root: Node, formatted: string): number {
  const path: JSONPath = [];
  for (const m of formatted.matchAll(/([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g)) {
    path.push(m[1] ?? (m[2] !== undefined ? Number(m[2]) : (JSON.parse(m[3] ?? '""') as string)));
  }
  for (let depth = path.length; depth >= 0; depth--) {
    const node = findNodeAtLocation(root, path.slice(0, depth));
    if (node) {
      // For an unknown field, point at its key rather than its value.
      const keyNode = node.parent?.type === 'property' ? node.parent : undefined;
      return keyNode?.offset ?? node.offset;
    }
  }
  return root.offset;
}

/** Line and column of an offset, from the lines' start offsets found once (a wide file may have many errors). */
class LineIndex {
  private readonly starts: number[] = [0];

  constructor(source: string) {
    for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  at(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - this.starts[low]! + 1 };
  }
}

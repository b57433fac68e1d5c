// A parsed pack against the schema, lesson by lesson, then its ids and references: each problem where it is.
import * as v from 'valibot';
import { quoteValue } from '../../clip';
import { LessonSchema, PackHeadSchema, type Lesson } from '../schema';
import { disguisedText } from './disguised-text';
import { MAX_PACK_ERRORS, formatPath, unreadRest, type PackError, type PackVerdict } from './errors';
import type { Reserved } from './reserved-ids';
import { unmatchableCues } from './unmatchable-cues';
import { phraseBlanks } from './phrase-blanks';

/** A line end of any kind, as an editor or a terminal breaks a line there. */
const LINE_BREAK = /[\r\n\u2028\u2029]/;

function issuePath(issue: v.BaseIssue<unknown>): (string | number)[] {
  return (issue.path ?? []).map((item) => {
    const key = (item as { key?: unknown }).key;
    return typeof key === 'number' ? key : String(key);
  });
}

function issuesToErrors(issues: readonly v.BaseIssue<unknown>[], prefix: (string | number)[], errors: PackError[], seen: Set<string>): void {
  for (const issue of issues) {
    const path = formatPath([...prefix, ...issuePath(issue)]);
    const key = `${path}\u0000${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    errors.push({ path, message: describeIssue(issue, path) });
  }
}

/**
 * The schema, lesson by lesson: once MAX_PACK_ERRORS are found the rest is not read, so a wide broken pack costs
 * no more than a few lessons' worth of checking.
 */
export function checkSchema(value: unknown, reserved: Reserved | undefined, newPack = false): PackVerdict {
  // Said in one line: the schema listed each missing field of `[]` ("format: is missing", five times).
  const notAPack = notAnObject(value);
  if (notAPack) return { ok: false, errors: [{ path: '', message: `a pack is a JSON object ({"format": "extra-mile-pack", ...}), not ${notAPack}` }] };
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
    if (newPack) errors.push(...unmatchableCues(listAt(read, 'cues'), index), ...phraseBlanks(listAt(read, 'phrases'), index), ...disguisedText(read, ['lessons', index]));
    // A title is one line wherever it shows, as a pack's name is (`lessons` prints a lesson a line).
    const title = (read as { title?: unknown } | null)?.title;
    if (newPack && typeof title === 'string' && LINE_BREAK.test(title)) errors.push({ path: formatPath(['lessons', index, 'title']), message: "holds a line break; a lesson's title is one line" });
  }
  if (newPack && head.success) errors.push(...disguisedText({ name: head.output.name, description: head.output.description }, []));
  // A name is one line wherever it shows (check-pack's verdict, which scripts read, broke in two).
  if (newPack && head.success && LINE_BREAK.test(head.output.name)) errors.push({ path: 'name', message: 'holds a line break; a pack\'s name is one line' });
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
    const builtinTitle = reserved?.libraryIdsTaken === false ? undefined : reserved?.lessonTitles.get(id);
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
  const builtinCheckIds = new Set(reserved?.libraryIdsTaken === false ? [] : reserved?.checkIds);
  const earlierCheck = new Map<string, number>();
  const checks = listAt(value, 'checks');
  const ownPhraseCounts = new Map(lessons.map((lesson) => [lesson.id, lesson.phrases.length]));
  checks.forEach((check, index) => {
    const { lesson, phrase } = typeof check === 'object' && check !== null ? (check as { lesson?: unknown; phrase?: unknown }) : {};
    if (typeof lesson === 'string' && !lessonIds.has(lesson)) errors.push({ path: `checks[${index}].lesson`, message: `"${lesson}" is not a lesson of this pack or the built-in library` });
    // A phrase past the lesson's last was passed over without a word: the panel offered another phrase than the one chosen.
    const phraseCount = typeof lesson === 'string' ? (ownPhraseCounts.get(lesson) ?? reserved?.lessonPhraseCounts?.get(lesson)) : undefined;
    const phrasePath = `checks[${index}].phrase`;
    if (newPack && typeof phrase === 'number' && phraseCount !== undefined && phrase >= phraseCount && !errors.some((e) => e.path === phrasePath)) {
      errors.push({ path: phrasePath, message: `is ${phrase}, but the lesson "${lesson}" has ${phraseCount} phrase(s), numbered from 0` });
    }
    // A check's messages are shown to the agent like a lesson's words: the same text rules.
    if (newPack) errors.push(...disguisedText(check, ['checks', index]));
    const id = idOf(check);
    if (id === undefined) return;
    const held = reserved?.installedChecks?.get(id)?.find((holder) => holder.packId !== packId);
    const earlier = earlierCheck.get(id);
    if (builtinCheckIds.has(id)) errors.push({ path: `checks[${index}].id`, message: `"${id}" is already the id of a built-in check; choose another` });
    else if (earlier !== undefined) errors.push({ path: `checks[${index}].id`, message: `"${id}" is already the id of checks[${earlier}]` });
    else if (held) errors.push({ path: `checks[${index}].id`, message: `"${id}" is already the id of a check in the installed pack "${held.packName}" (${held.packId}); choose another` });
    if (earlier === undefined) earlierCheck.set(id, index);
  });
  if (!head.success || errors.length) return { ok: false, errors };
  return { ok: true, pack: { ...head.output, lessons } };
}

/** A field of a value as far as it is a list (the pack's lessons or checks, a lesson's cues): what did not pass the
 * schema may have anything there. */
function listAt(value: unknown, key: string): readonly unknown[] {
  const field = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  return Array.isArray(field) ? field : [];
}

/** A JSON kind as a pack's author knows it, from valibot's names for what it expected and received. */
const KIND_NAMES: Readonly<Record<string, string>> = {
  array: 'a list ([…])',
  Array: 'a list',
  object: 'an object ({…})',
  strict_object: 'an object ({…})',
  Object: 'an object',
  string: 'text in double quotes',
  number: 'a number',
  boolean: 'true or false',
};

function describeIssue(issue: v.BaseIssue<unknown>, path: string): string {
  if (issue.kind === 'schema' && issue.received === 'undefined') return 'is missing; it is required';
  if (issue.type === 'strict_object' && issue.expected === 'never') return path.startsWith('checks') ? 'is not a field reply checks have' : 'is not a field lessons or packs have';
  // A value not among those allowed is quoted, as a value of the wrong kind is: the place alone left the author to
  // look for which of a lesson's topics was wrong.
  if (issue.type === 'picklist') return `${issue.message}, not ${KIND_NAMES[issue.received] ?? shownValue(issue.received)}`;
  if (issue.kind === 'schema' && issue.type !== 'literal') {
    return `must be ${KIND_NAMES[issue.type] ?? issue.expected ?? issue.type}, not ${KIND_NAMES[issue.received] ?? shownValue(issue.received)}`;
  }
  return issue.message;
}

/** Characters of a value quoted in an error: a pack's field may hold a screenful. */
const MAX_VALUE_CHARS = 50;

/** A value as valibot received it ('"text"', '7'): a text quoted on one line, clipped and escaped (src/clip.ts). */
function shownValue(received: string): string {
  return received.startsWith('"') ? quoteValue(received.slice(1, -1), MAX_VALUE_CHARS) : received;
}

/** What JSON value that is no object `value` is ("an array", "null", …), or undefined for an object. */
function notAnObject(value: unknown): string | undefined {
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  if (typeof value === 'string') return 'a string';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return String(value);
  return undefined;
}

// Which phrase the checklist offers under a broken check: a phrase of a lesson suggested for this ticket (of the
// check's topic) that keeps the check, in the draft too, so what the agent inserts fits the ticket and clears the ✗;
// else the phrase the check names. Pure: the tab and the CLI choose alike.
import { checkReplyWith } from './check';
import { BLANKS as BLANK } from '../lessons/blanks';
import { signOffSpan } from './words';
import { mainTopic, type TopicId } from '../topics';
import type { Vocabulary } from './pattern';
import type { Check } from './schema';

/** A suggested lesson, as much of it as the choice reads. */
export interface PhraseSource {
  id: string;
  topics: readonly TopicId[];
  phrases: readonly string[];
}

// A lesson's blanks, as the lessons write them: "[date]", "[what they lost]" (BLANK, from src/lessons/blanks.ts).
const ASKS_WHEN = /\b(?:date|day|time|when)\b/i;

/** The phrase as an agent would send it: a blank that asks when filled with a day and time, any other with what it
 * names ("[replacement or refund]" → "replacement or refund"). */
export function filledBlanks(phrase: string): string {
  return phrase.replace(BLANK, (_, name: string) => filledBlank(name));
}

/** What an agent would write for the blank named `name` (its text inside the brackets). */
const filledBlank = (name: string): string => (ASKS_WHEN.test(name) ? 'Friday at 3pm' : /how long/i.test(name) ? 'three days' : name);

/** Whether `text`, read as a whole reply, keeps the one check: a phrase alone, a draft with a phrase put in or filled. */
const keepsIn = (check: Check, text: string, vocabulary: Vocabulary): boolean => checkReplyWith(vocabulary, text, [check.topic], [check]).every((r) => r.ok);

// Whether a phrase keeps a check depends on the two alone: worked out once per check and phrase.
const keptBy = new WeakMap<Check, Map<string, boolean>>();

function keeps(check: Check, phrase: string, vocabulary: Vocabulary): boolean {
  let known = keptBy.get(check);
  if (!known) keptBy.set(check, (known = new Map()));
  let kept = known.get(phrase);
  if (kept === undefined) {
    kept = keepsIn(check, filledBlanks(phrase), vocabulary);
    known.set(phrase, kept);
  }
  return kept;
}

// A phrase as it may stand in a draft once inserted: its blanks filled or not ("[name]" becomes the customer's name
// as the panel inserts it), spaces and case as typed. Built once per phrase.
const inDraftPattern = new Map<string, RegExp>();

function patternOf(phrase: string): RegExp {
  let pattern = inDraftPattern.get(phrase);
  if (!pattern) {
    const parts = phrase.trim().split(BLANK);
    // split with a group: even parts are the phrase's own words, odd parts the blanks' names.
    // A blank is captured, as left ("[time]", tried first, so one ending the phrase is taken whole) or as filled in.
    const source = parts.map((part, i) => (i % 2 ? '(\\[[^\\]\\n]{1,60}\\]|[^\\n]{1,80}?)' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'))).join('');
    inDraftPattern.set(phrase, (pattern = new RegExp(source, 'id')));
  }
  return pattern;
}

/**
 * Whether the draft keeps the check with the phrase inserted, blanks filled as the agent would: above its sign-off,
 * where an agent puts it (under the name nothing keeps a check, so a draft ending "Best,\nPriya" was offered no phrase
 * until 2026-12-03), else at its end.
 */
function keptWith(check: Check, draft: string, phrase: string, vocabulary: Vocabulary): boolean {
  const [signOff] = signOffSpan(draft);
  const at = signOff < draft.trimEnd().length ? signOff : draft.length;
  const inserted = `${draft.slice(0, at).trimEnd()}\n\n${filledBlanks(phrase)}\n\n${draft.slice(at)}`;
  return keepsIn(check, inserted, vocabulary);
}

type LessonById = (id: string) => { phrases: readonly string[] } | undefined;

/** The phrases `check` may offer, in order: its own lesson's (its named phrase first) when suggested, the other
 * suggested lessons' of its topic, then the phrase it names. */
function candidates(check: Check, suggested: readonly PhraseSource[], lessonById: LessonById): string[] {
  const own = suggested.filter((lesson) => lesson.id === check.lesson);
  const named = lessonById(check.lesson)?.phrases[check.phrase ?? 0];
  const phrases = [...own, ...suggested].flatMap((lesson) => {
    if (mainTopic(lesson) !== check.topic) return [];
    const mine = lesson.id === check.lesson ? lesson.phrases[check.phrase ?? 0] : undefined;
    return mine === undefined ? lesson.phrases : [mine, ...lesson.phrases];
  });
  return [...new Set(named === undefined ? phrases : [...phrases, named])];
}

/**
 * The phrase to offer under `check`, broken: the first that keeps it of a suggested lesson of the check's topic, the
 * check's own lesson first (its phrase was chosen by hand) and then the others in the order suggested, else the
 * phrase the check names (from `lessonById`, the lessons in use), if the draft keeps the check with it added. Null
 * when none would mend it: no one sentence gives steps in order, and no words added take back what the draft says
 * ("contact the courier": the line's quote shows what to change); when the check offers none (a blank left unfilled
 * is mended in the draft, not by another template); and while the draft holds a phrase the check could offer, its blanks filled or not: what mends
 * the line is filling that phrase's "[time]", not a second promise beside it (nor the same one twice).
 */
export function betterPhrase(check: Check, suggested: readonly PhraseSource[], vocabulary: Vocabulary, lessonById: LessonById, draft = ''): string | null {
  const offered = offeredPhrases(check, suggested, vocabulary, lessonById);
  if (draft && offered.some((phrase) => patternOf(phrase).test(draft))) return null;
  // Only the first is tried in the draft: each try reads the whole draft again, and where one phrase cannot take
  // back the draft's words, the next mostly cannot either.
  const first = offered[0];
  return first !== undefined && (!draft || keptWith(check, draft, first, vocabulary)) ? first : null;
}

/** Those of the candidates that keep the check once their blanks are filled; none where the check offers none. */
function offeredPhrases(check: Check, suggested: readonly PhraseSource[], vocabulary: Vocabulary, lessonById: LessonById): string[] {
  return check.offer === false ? [] : candidates(check, suggested, lessonById).filter((phrase) => keeps(check, phrase, vocabulary));
}

/** Copies of phrases held in a draft tried for blanks to fill, each a reading of the whole draft: enough for any real one. */
const HELD_TRIED = 3;
/** Blanks left in one held phrase tried one by one for the ones the line needs; past this many, all are named. */
const BLANKS_TRIED = 4;

// The same pattern, to find every copy of a phrase the draft holds (one filled, the next not).
const everyCopy = new Map<string, RegExp>();
function copiesOf(phrase: string, draft: string): IterableIterator<RegExpExecArray> {
  let pattern = everyCopy.get(phrase);
  if (!pattern) everyCopy.set(phrase, (pattern = new RegExp(patternOf(phrase).source, 'gid')));
  return draft.matchAll(pattern);
}

/**
 * The blanks still left in a phrase the check could offer that the draft holds ("[time]" of "I'll update you by
 * [time]", inserted), where filling them mends the broken line: the line names them (a walk found the ✗ kept after an
 * Insert with nothing saying why), those whose filling the check needs ("[date]", not "[where it is now]"). Only the
 * phrase's own blanks as left, never the agent's brackets ("order [#A-1234]"); none where filling would not mend the
 * line (other words break it: "contact the courier"), or the draft holds no such phrase with a blank left.
 */
export function blanksToFill(check: Check, suggested: readonly PhraseSource[], vocabulary: Vocabulary, lessonById: LessonById, draft: string): string[] {
  let tried = 0;
  for (const phrase of offeredPhrases(check, suggested, vocabulary, lessonById)) {
    const names = phrase.match(BLANK) ?? [];
    if (!names.length) continue;
    for (const held of copiesOf(phrase, draft)) {
      const left = names.flatMap((name, k) => (held[k + 1]?.toLowerCase() === name.toLowerCase() ? [k] : []));
      const spans = held.indices;
      if (!spans || !left.length) continue;
      // The draft with the blanks left filled in as the agent would, all but `open`.
      const filled = (open?: number) =>
        left.reduceRight((text, k) => {
          const [start, end] = spans[k + 1] ?? [0, 0];
          return k === open ? text : text.slice(0, start) + filledBlank((names[k] ?? '').slice(1, -1)) + text.slice(end);
        }, draft);
      if (keepsIn(check, filled(), vocabulary)) {
        const needed = left.length > BLANKS_TRIED ? [] : left.filter((k) => !keepsIn(check, filled(k), vocabulary));
        return (needed.length ? needed : left).map((k) => names[k] ?? '');
      }
      if (++tried >= HELD_TRIED) return [];
    }
  }
  return [];
}

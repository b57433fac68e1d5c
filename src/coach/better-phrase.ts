// Which phrase the checklist offers under a broken check: a phrase of a lesson suggested for this ticket (of the
// check's topic) that keeps the check, so what the agent inserts fits the ticket and clears the ✗; else the phrase
// the check names. Pure: the tab and the CLI choose alike.
import { checkReplyWith } from './check';
import { mainTopic, type TopicId } from '../topics';
import type { Vocabulary } from './pattern';
import type { Check } from './schema';

/** A suggested lesson, as much of it as the choice reads. */
export interface PhraseSource {
  id: string;
  topics: readonly TopicId[];
  phrases: readonly string[];
}

// A lesson's blanks, as the lessons write them: "[date]", "[what they lost]".
const BLANK = /\[([^\]\n]{1,60})\]/g;
const ASKS_WHEN = /\b(?:date|day|time|when)\b/i;

/** The phrase as an agent would send it: a blank that asks when filled with a day and time, any other with what it
 * names ("[replacement or refund]" → "replacement or refund"). */
export function filledBlanks(phrase: string): string {
  return phrase.replace(BLANK, (_, name: string) => (ASKS_WHEN.test(name) ? 'Friday at 3pm' : /how long/i.test(name) ? 'three days' : name));
}

// Whether a phrase keeps a check depends on the two alone: worked out once per check and phrase.
const keptBy = new WeakMap<Check, Map<string, boolean>>();

function keeps(check: Check, phrase: string, vocabulary: Vocabulary): boolean {
  let known = keptBy.get(check);
  if (!known) keptBy.set(check, (known = new Map()));
  let kept = known.get(phrase);
  if (kept === undefined) {
    kept = checkReplyWith(vocabulary, filledBlanks(phrase), [check.topic], [check]).every((r) => r.ok);
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
    const source = parts.map((part, i) => (i % 2 ? '[^\\n]{1,80}?' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'))).join('');
    inDraftPattern.set(phrase, (pattern = new RegExp(source, 'i')));
  }
  return pattern;
}

/**
 * The phrase to offer under `check`, broken: the first phrase that keeps it of a suggested lesson of the check's topic,
 * the check's own lesson first (its phrase was chosen by hand) and then the others in the order suggested; else the
 * phrase the check names, from `lessonById` (the lessons in use), if it keeps the check. Null when none would mend it
 * (no one sentence gives steps in order), the check offers none (a blank left unfilled is mended in the draft, not by
 * another template) or its lesson is not in use. A phrase the draft already holds is not offered again: its check is
 * broken by a blank still to fill ("[date]"), and a second Insert would only put it in twice.
 */
export function betterPhrase(check: Check, suggested: readonly PhraseSource[], vocabulary: Vocabulary, lessonById: (id: string) => { phrases: readonly string[] } | undefined, draft = ''): string | null {
  if (check.offer === false) return null;
  const fits = (phrase: string) => keeps(check, phrase, vocabulary) && !(draft && patternOf(phrase).test(draft));
  const own = suggested.filter((lesson) => lesson.id === check.lesson);
  for (const lesson of [...own, ...suggested]) {
    if (mainTopic(lesson) !== check.topic) continue;
    const mine = lesson.id === check.lesson ? lesson.phrases[check.phrase ?? 0] : undefined;
    const phrase = mine !== undefined && fits(mine) ? mine : lesson.phrases.find(fits);
    if (phrase !== undefined) return phrase;
  }
  const named = lessonById(check.lesson)?.phrases[check.phrase ?? 0];
  return named !== undefined && fits(named) ? named : null;
}

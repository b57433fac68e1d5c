// How much one query word counts for each lesson it reaches, by the field its word is in.
import type { CloseWord } from './close-words';
import { SUPPORT, type Index, type Occurrence } from './lesson-index';
import type { LessonField, Match } from './types';

/**
 * A word in the title counts most, then one in the name of the lesson's main topic (the name on its chip and heading:
 * "Empathy" finds the empathy lessons first), then what customers say (cues) and the names of its other topics, then
 * the rest. Topics weighed as much as the title put every lesson that lists "team care" second before those titled
 * "team" (a review found it).
 */
const FIELD_WEIGHT: Record<LessonField, number> = { title: 3, topic: 2.5, cues: 2, topics: 2, phrases: 1, advice: 1, steps: 1 };
/** A word found only through support-words.json counts a little less than the lesson's own word. */
const VIA_WEIGHT = 0.8;

/** For each lesson the term reaches: its best match and that match's weight. */
export function matchTerm(index: Index, term: string, close: readonly CloseWord[]): Map<number, { match: Match; weight: number }> {
  const best = new Map<number, { match: Match; weight: number }>();
  const offer = (occurrence: Occurrence, match: Match, weight: number) => {
    const current = best.get(occurrence.lesson);
    if (!current || weight > current.weight) best.set(occurrence.lesson, { match, weight });
  };
  for (const { word, closeness } of close) {
    for (const o of index.occurrences.get(word) ?? []) offer(o, { term, word, field: o.field }, closeness * FIELD_WEIGHT[o.field]);
    const meanings = index.occurrences.has(word) ? undefined : SUPPORT[word];
    for (const meaning of meanings ?? []) {
      for (const o of index.occurrences.get(meaning) ?? []) offer(o, { term, word: meaning, field: o.field, via: word }, closeness * VIA_WEIGHT * FIELD_WEIGHT[o.field]);
    }
  }
  return best;
}

// What a lesson search gives back: each lesson found, with the words of the query that found it and where.
import type { Lesson } from '../lessons/schema';

/** Where a lesson's word is: `topic`, the name of its main topic; `topics`, of its others. */
export type LessonField = 'title' | 'topic' | 'topics' | 'cues' | 'phrases' | 'advice' | 'steps';

/** Why a lesson matched one word of the query. */
export interface Match {
  /** The word as typed. */
  term: string;
  /** The lesson's own word it matched (differs from `term` for a typo, a longer form or a support word). */
  word: string;
  field: LessonField;
  /** The help-desk word the term was read as, when the lesson does not use it ("pasword" → "password" → "login"). */
  via?: string;
}

export interface SearchResult {
  lesson: Lesson;
  /** One match per query word the lesson has, in query order. */
  why: Match[];
}

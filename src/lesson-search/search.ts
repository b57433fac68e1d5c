// The lesson search of the popup and the options page: each word of the query is looked up among the words the
// lessons use (typos allowed, through fuse.js) and among common help-desk words the lessons do not use
// (support-words.json), so every result can say which word matched where. Pure and synchronous.
import { isFunctionWord } from '../engine/function-words';
import type { Lesson } from '../lessons/schema';
import type { TopicId } from '../topics';
import { TYPO_TERMS_PER_QUERY, closeWords } from './close-words';
import { indexFor } from './lesson-index';
import { matchTerm } from './match-term';
import { queryTerms, tokens } from './query-words';
import { byTopic } from './topic-order';
import type { SearchResult } from './types';
import { saysWordForWord } from './word-for-word';

export { TYPO_TERMS_PER_QUERY } from './close-words';
export { hasSearchWords } from './query-words';
export { groupByTopic } from './topic-order';
export type { LessonField, Match, SearchResult } from './types';

/**
 * Lessons for a query and topic filter. With no query: every lesson (of the chosen topics), ordered by main topic.
 * With a query: the lessons that have every word (typos allowed), best first; when none has them all, those with
 * the most of them. A topic keeps lessons that carry it, main or not; several topics keep lessons with any of them.
 */
export function searchLessons(lessons: readonly Lesson[], query: string, topics: readonly TopicId[] = []): SearchResult[] {
  const wanted = new Set(topics);
  const inTopics = (lesson: Lesson) => wanted.size === 0 || lesson.topics.some((topic) => wanted.has(topic));
  const terms = queryTerms(query);
  if (terms.length === 0) return byTopic(lessons.filter(inTopics)).map((lesson) => ({ lesson, why: [] }));
  const index = indexFor(lessons);
  const typoLookups = { left: TYPO_TERMS_PER_QUERY };
  const close = terms.map((term) => closeWords(index, term, typoLookups));
  const perTerm = terms.map((term, t) => matchTerm(index, term, close[t]!));
  // A word most lessons use tells less than one few do: "angry customer" puts the lessons on anger before the many that
  // merely say "customer" (inverse document frequency over the lessons the word reaches).
  const rarity = perTerm.map((matches) => Math.log(1 + lessons.length / Math.max(1, matches.size)));
  // A word most lessons use ("customer") names no lesson: where no lesson has every word, it brings none in on its own
  // while a rarer word finds some (a walk, 2026-12-05: "angry customr" listed 40 of the 54 lessons).
  // A third of the lessons: a pack's lessons saying "client" had left "customer" in exactly half (a review).
  const common = perTerm.map((matches) => matches.size >= lessons.length / 3);
  const scored = lessons
    .map((lesson, i) => {
      const found = perTerm.map((matches, t) => ({ m: matches.get(i), t, rarity: rarity[t] as number })).filter((f) => f.m !== undefined);
      const telling = found.filter((f) => !common[f.t]).length;
      return { lesson, i, why: found.map((f) => f.m!.match), telling, weight: found.reduce((sum, f) => sum + f.m!.weight * f.rarity, 0) };
    })
    .filter((r) => r.why.length > 0 && inTopics(r.lesson));
  const most = Math.max(0, ...scored.map((r) => r.why.length));
  const mostTelling = Math.max(0, ...scored.map((r) => r.telling));
  // Of those with the most telling words, those with the most words: "customer wants to cancel" keeps the lessons that
  // say "customer" and "cancel", not every one that says "cancel" (a review).
  const mostWith = Math.max(0, ...scored.filter((r) => r.telling === mostTelling).map((r) => r.why.length));
  const byTelling = most < terms.length && mostTelling > 0;
  // A lesson whose cue the query says word for word ("I want my money back") comes first: the words weighed apart put
  // the lessons that use "money" and "back" most widely before the one whose customers say exactly that. A query of
  // one word: a lesson with the term itself (CloseWord.itself) in its title or as a whole cue ("cancle" is the cue
  // "cancel", not a word of "i didn't cancel"). Function words alone ("is the") say nothing word for word.
  const said = tokens(query);
  const spoken = terms.some((term) => !isFunctionWord(term));
  const oneWord = terms.length === 1 && spoken ? (close[0] ?? []).filter((c) => c.itself).map((c) => c.word) : [];
  // A cue or title of several words said whole comes before one word that is a lesson's own: "where is my order" is
  // where-is-it's cue, before a pack's lesson with "order" in its title (a walk, 2026-12-05).
  const verbatim = new Map(
    scored.map((r) => [r.i, !spoken ? 0 : saysWordForWord(index.sayings[r.i] ?? [], said) ? 2 : oneWord.some((word) => index.ownWords[r.i]?.has(word)) ? 1 : 0]),
  );
  return scored
    .filter((r) => (byTelling ? r.telling === mostTelling && r.why.length === mostWith : r.why.length === most))
    .sort((a, b) => verbatim.get(b.i)! - verbatim.get(a.i)! || b.weight - a.weight || a.i - b.i)
    .map(({ lesson, why }) => ({ lesson, why }));
}

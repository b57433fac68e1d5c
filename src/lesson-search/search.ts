// The lesson search of the popup and the options page: each word of the query is looked up among the words the
// lessons use (typos allowed, through fuse.js) and among common help-desk words the lessons do not use
// (support-words.json), so every result can say which word matched where. Pure and synchronous.
import { FUZZY_MAX_LENGTH, FUZZY_MIN_LENGTH, nearestWords } from '../engine/cues/typos';
import { isFunctionWord } from '../engine/function-words';
import type { Lesson } from '../lessons/schema';
import { TOPIC_IDS, mainTopic, topicName, type TopicId } from '../topics';
import supportWords from './support-words.json';
import { formIndex, formsIn, type FormIndex } from '../text/word-forms';

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

/**
 * A word in the title counts most, then one in the name of the lesson's main topic (the name on its chip and heading:
 * "Empathy" finds the empathy lessons first), then what customers say (cues) and the names of its other topics, then
 * the rest. Topics weighed as much as the title put every lesson that lists "team care" second before those titled
 * "team" (a review found it).
 */
const FIELD_WEIGHT: Record<LessonField, number> = { title: 3, topic: 2.5, cues: 2, topics: 2, phrases: 1, advice: 1, steps: 1 };
/** A word found only through support-words.json counts a little less than the lesson's own word. */
const VIA_WEIGHT = 0.8;
/**
 * Typos as the engine reads them, through its nearestWords (src/engine/cues/typos.ts): edits counted with two
 * neighbours swapped as one ("refnud" is one from refund), and only the lesson words fewest edits away ("cancle" is
 * cancel, one, never cancer, two), all of them where several are as close. Query words shorter than FUZZY_MIN_LENGTH match only as the start or an inflection of a lesson's word (one typo in four
 * letters is another word); longer than FUZZY_MAX_LENGTH, they are no word anyone types, and would cost a comparison
 * as long as themselves with every lesson word (a 5,000-letter one froze the popup for seconds).
 * The search allows one edit more than the engine's ticket reading from seven letters ("paswrod" → password): the
 * agent typed the word to find a lesson, and each result says which word it was read as.
 */
function editsAllowed(term: string): number {
  return term.length <= 6 ? 1 : 2;
}

/**
 * Unknown query words read with typos per search, in query order; the rest match as written. Each is compared with
 * every lesson word once, so a pasted page of distinct misspellings costs this many words' worth, not thousands.
 */
export const TYPO_TERMS_PER_QUERY = 12;

/** Letters a lesson word may go on past the term and count as close as a form ("thank" → thanks, "clear" → clearer). */
const SHORT_ENDING = 3;
/** How close a longer word the term only starts counts ("thank" → thanksgiving): found, after the term's own forms. */
const ONLY_ITS_START = 0.5;

interface Occurrence {
  lesson: number;
  field: LessonField;
}

interface Index {
  /** Each lesson word: where it occurs, each lesson and field once. */
  occurrences: Map<string, Occurrence[]>;
  /** The lesson words, then the support words no lesson uses. */
  words: string[];
  /** The same words by their bases (text/word-forms.ts), for other forms of them ("refunding" → refund, refunded). */
  forms: FormIndex;
  /** The same words by their letters without apostrophes ("dont" → don't; "doesn't" → doesnt, where one says so). */
  unapostrophed: ReadonlyMap<string, readonly string[]>;
  /** Each lesson's title and cues of two words or more, as words: what a query may say word for word. */
  sayings: readonly (readonly string[][])[];
  /** Each lesson's title words and one-word cues: what a query of one word may be. */
  ownWords: readonly ReadonlySet<string>[];
}

const SUPPORT: Readonly<Record<string, readonly string[]>> = supportWords.words;

const withoutApostrophes = (word: string) => word.replace(/'/g, '');

function tokens(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/’/g, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter((w) => w.length >= 2);
}

function fieldTexts(lesson: Lesson): [LessonField, readonly string[]][] {
  return [
    ['title', [lesson.title]],
    ['topic', [topicName(mainTopic(lesson))]],
    ['topics', lesson.topics.slice(1).map(topicName)],
    ['cues', lesson.cues],
    ['phrases', lesson.phrases],
    ['advice', [lesson.advice]],
    ['steps', lesson.steps ?? []],
  ];
}

/** One index per lesson list: the list does not change while the popup or the options page shows it. */
const indexes = new WeakMap<readonly Lesson[], Index>();

function indexFor(lessons: readonly Lesson[]): Index {
  let index = indexes.get(lessons);
  if (index) return index;
  const occurrences = new Map<string, Occurrence[]>();
  lessons.forEach((lesson, i) => {
    for (const [field, texts] of fieldTexts(lesson)) {
      for (const word of new Set(texts.flatMap(tokens))) {
        const list = occurrences.get(word) ?? [];
        list.push({ lesson: i, field });
        occurrences.set(word, list);
      }
    }
  });
  const words = [...occurrences.keys(), ...Object.keys(SUPPORT).filter((w) => !occurrences.has(w))];
  const unapostrophed = new Map<string, string[]>();
  for (const word of words) {
    const bare = withoutApostrophes(word);
    unapostrophed.set(bare, [...(unapostrophed.get(bare) ?? []), word]);
  }
  const sayings = lessons.map((lesson) => [lesson.title, ...lesson.cues].map(tokens).filter((words) => words.length >= 2));
  // A cue of one word as written: "i ordered" is no cue "ordered" ("where is my order" found the lesson that says it),
  // nor "pre-ordered", "e-mail" or "booking.com".
  const oneWordCues = (lesson: Lesson) => lesson.cues.filter((cue) => !/[^\p{L}\p{N}']/u.test(cue.trim())).flatMap(tokens);
  const ownWords = lessons.map((lesson) => new Set([...tokens(lesson.title), ...oneWordCues(lesson)]));
  index = { occurrences, words, forms: formIndex(words), unapostrophed, sayings, ownWords };
  indexes.set(lessons, index);
  return index;
}

/** The query's words worth searching: function words ("my", "the") only when there is nothing else. */
function queryTerms(query: string): string[] {
  const all = [...new Set(tokens(query))];
  const meaningful = all.filter((w) => !isFunctionWord(w));
  return meaningful.length > 0 ? meaningful : all;
}

/**
 * Whether the query holds a word to search (two letters or more): "x" or "!!" is read as nothing typed yet, the
 * lessons listed as before typing, where it listed every lesson as "found", ungrouped and with no reason.
 */
export function hasSearchWords(query: string): boolean {
  return queryTerms(query).length > 0;
}

interface CloseWord {
  word: string;
  /** 1 as typed; 0.95 another form of it, a short ending or its apostrophe; ONLY_ITS_START a longer word; below 0.9 a typo. */
  closeness: number;
  /**
   * The term itself: as typed, in another form ("fees", "cancelled"), without its apostrophe ("dmd" for dm'd) or, where
   * no lesson uses it, misspelt ("cancle"); not a longer word it only starts ("fee" is no "feel", "late" no "later").
   */
  itself: boolean;
}

/**
 * The index's words close to `term`, each with how close (1 = as typed). A term the lessons use as it is, or as the
 * start of their words ("refund" → "refunded"), is no typo: it is not also read as a neighbouring word ("reset" is
 * not "restore", "train" not "brain"). Only an unknown term is looked up with typos, while `typoLookups` lasts.
 * Unlike the engine, the search reads a real word with typos too ("shoes" finds "shows", and says so): it has no word
 * list to tell one (the engine's is about 300 KB gzipped, 25 times the popup). Other forms of a lesson's word are read
 * by inflection ("refunding", "canceled", "managers" → refund, cancelled, manager: text/word-forms.ts) before any typo
 * reading.
 */
function closeWords(index: Index, term: string, typoLookups: { left: number }): CloseWord[] {
  // The term's other forms ("refunding" → refund, refunded, no prefix and three edits away; "replies" → reply; "run" →
  // running), and the lesson words the term starts: never also read with typos. A word that goes on more than a short
  // ending past the term, no form of it, counts half ("thank" and thanksgiving): still found, as a word being typed may
  // be its start, but after the term's own forms (before 2026-12-03 "thank you" put a lesson on Thanksgiving first).
  const close = new Map(index.words.filter((w) => w.startsWith(term)).map((word) => [word, word === term ? 1 : word.length - term.length <= SHORT_ENDING ? 0.95 : ONLY_ITS_START]));
  const forms = new Set(formsIn(index.forms, term));
  for (const word of forms) if ((close.get(word) ?? 0) < 0.95) close.set(word, 0.95);
  const known = [...close].map(([word, closeness]) => ({ word, closeness, itself: word === term || forms.has(word) }));
  if (known.length > 0) return known;
  // Typed without the apostrophe the lessons write ("dont", "cant", too short for typos), or with one they leave out:
  // their word, found only where the term is no lesson word itself ("its" stays its, never it's; "well" never we'll).
  const apostrophed = index.unapostrophed.get(withoutApostrophes(term))?.filter((word) => word !== term) ?? [];
  if (apostrophed.length > 0) return apostrophed.map((word) => ({ word, closeness: 0.95, itself: true }));
  // A function word is a word as typed ("hello" is no typo of "hell").
  if (term.length < FUZZY_MIN_LENGTH || term.length > FUZZY_MAX_LENGTH || isFunctionWord(term) || typoLookups.left <= 0) return [];
  typoLookups.left--;
  const { words, edits } = nearestWords(term, index.words, editsAllowed(term), 'all');
  return words.map((word) => ({ word, closeness: 0.9 * (1 - edits / term.length), itself: true }));
}

/** For each lesson the term reaches: its best match and that match's weight. */
function matchTerm(index: Index, term: string, close: readonly CloseWord[]): Map<number, { match: Match; weight: number }> {
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

/** Whether `words` hold `run` as consecutive words. */
function holdsRun(words: readonly string[], run: readonly string[]): boolean {
  for (let i = 0; i + run.length <= words.length; i++) if (run.every((word, j) => words[i + j] === word)) return true;
  return false;
}

/** Whether the query says one of the lesson's cues of two words or more, or its title, word for word, or is a run of two
 * words or more of one. */
function saysWordForWord(sayings: readonly string[][], said: readonly string[]): boolean {
  return sayings.some((words) => holdsRun(said, words) || (said.length >= 2 && holdsRun(words, said)));
}

/** Topic order (TOPICS), then the library's own order: how lessons are listed before anything is typed. */
function byTopic(lessons: readonly Lesson[]): Lesson[] {
  const rank = new Map<TopicId, number>(TOPIC_IDS.map((id, i) => [id, i]));
  return lessons
    .map((lesson, i) => ({ lesson, i }))
    .sort((a, b) => (rank.get(mainTopic(a.lesson)) ?? 99) - (rank.get(mainTopic(b.lesson)) ?? 99) || a.i - b.i)
    .map(({ lesson }) => lesson);
}

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
  const scored = lessons
    .map((lesson, i) => {
      const found = perTerm.map((matches, t) => ({ m: matches.get(i), rarity: rarity[t] as number })).filter((f) => f.m !== undefined);
      return { lesson, i, why: found.map((f) => f.m!.match), weight: found.reduce((sum, f) => sum + f.m!.weight * f.rarity, 0) };
    })
    .filter((r) => r.why.length > 0 && inTopics(r.lesson));
  const most = Math.max(0, ...scored.map((r) => r.why.length));
  // A lesson whose cue the query says word for word ("I want my money back") comes first: the words weighed apart put
  // the lessons that use "money" and "back" most widely before the one whose customers say exactly that. A query of
  // one word: a lesson with the term itself (CloseWord.itself) in its title or as a whole cue ("cancle" is the cue
  // "cancel", not a word of "i didn't cancel"). Function words alone ("is the") say nothing word for word.
  const said = tokens(query);
  const spoken = terms.some((term) => !isFunctionWord(term));
  const oneWord = terms.length === 1 && spoken ? (close[0] ?? []).filter((c) => c.itself).map((c) => c.word) : [];
  const verbatim = new Set(
    scored
      .filter((r) => spoken && (oneWord.some((word) => index.ownWords[r.i]?.has(word)) || saysWordForWord(index.sayings[r.i] ?? [], said)))
      .map((r) => r.i),
  );
  return scored
    .filter((r) => r.why.length === most)
    .sort((a, b) => Number(verbatim.has(b.i)) - Number(verbatim.has(a.i)) || b.weight - a.weight || a.i - b.i)
    .map(({ lesson, why }) => ({ lesson, why }));
}

/** Results in the order given, grouped by main topic (consecutive runs), for headings. */
export function groupByTopic<T extends { lesson: Lesson }>(results: readonly T[]): { topic: TopicId; results: T[] }[] {
  const groups: { topic: TopicId; results: T[] }[] = [];
  for (const result of results) {
    const topic = mainTopic(result.lesson);
    const last = groups[groups.length - 1];
    if (last?.topic === topic) last.results.push(result);
    else groups.push({ topic, results: [result] });
  }
  return groups;
}

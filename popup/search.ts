// The popup's lesson search: typo-tolerant (fuse.js) over title, advice, phrases and cues, filtered by topic chips.
// Pure and synchronous: ~60 lessons search in well under a millisecond, so the popup searches on every keystroke.
import Fuse, { type Expression, type IFuseOptions } from 'fuse.js';
import type { Lesson } from '../src/lessons/schema';
import { TOPIC_IDS, mainTopic, type TopicId } from '../src/topics';

const OPTIONS: IFuseOptions<Lesson> = {
  keys: [
    { name: 'title', weight: 3 },
    { name: 'cues', weight: 2 },
    { name: 'phrases', weight: 1 },
    { name: 'advice', weight: 1 },
  ],
  includeScore: true,
  // A word may sit anywhere in the advice, not just near its start.
  ignoreLocation: true,
  // "refnd", "tranfered" and "cancle" are one or two edits from the word; 0.35 lets them through but not unrelated words.
  threshold: 0.35,
  minMatchCharLength: 2,
};

/** One index per lesson list: the popup's list does not change while it is open. */
const indexes = new WeakMap<readonly Lesson[], Fuse<Lesson>>();

function indexFor(lessons: readonly Lesson[]): Fuse<Lesson> {
  let fuse = indexes.get(lessons);
  if (!fuse) {
    fuse = new Fuse(lessons, OPTIONS);
    indexes.set(lessons, fuse);
  }
  return fuse;
}

/** The query's words; one-letter words (and punctuation) carry no meaning for a fuzzy search. */
function words(query: string): string[] {
  return query
    .toLowerCase()
    .split(/[^\p{L}\p{N}'’-]+/u)
    .map((w) => w.replace(/^['’-]+|['’-]+$/g, ''))
    .filter((w) => w.length >= 2);
}

const anyField = (word: string): Expression => ({ $or: (OPTIONS.keys as { name: string }[]).map((k) => ({ [k.name]: word })) });

/** Topic order (TOPICS), then the library's own order: how the popup lists lessons before anything is typed. */
function byTopic(lessons: readonly Lesson[]): Lesson[] {
  const rank = new Map<TopicId, number>(TOPIC_IDS.map((id, i) => [id, i]));
  return lessons
    .map((lesson, i) => ({ lesson, i }))
    .sort((a, b) => (rank.get(mainTopic(a.lesson)) ?? 99) - (rank.get(mainTopic(b.lesson)) ?? 99) || a.i - b.i)
    .map(({ lesson }) => lesson);
}

/**
 * Lessons for the search box and topic chips. With no query: every lesson (of the chosen topics), ordered by main
 * topic. With a query: the lessons where every word matches some field (typos allowed), best first; when no lesson
 * has all the words, those that have any of them. A chip keeps lessons that carry that topic, main or not; several
 * chips keep lessons with any of them.
 */
export function searchLessons(lessons: readonly Lesson[], query: string, topics: readonly TopicId[] = []): Lesson[] {
  const wanted = new Set(topics);
  const inTopics = (lesson: Lesson) => wanted.size === 0 || lesson.topics.some((topic) => wanted.has(topic));
  const terms = words(query);
  if (terms.length === 0) return byTopic(lessons.filter(inTopics));
  const fuse = indexFor(lessons);
  let hits = fuse.search({ $and: terms.map(anyField) });
  if (hits.length === 0 && terms.length > 1) hits = fuse.search({ $or: terms.map(anyField) });
  // fuse.js favours lessons where a word matches loosely in many fields ("train" ~ "transfer" all over a lesson)
  // over one that has the very word in its title: words found as typed come first, in the title before elsewhere.
  const starts = terms.map((term) => new RegExp(`(?:^|[^\\p{L}\\p{N}])${escapeRegExp(term)}`, 'iu'));
  const found = (text: string) => starts.filter((re) => re.test(text)).length;
  return hits
    .filter((hit) => inTopics(hit.item))
    .map((hit) => ({ lesson: hit.item, score: hit.score ?? 1, inTitle: found(hit.item.title), anywhere: found(searchableText(hit.item)) }))
    .sort((a, b) => b.anywhere - a.anywhere || b.inTitle - a.inTitle || a.score - b.score)
    .map(({ lesson }) => lesson);
}

const texts = new WeakMap<Lesson, string>();

function searchableText(lesson: Lesson): string {
  let text = texts.get(lesson);
  if (text === undefined) {
    text = [lesson.title, lesson.advice, ...lesson.phrases, ...lesson.cues].join('\n');
    texts.set(lesson, text);
  }
  return text;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Lessons in the order given, grouped by main topic (consecutive runs), for the popup's headings. */
export function groupByTopic(lessons: readonly Lesson[]): { topic: TopicId; lessons: Lesson[] }[] {
  const groups: { topic: TopicId; lessons: Lesson[] }[] = [];
  for (const lesson of lessons) {
    const topic = mainTopic(lesson);
    const last = groups[groups.length - 1];
    if (last?.topic === topic) last.lessons.push(lesson);
    else groups.push({ topic, lessons: [lesson] });
  }
  return groups;
}

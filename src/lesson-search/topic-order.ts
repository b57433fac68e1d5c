// Lessons in topic order (before anything is typed) and results grouped by topic (for headings).
import type { Lesson } from '../lessons/schema';
import { TOPIC_IDS, mainTopic, type TopicId } from '../topics';

/** Topic order (TOPICS), then the library's own order: how lessons are listed before anything is typed. */
export function byTopic(lessons: readonly Lesson[]): Lesson[] {
  const rank = new Map<TopicId, number>(TOPIC_IDS.map((id, i) => [id, i]));
  return lessons
    .map((lesson, i) => ({ lesson, i }))
    .sort((a, b) => (rank.get(mainTopic(a.lesson)) ?? 99) - (rank.get(mainTopic(b.lesson)) ?? 99) || a.i - b.i)
    .map(({ lesson }) => lesson);
}

/**
 * Results grouped for headings. Without chosen topics, by main topic (consecutive runs, in the order given). With
 * topic chips chosen, under the chosen topics only, in TOPICS' order: each lesson under the first of its topics that
 * was chosen, those it is the main topic of first (grouped by main topic, "No blame" showed five other topics'
 * headings before its own).
 */
export function groupByTopic<T extends { lesson: Lesson }>(results: readonly T[], chosen: readonly TopicId[] = []): { topic: TopicId; results: T[] }[] {
  if (chosen.length) {
    const byTopic = new Map<TopicId, T[]>(TOPIC_IDS.filter((id) => chosen.includes(id)).map((id) => [id, []]));
    const keyOf = (result: T) => result.lesson.topics.find((topic) => chosen.includes(topic));
    for (const result of results) {
      const key = keyOf(result);
      if (key) byTopic.get(key)?.push(result);
    }
    return [...byTopic]
      .map(([topic, inTopic]) => ({ topic, results: [...inTopic].sort((a, b) => Number(mainTopic(b.lesson) === topic) - Number(mainTopic(a.lesson) === topic)) }))
      .filter((group) => group.results.length > 0);
  }
  const groups: { topic: TopicId; results: T[] }[] = [];
  for (const result of results) {
    const topic = mainTopic(result.lesson);
    const last = groups[groups.length - 1];
    if (last?.topic === topic) last.results.push(result);
    else groups.push({ topic, results: [result] });
  }
  return groups;
}

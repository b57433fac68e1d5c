// Lessons in topic order (before anything is typed) and results grouped by main topic (for headings).
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

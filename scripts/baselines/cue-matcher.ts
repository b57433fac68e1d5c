// The cue matcher Extra Mile used before the topic model, kept only as a baseline for `npm run eval`: lessons ranked
// by their cue evidence alone, pooled over lessons of the same topic, with a second lesson of a topic placed after
// other topics when scores are close.
import { buildCueIndex, type CueIndex } from '../../src/engine/cues/index';
import { matchCues } from '../../src/engine/cues/match';
import type { RealWords } from '../../src/engine/lexicon';
import type { Lesson } from '../../src/lessons/schema';
import { mainTopic } from '../../src/topics';

const POOLING = 0.5;
const SATURATION = 1.2;
const SAME_TOPIC_PENALTY = 0.7;
const MIN_SCORE = 0.35;

export function cueMatcher(lessons: readonly Lesson[], lexicon?: RealWords): (text: string) => Lesson[] {
  const index: CueIndex = buildCueIndex(lessons, lexicon);
  return (text) => {
    const hits = matchCues(index, [{ part: 0, text, weight: 1 }]);
    const raw = new Map<number, number>();
    const byTopic = new Map<string, number>();
    for (const [i, byCue] of hits) {
      const sum = [...byCue.values()].reduce((s, h) => s + h.value, 0);
      raw.set(i, sum);
      const topic = mainTopic(lessons[i] as Lesson);
      byTopic.set(topic, (byTopic.get(topic) ?? 0) + sum);
    }
    const scored = [...raw].map(([i, own]) => {
      const lesson = lessons[i] as Lesson;
      const pooled = own + POOLING * ((byTopic.get(mainTopic(lesson)) ?? 0) - own);
      return { lesson, score: 1 - Math.exp(-pooled / SATURATION) };
    });
    const kept = scored.filter((s) => s.score >= MIN_SCORE).sort((a, b) => b.score - a.score || a.lesson.id.localeCompare(b.lesson.id));
    const seen = new Map<string, number>();
    return kept
      .map((s, position) => {
        const topic = mainTopic(s.lesson);
        const count = seen.get(topic) ?? 0;
        seen.set(topic, count + 1);
        return { s, position, key: s.score * SAME_TOPIC_PENALTY ** count };
      })
      .sort((a, b) => b.key - a.key || a.position - b.position)
      .slice(0, 5)
      .map((k) => k.s.lesson);
  };
}

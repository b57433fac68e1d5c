// Within a topic the model chose, which lesson fits best: the one whose cues the ticket names most strongly, else the
// topic's first lesson in the library (the general one). Feedback weighs each lesson; 0 hides it.
import type { Lesson } from '../lessons/schema';
import { mainTopic } from '../topics';
import type { CueHits, Hit } from './cues/match';

export interface LessonChoice {
  lesson: Lesson;
  hits: Hit[];
  /** Sum of the cue evidence, times feedback. */
  cueScore: number;
  weight: number;
}

/** Every lesson the agent may be shown (not excluded, feedback weight above 0), with its cue evidence, in library order. */
export function weighLessons(lessons: readonly Lesson[], hits: CueHits, weights: Readonly<Record<string, number>>, exclude: ReadonlySet<string>): LessonChoice[] {
  const out: LessonChoice[] = [];
  lessons.forEach((lesson, i) => {
    if (exclude.has(lesson.id)) return;
    const weight = Math.max(0, Math.min(3, weights[lesson.id] ?? 1));
    if (weight === 0) return;
    const found = [...(hits.get(i)?.values() ?? [])].sort((a, b) => b.value - a.value);
    const cueScore = weight * found.reduce((sum, h) => sum + h.value, 0);
    out.push({ lesson, hits: found, cueScore, weight });
  });
  return out;
}

/** The lessons of one main topic, strongest cues first. */
export function lessonsForTopic(topic: string, choices: readonly LessonChoice[]): LessonChoice[] {
  // Stable: equal cue scores keep the library's order, so the general lesson of a topic comes first.
  return choices.filter((c) => mainTopic(c.lesson) === topic).sort((a, b) => b.cueScore - a.cueScore);
}

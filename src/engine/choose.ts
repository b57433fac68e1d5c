// Within a topic the model chose, which lesson fits best: the one whose cues the ticket names most strongly, else,
// when no cue of the topic's lessons is in the ticket, the one whose cues are nearest the ticket's words in meaning
// (lesson-likeness.ts). Feedback weighs each lesson (from 0.3, settings/feedback.ts); a weight of 0, which feedback never
// gives, leaves it out.
import type { Lesson } from '../lessons/schema';
import { mainTopic } from '../topics';
import type { CueHits, Hit } from './cues/match';
import { CUE_WEIGHT } from './cues/weights';

export interface LessonChoice {
  lesson: Lesson;
  hits: Hit[];
  /** Sum of the cue evidence, times feedback. */
  cueScore: number;
  weight: number;
}

/** Every lesson not weighed to 0, with its cue evidence, in library order. */
export function weighLessons(lessons: readonly Lesson[], hits: CueHits, weights: Readonly<Record<string, number>>): LessonChoice[] {
  const out: LessonChoice[] = [];
  lessons.forEach((lesson, i) => {
    // Own keys only: a pack lesson may be named "constructor", which every object inherits.
    const weight = Math.max(0, Math.min(3, (Object.hasOwn(weights, lesson.id) ? weights[lesson.id] : undefined) ?? 1));
    if (weight === 0) return;
    const found = [...(hits.get(i)?.values() ?? [])].sort((a, b) => b.value - a.value);
    const cueScore = weight * found.reduce((sum, h) => sum + h.value, 0);
    out.push({ lesson, hits: found, cueScore, weight });
  });
  return out;
}

/**
 * The lessons of one main topic: those with a cue of their own list strong enough to show first, strongest cues
 * first; where none of them has one, nearest the ticket first by `likeness` (from -1 to 1), times feedback. Words of a
 * lesson's own text (as written or misspelt) never decide alone, however few lessons use them: "email", "photo",
 * "requests" chose worse than meaning did (on 88 changed suggestions of natural-bulk and written-tickets a blind judge
 * preferred meaning's lesson 40 times, the word's 22, 26 even; 2026-12-04). They still order the lessons a cue names.
 */
export function lessonsForTopic(topic: string, choices: readonly LessonChoice[], likeness?: (lesson: Lesson) => number): LessonChoice[] {
  // Stable: equal scores keep the library's order, so the general lesson of a topic comes first.
  const mine = choices.filter((c) => mainTopic(c.lesson) === topic).sort((a, b) => b.cueScore - a.cueScore);
  const shows = (c: LessonChoice) => c.hits.some((h) => !h.lessonText && isShown(h));
  if (mine.some(shows)) return [...mine.filter(shows), ...mine.filter((c) => !shows(c))];
  if (!likeness || mine.length < 2) return mine;
  const near = new Map(mine.map((c) => [c, c.weight * (1 + likeness(c.lesson))]));
  return mine.sort((a, b) => (near.get(b) as number) - (near.get(a) as number));
}

/** Evidence too faint to explain (a lesson's own word that many lessons share, a negated one-word cue) still helps
 * choose among lessons a cue names, but is not shown: under half the weight of the rarest lesson word. */
export function isShown(hit: Hit): boolean {
  return hit.kind === 'tone' || hit.value >= CUE_WEIGHT.lessonText * 0.5;
}

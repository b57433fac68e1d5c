// How well the engine chooses the lesson within a topic where no cue speaks, against people's choices:
// tests/relevance/lesson-choice.jsonl holds suggestions of our own text (natural-bulk.jsonl, written-tickets.jsonl and
// the corpus's held-out split) that no cue of the lesson explained, each with the lesson of its topic that one or two
// labellers chose from the topic's lessons alone. The "choose" set chose the rule (lesson-likeness.ts) among four; the
// "confirm" set was labelled apart, before the rule was written, and only measured after.
import { matchCues } from '../src/engine/cues/match';
import { lessonsForTopic, weighLessons } from '../src/engine/choose';
import { suggest, type Engine } from '../src/engine/index';
import { readJsonl } from './corpus';

export interface LessonLabel {
  best: string;
  /** Lessons about as good. */
  also: string[];
  /** none: no lesson of the topic really applies (a ticket read under a topic it does not call for). */
  fit: 'good' | 'weak' | 'none';
}

export interface LessonChoiceCase {
  id: string;
  /** lesson-choice.jsonl: 'choose' or 'confirm'; lesson-choice-promise.jsonl: the half, 'a' or 'b'. */
  set: 'choose' | 'confirm' | 'a' | 'b';
  topic: string;
  text: string;
  labels: LessonLabel[];
}

export interface LessonChoiceFigures {
  /** Labels counted: each labeller's, where a lesson applies. */
  labels: number;
  /** Share of those the engine's lesson agrees with (the labeller's best or one about as good). */
  engine: number;
  /** The same for the topic's lesson with the strongest cues, faint ones included, else its first (the rule before). */
  strongestCue: number;
  /** Cases whose topic the engine no longer suggests (left out of both shares). */
  notSuggested: number;
}

export function readLessonChoice(path: string): LessonChoiceCase[] {
  return readJsonl<LessonChoiceCase>(path);
}

const agrees = (lesson: string | undefined, label: LessonLabel) => lesson === label.best || (lesson !== undefined && label.also.includes(lesson));

export function lessonChoiceFigures(engine: Engine, cases: readonly LessonChoiceCase[]): LessonChoiceFigures {
  let labels = 0;
  let byEngine = 0;
  let byCue = 0;
  let notSuggested = 0;
  for (const c of cases) {
    const chosen = suggest(c.text, engine).find((s) => s.lesson.topics[0] === c.topic)?.lesson.id;
    if (!chosen) {
      notSuggested++;
      continue;
    }
    const hits = matchCues(engine.cues, [{ part: 0, text: c.text, weight: 1 }]);
    const strongest = lessonsForTopic(c.topic, weighLessons(engine.lessons, hits, {}))[0]?.lesson.id;
    for (const label of c.labels) {
      if (label.fit === 'none') continue;
      labels++;
      if (agrees(chosen, label)) byEngine++;
      if (agrees(strongest, label)) byCue++;
    }
  }
  return { labels, engine: byEngine / Math.max(1, labels), strongestCue: byCue / Math.max(1, labels), notSuggested };
}

/** How often two labellers of the same case agree (either's best is the other's best or about as good). */
export function labellerAgreement(cases: readonly LessonChoiceCase[]): { pairs: number; agree: number } {
  const twice = cases.filter((c) => c.labels.length >= 2);
  const agree = twice.filter(({ labels: [a, b] }) => a && b && (agrees(a.best, b) || agrees(b.best, a))).length;
  return { pairs: twice.length, agree: agree / Math.max(1, twice.length) };
}

// The lesson within a topic: the one whose cues the ticket names, else, where no cue of the topic's lessons speaks,
// the one whose cues are nearest the ticket's words in meaning. Checked against people's choices on our own text.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lessonsForTopic, weighLessons } from '../src/engine/choose';
import { matchCues, type CueHits, type Hit } from '../src/engine/cues/match';
import { CUE_WEIGHT } from '../src/engine/cues/weights';
import { likeness } from '../src/engine/lesson-likeness';
import { analyse } from '../src/engine/index';
import { BUILTIN_LESSONS, type Lesson } from '../src/lessons/index';
import { lessonChoiceFigures, readLessonChoice } from '../training/lesson-choice';
import { ENGINE } from './support/engine';

const choicesFor = (text: string, weights: Record<string, number> = {}) => weighLessons(BUILTIN_LESSONS, matchCues(ENGINE.cues, [{ part: 0, text, weight: 1 }]), weights);
const preferring = (id: string) => (lesson: Lesson) => (lesson.id === id ? 0.9 : 0.1);

describe('the lesson within a topic', () => {
  it('is the one a cue names, whatever its likeness', () => {
    const text = 'My new lamp arrived broken, the glass shade shattered in the post.';
    const byCues = lessonsForTopic('keep-the-promise', choicesFor(text));
    expect(byCues[0]?.lesson.id).toBe('damaged-on-arrival');
    expect(lessonsForTopic('keep-the-promise', choicesFor(text), preferring('faulty-from-new'))[0]?.lesson.id).toBe('damaged-on-arrival');
  });

  // A review found a lesson with only faint evidence (words of its advice) put before a sibling whose cue is shown.
  it('is one whose cue is shown before one with more faint evidence, whatever their likeness', () => {
    const hit = (cue: string, value: number): Hit => ({ cue, text: cue, part: 0, start: 0, end: cue.length, kind: 'exact', context: 'plain', value });
    const faint = CUE_WEIGHT.lessonText * 0.45;
    const hits: CueHits = new Map([
      [BUILTIN_LESSONS.findIndex((l) => l.id === 'damaged-on-arrival'), new Map(['a', 'b', 'c'].map((w) => [w, hit(w, faint)]))],
      [BUILTIN_LESSONS.findIndex((l) => l.id === 'faulty-from-new'), new Map([['stopped working', hit('stopped working', CUE_WEIGHT.lessonText * 0.5)]])],
    ]);
    const ranked = lessonsForTopic('keep-the-promise', weighLessons(BUILTIN_LESSONS, hits, {}), preferring('damaged-on-arrival'));
    expect(ranked[0]?.cueScore).toBeLessThan(ranked[1]?.cueScore ?? 0);
    expect(ranked.map((c) => c.lesson.id).slice(0, 2)).toEqual(['faulty-from-new', 'damaged-on-arrival']);
  });

  // Helpers' tickets had a lesson chosen by one word of its own text: "email", "photo", "active" (as "activate"),
  // "requests". A blind judge preferred meaning's choice on 40 of the 62 changed suggestions it did not call even
  // (README, "The lesson within its topic").
  it("is the nearest in meaning where only words of the lessons' own text speak, however few lessons use them", () => {
    // As the matcher gives them: a word of a lesson's own text as written, or misspelt, and a cue of a lesson's list.
    const hit = (cue: string, kind: Hit['kind'], value: number): Hit => ({ cue, text: cue, part: 0, start: 0, end: cue.length, kind, context: 'plain', value, ...(kind !== 'exact' ? { lessonText: true as const } : {}) });
    const lessonOf = (id: string) => BUILTIN_LESSONS.findIndex((l) => l.id === id);
    const first = (hits: CueHits) => lessonsForTopic('keep-the-promise', weighLessons(BUILTIN_LESSONS, hits, {}), preferring('paid-but-not-delivered'))[0]?.lesson.id;
    const written: CueHits = new Map([[lessonOf('damaged-on-arrival'), new Map([['photo', hit('photo', 'lesson', CUE_WEIGHT.lessonText)]])]]);
    expect(first(written)).toBe('paid-but-not-delivered');
    // Nor a typo of such a word (a review: "deivery" picked its lesson where "delivery" did not).
    expect(first(new Map([[lessonOf('damaged-on-arrival'), new Map([['photo', hit('phto', 'fuzzy', CUE_WEIGHT.lessonText)]])]]))).toBe('paid-but-not-delivered');
    const typed = (text: string) => analyse(text, ENGINE).suggestions.find((s) => s.lesson.topics[0] === 'keep-the-promise')?.lesson.id;
    expect(typed('I was told the deivery would come Tuesday and nothing')).toBe(typed('I was told the delivery would come Tuesday and nothing'));
    // Beside a cue of the lesson's own list, the order is the cues' as before.
    expect(first(new Map([...written, [lessonOf('faulty-from-new'), new Map([['stopped working', hit('stopped working', 'exact', 1)]])]]))).toBe('faulty-from-new');
  });

  it('is the nearest in meaning where no cue of the topic speaks, and feedback still weighs it', () => {
    const text = 'The parcel never arrived';
    expect(lessonsForTopic('keep-the-promise', choicesFor(text), preferring('faulty-from-new'))[0]?.lesson.id).toBe('faulty-from-new');
    const even = () => 0.5;
    expect(lessonsForTopic('keep-the-promise', choicesFor(text, { 'not-as-described': 3 }), even)[0]?.lesson.id).toBe('not-as-described');
  });

  // A pack lesson named "constructor": with no feedback it weighs 1, not the Object function every object inherits.
  it('weighs a lesson whose id is a name every object inherits as any other', () => {
    const lesson = { ...BUILTIN_LESSONS.find((l) => l.id === 'damaged-on-arrival')!, id: 'constructor' };
    const [choice] = weighLessons([lesson], matchCues(ENGINE.cues, [{ part: 0, text: 'It arrived broken.', weight: 1 }]), {});
    expect(choice?.weight).toBe(1);
    expect(weighLessons([lesson], new Map(), { constructor: 0.5 })[0]?.weight).toBe(0.5);
  });

  it('is chosen by the engine with the ticket’s own mean vector and the lessons’ cue vectors', () => {
    const text = 'The parcel never arrived';
    const { suggestions } = analyse(text, ENGINE);
    const shown = suggestions.find((s) => s.lesson.topics[0] === 'keep-the-promise');
    const mean = ENGINE.model.features(text).meanVector ?? null;
    const nearest = BUILTIN_LESSONS.filter((l) => l.topics[0] === 'keep-the-promise')
      .map((l) => [l.id, likeness(mean, ENGINE.lessonVectors.get(l.id))] as const)
      .sort((a, b) => b[1] - a[1])[0]?.[0];
    expect(shown?.lesson.id).toBe(nearest);
    // Not the topic's first lesson ("Arrived damaged"), which it was before, for a parcel that never came.
    expect(nearest).not.toBe('damaged-on-arrival');
  });

  // tests/relevance/lesson-choice.jsonl: 412 suggestions of our own text that no cue explained, each with the lesson
  // people chose. Measured 2026-12-02: 0.54 and 0.58 (the strongest cues, else the topic's first: 0.40 and 0.42);
  // 2026-12-04, once words of a lesson's own text no longer chose alone: 0.56 and 0.58.
  const cases = readLessonChoice(resolve(__dirname, 'relevance/lesson-choice.jsonl'));
  it.each(['choose', 'confirm'] as const)('agrees with the labellers of the %s set at least half the time where a lesson applies', (set) => {
    const figures = lessonChoiceFigures(ENGINE, cases.filter((c) => c.set === set));
    expect(figures.labels).toBeGreaterThan(100);
    expect(figures.engine).toBeGreaterThanOrEqual(0.5);
    expect(figures.engine).toBeGreaterThan(figures.strongestCue);
  });

  // tests/relevance/lesson-choice-promise.jsonl: natural-bulk's 346 keep-the-promise messages, cues and all, each with
  // the lesson of the five a helper chose (two helpers, one half each). Measured 2026-12-05 through the CLI: 0.77 and
  // 0.84; with the money words taken off paid-but-not-delivered's cues, 0.74 and 0.78.
  const promise = readLessonChoice(resolve(__dirname, 'relevance/lesson-choice-promise.jsonl'));
  it.each(['a', 'b'] as const)('chooses the keep-the-promise lesson a labeller chose, cues and all, three times in four (half %s)', (set) => {
    const figures = lessonChoiceFigures(ENGINE, promise.filter((c) => c.set === set));
    expect(figures.labels).toBeGreaterThan(150);
    expect(figures.notSuggested).toBeLessThan(5);
    expect(figures.engine).toBeGreaterThanOrEqual(0.75);
  });
});

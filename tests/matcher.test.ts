// How the matcher reads text: typos, negation, quotes, tone, offsets, limits and weights.
// The lessons here are small on purpose, so each test shows one mechanism; the real library is tested in lessons.test.ts.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { LessonSchema, type Lesson } from '../src/lessons/schema';
import { buildIndex, rank, rankInSlices } from '../src/matcher/index';
import { BUILTIN_LESSONS } from '../src/lessons/index';

function lesson(id: string, topic: Lesson['topics'][number], cues: string[], signals?: Lesson['signals']): Lesson {
  return v.parse(LessonSchema, {
    id,
    title: `Lesson ${id}`,
    topics: [topic],
    advice: 'Do the thing this lesson is about, carefully and kindly.',
    phrases: ['A phrase to say.', 'Another phrase to say.'],
    cues,
    ...(signals ? { signals } : {}),
    source: { article: 'test', quote: 'a short quote' },
  });
}

const LESSONS = [
  lesson('refund', 'keep-the-promise', ['refund', 'money back', 'broken', 'damaged']),
  lesson('delivery', 'keep-informed', ['never received', 'still waiting', 'where is my order', 'no reply']),
  lesson('transfer', 'ownership', ['transferred', 'nobody can help', 'supervisor']),
  lesson('cancel', 'win-them-back', ['cancel', 'switch to', 'never again']),
  lesson('calm', 'stay-calm', ['ridiculous', 'incompetent'], ['shouting', 'exclamation']),
];
const ids = (text: string, options = {}) => rank(text, LESSONS, options).map((s) => s.lesson.id);

describe('rank()', () => {
  it('finds cues through typos with fuse.js and says so', () => {
    for (const [typo, id] of [
      ['I never recieved it', 'delivery'],
      ['I want a refnd now', 'refund'],
      ['I was tranfered to another team', 'transfer'],
      ['please cancle my plan', 'cancel'],
    ] as const) {
      const [top] = rank(typo, LESSONS);
      expect(top?.lesson.id, typo).toBe(id);
      expect(top?.evidence[0]?.kind, typo).toBe('fuzzy');
    }
  });

  it('does not mistake other words for cues', () => {
    // "there" is not "where", "late" is not "latest", "charged" is not "changed".
    expect(ids('Thanks, all good there. The weather is lovely and I updated my details.')).toEqual([]);
  });

  it('reports where each cue matched, in the ticket’s own words', () => {
    const text = 'Hello.\nThe lamp arrived DAMAGED and I want my money back.';
    const [top] = rank(text, LESSONS);
    expect(top?.lesson.id).toBe('refund');
    const cues = Object.fromEntries(top!.evidence.map((e) => [e.cue, e]));
    expect(text.slice(cues['damaged']!.start, cues['damaged']!.end)).toBe('DAMAGED');
    expect(cues['money back']!.text).toBe('money back');
    expect(cues['money back']!.part).toBe(0);
  });

  it('counts a negated cue far less than the same cue said plainly', () => {
    const plain = rank('The box is broken.', LESSONS, { minScore: 0 })[0]!;
    const negated = rank('The box is not broken, thanks.', LESSONS, { minScore: 0 })[0]!;
    expect(negated.evidence[0]?.context).toBe('negated');
    expect(negated.score).toBeLessThan(plain.score / 3);
    expect(ids('The box is not broken, thanks.')).toEqual([]);
    // A negation does not reach past its clause.
    expect(rank("It's not new, but it is broken", LESSONS)[0]?.evidence[0]?.context).toBe('plain');
  });

  it('counts quoted text less than the customer’s own words', () => {
    const plain = rank('I want a refund.', LESSONS, { minScore: 0 })[0]!;
    const quoted = rank('You wrote:\n> I want a refund.', LESSONS, { minScore: 0 })[0]!;
    expect(quoted.evidence[0]?.context).toBe('quoted');
    expect(quoted.score).toBeLessThan(plain.score);
  });

  it('hears shouting and exclamation marks as a call for calm', () => {
    const [top] = rank('WHY IS NOBODY ANSWERING MY CALLS', LESSONS);
    expect(top?.lesson.id).toBe('calm');
    expect(top?.evidence.map((e) => e.cue)).toContain('shouting');
    expect(rank('Where is it!!!', LESSONS).map((s) => s.lesson.id)).toContain('calm');
    // Acronyms are not shouting.
    expect(ids('My TV shows NBC and ABC fine.')).toEqual([]);
  });

  it('weighs the newest message more than older ones and reports which message', () => {
    const older = rank({ messages: ['I want a refund.', 'Thanks, sorted.'] }, LESSONS, { minScore: 0 })[0]!;
    const newest = rank({ messages: ['Thanks.', 'I want a refund.'] }, LESSONS, { minScore: 0 })[0]!;
    expect(newest.score).toBeGreaterThan(older.score);
    expect(newest.evidence[0]?.part).toBe(1);
    const subject = rank({ subject: 'Refund', messages: ['See subject.'] }, LESSONS)[0]!;
    expect(subject.evidence[0]?.part).toBe('subject');
  });

  it('gives scores in [0, 1], best first, within the limit', () => {
    const text = 'I was transferred 3 times, nobody can help, still waiting, the item is broken and I will cancel. Ridiculous!!!';
    const all = rank(text, LESSONS, { limit: 10 });
    expect(all.length).toBe(5);
    for (const s of all) expect(s.score).toBeGreaterThan(0), expect(s.score).toBeLessThanOrEqual(1);
    expect(rank(text, LESSONS, { limit: 2 })).toHaveLength(2);
    expect(rank(text, LESSONS)).toHaveLength(5);
  });

  it('applies per-lesson weights and exclusions without changing the lessons', () => {
    const text = 'I want my money back, or I will cancel.';
    const base = rank(text, LESSONS);
    expect(base.map((s) => s.lesson.id)).toEqual(['refund', 'cancel']);
    expect(ids(text, { weights: { cancel: 2 } })[0]).toBe('cancel');
    expect(ids(text, { weights: { refund: 0 } })).toEqual(['cancel']);
    expect(ids(text, { exclude: new Set(['refund']) })).toEqual(['cancel']);
  });

  it('reads long tickets in pieces without losing or misplacing a cue', () => {
    const filler = 'The weather was fine and the team met today. '.repeat(600);
    for (const at of [0, 8100, 8180, 8192, 16300, filler.length]) {
      const text = `${filler.slice(0, at)}\nI was transferred to nobody can help land.\n${filler.slice(at)}`;
      const top = rank(text, LESSONS)[0];
      expect(top?.lesson.id, `cue at ${at}`).toBe('transfer');
      for (const e of top!.evidence) expect(text.slice(e.start, e.end), `cue at ${at}`).toBe(e.text);
      expect(top!.evidence.map((e) => e.cue).sort()).toEqual(['nobody can help', 'transferred']);
    }
  });

  it('ranks in slices with the same result, pausing between chunks of a long ticket', async () => {
    const text = 'The weather was fine and the team met today. '.repeat(2000) + 'I was transferred and nobody can help.';
    let pauses = 0;
    const sliced = await rankInSlices(text, LESSONS, {}, 0, async () => void pauses++);
    expect(sliced).toEqual(rank(text, LESSONS));
    expect(pauses).toBeGreaterThanOrEqual(Math.floor(text.length / 8192));
    expect(await rankInSlices('refund please', LESSONS)).toEqual(rank('refund please', LESSONS));
  });

  it('lets feedback weights in the range agents produce lower a lesson, sibling evidence included', () => {
    // Two lessons of one topic: each one's score also draws on the other's evidence.
    const siblings = [lesson('first', 'keep-informed', ['still waiting']), lesson('second', 'keep-informed', ['no reply'])];
    const text = 'Still waiting, and no reply to my emails.';
    const plain = rank(text, siblings, { minScore: 0 }).find((s) => s.lesson.id === 'first')!;
    const dismissed = rank(text, siblings, { minScore: 0, weights: { first: 0.3 } }).find((s) => s.lesson.id === 'first')!;
    // The whole pooled evidence is weighed: score = 1 - exp(-0.3 * e) where plain = 1 - exp(-e).
    expect(dismissed.score).toBeCloseTo(1 - (1 - plain.score) ** 0.3, 2);
    expect(rank(text, siblings, { weights: { first: 0.3 } }).map((s) => s.lesson.id)).toEqual(['second', 'first']);
    expect(rank(text, siblings).map((s) => s.lesson.id)).toEqual(['first', 'second']);
  });

  it('reuses one index for the same lessons array', () => {
    const index = buildIndex(LESSONS);
    expect(rank('refund please', index)[0]?.lesson.id).toBe('refund');
    expect(index.wordCache.size).toBeGreaterThan(0);
  });

  it('returns nothing for text with nothing relevant, in the real library too', () => {
    expect(rank('Hi team, just a note to say the new office plants look great.', BUILTIN_LESSONS).length).toBeLessThanOrEqual(1);
    expect(rank('', BUILTIN_LESSONS)).toEqual([]);
  });
});

// The cues' say in the topic ranking: they raise the likely topics whose lessons they name, keep the model's mass and
// `none`, leave out lessons the agent hid, and never bring up a topic under the relative cut.
import { describe, expect, it } from 'vitest';
import { weighLessons } from '../src/engine/choose';
import { boostByCues } from '../src/engine/cue-boost';
import type { CueHits, Hit } from '../src/engine/cues/match';
import { analyse } from '../src/engine/index';
import { NONE, type TopicScore } from '../src/engine/model';
import { CUE_BOOST, RELATIVE_CUT } from '../src/engine/suggest';
import { BUILTIN_LESSONS } from '../src/lessons/index';
import { ENGINE } from './support/engine';

const lessonIndex = (id: string) => BUILTIN_LESSONS.findIndex((l) => l.id === id);
const hit = (cue: string, value: number): Hit => ({ cue, text: cue, part: 0, start: 0, end: cue.length, kind: 'exact', context: 'plain', value });
const hitsOn = (...found: Array<[string, number]>): CueHits => new Map(found.map(([id, value]) => [lessonIndex(id), new Map([['a cue', hit('a cue', value)]])]));
const choices = (hits: CueHits, weights: Record<string, number> = {}) => weighLessons(BUILTIN_LESSONS, hits, weights);
const probability = (topics: TopicScore[], topic: string) => topics.find((t) => t.topic === topic)?.probability ?? 0;
const mass = (topics: TopicScore[]) => topics.filter((t) => t.topic !== NONE).reduce((sum, t) => sum + t.probability, 0);
const model: TopicScore[] = [
  { topic: 'keep-the-promise', probability: 0.5 },
  { topic: 'keep-informed', probability: 0.3 },
  { topic: 'stay-calm', probability: 0.1 },
  { topic: NONE, probability: 0.05 },
  // Just under the cut (0.05 × 0.5 = 0.025): e^boost would lift it past, were it boosted.
  { topic: 'no-blame', probability: 0.02 },
];

describe('boostByCues', () => {
  it('puts first a likely topic whose lessons the cues name, keeping the ticket topics’ mass and none’s probability', () => {
    const boosted = boostByCues(model, choices(hitsOn(['where-is-it', 1.5])), 2, RELATIVE_CUT);
    expect(boosted[0]?.topic).toBe('keep-informed');
    expect(probability(boosted, NONE)).toBe(0.05);
    expect(mass(boosted)).toBeCloseTo(mass(model), 12);
    // Topics the cues do not name keep their order and their ratio.
    expect(probability(boosted, 'keep-the-promise') / probability(boosted, 'stay-calm')).toBeCloseTo(5, 12);
  });

  it('never lifts a topic under the relative cut past it, however strongly the cues name it', () => {
    for (const boost of [CUE_BOOST, 3, 10]) {
      const boosted = boostByCues(model, choices(hitsOn(['one-team-one-answer', 5])), boost, RELATIVE_CUT);
      expect(probability(boosted, 'no-blame'), `boost ${boost}`).toBeLessThan(RELATIVE_CUT * (boosted[0]?.probability ?? 0));
    }
  });

  it('leaves out lessons weighed to 0, and weighs the rest by feedback', () => {
    const hits = hitsOn(['where-is-it', 1], ['damaged-on-arrival', 1]);
    expect(boostByCues(model, choices(hits, { 'where-is-it': 0, 'damaged-on-arrival': 0 }), 2, RELATIVE_CUT)).toEqual(model);
    // Same evidence on both topics: the model's order stays, until feedback weighs one lesson up.
    expect(boostByCues(model, choices(hits), 2, RELATIVE_CUT)[0]?.topic).toBe('keep-the-promise');
    expect(boostByCues(model, choices(hits, { 'where-is-it': 3 }), 2, RELATIVE_CUT)[0]?.topic).toBe('keep-informed');
  });

  it('leaves the model’s ranking as it is at 0, with no cue found, and for a boost that is not a number', () => {
    const hits = choices(hitsOn(['where-is-it', 1.5]));
    expect(boostByCues(model, hits, 0, RELATIVE_CUT)).toEqual(model);
    expect(boostByCues(model, hits, Number.NaN, RELATIVE_CUT)).toEqual(model);
    expect(boostByCues(model, choices(new Map()), 2, RELATIVE_CUT)).toEqual(model);
    const huge = boostByCues(model, hits, 1e6, RELATIVE_CUT);
    expect(huge.every((t) => Number.isFinite(t.probability))).toBe(true);
    expect(mass(huge)).toBeCloseTo(mass(model), 12);
  });

  it('is applied by the engine: the topic the cues name gains on the real model and library', () => {
    const ticket = 'the 7:40 train is late again, you could set your clock by it';
    const alone = analyse(ticket, ENGINE, { cueBoost: 0 }).topics;
    const withCues = analyse(ticket, ENGINE).topics;
    expect(CUE_BOOST).toBeGreaterThan(0);
    expect(alone).toEqual(ENGINE.model.predict(ENGINE.model.features(ticket, true)));
    expect(probability(withCues, 'prevent-repeats')).toBeGreaterThan(probability(alone, 'prevent-repeats') + 0.05);
    // Every lesson weighed to 0 takes the cues' say away; marking the lessons whose cues spoke Not relevant on this
    // ticket does not: the ticket still says what it says.
    const spoke = analyse(ticket, ENGINE, { limit: 10 }).suggestions.filter((s) => s.evidence.some((e) => e.kind === 'exact' || e.kind === 'fuzzy' || e.kind === 'lesson')).map((s) => s.lesson.id);
    expect(spoke.length).toBeGreaterThan(0);
    const hidden = analyse(ticket, ENGINE, { weights: Object.fromEntries(BUILTIN_LESSONS.map((l) => [l.id, 0])) }).topics;
    expect(hidden).toEqual(alone);
    expect(analyse(ticket, ENGINE, { exclude: new Set(spoke) }).topics).toEqual(withCues);
  });
});

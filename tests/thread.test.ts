// In a thread the latest message counts beside the whole (src/engine/thread.ts): a customer who turns to leaving in a
// reply gets the lessons for that, where a thread read as one text kept showing only its first message's need.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse, suggest } from '../src/engine/index';
import type { TopicScore } from '../src/engine/model';
import { LATEST_CHARS, ledByLatest, readLatest, withLatest } from '../src/engine/thread';
import { readThreads, threadFigures } from '../training/threads';
import { ENGINE } from './support/engine';

const first = "Hi, my order 10482 was due on Monday and it still hasn't arrived. Can you tell me where it is? Thanks, Dana";
const turned = "This is RIDICULOUS. Third time I've written and NOBODY answers. I want my money back and I'm done with you people, cancelling my account today.";
const thread = { subject: 'Order 10482 not arrived', messages: [first, turned] };
const mainTopics = (ticket: typeof thread, latestShare?: number) => suggest(ticket, ENGINE, latestShare === undefined ? {} : { latestShare }).map((s) => s.lesson.topics[0]);
const topicsOf = (ticket: typeof thread, latestShare?: number) => analyse(ticket, ENGINE, latestShare === undefined ? {} : { latestShare }).topics;

describe('the latest message of a thread', () => {
  it('brings its own need among the first three, beside the thread’s', () => {
    const top = mainTopics(thread).slice(0, 3);
    expect(top).toContain('win-them-back');
    expect(top).toContain('keep-informed');
  });

  it('is what makes the difference: the thread read as one text shows the first message’s need alone', () => {
    expect(mainTopics(thread, 0).slice(0, 3)).not.toContain('win-them-back');
  });

  it('explains a topic that came mostly from it by its own words where it has any (on all our threads)', () => {
    const { first: threads } = readThreads(resolve(__dirname, '..'));
    let led = 0;
    let wordless = 0;
    for (const t of threads) {
      const model = ENGINE.model;
      const whole = model.predict(model.features([t.subject, ...t.messages].join('\n')));
      const latest = readLatest(t, model);
      for (const s of suggest(t, ENGINE)) {
        if (!ledByLatest(s.lesson.topics[0] as string, whole, latest)) continue;
        // With no word of its own there ("so??", "?"), the whole thread's words say why: checked below.
        const own = model.drivers(latest!.features, latest!.text, [s.lesson.topics[0] as string], 3).get(s.lesson.topics[0] as string) ?? [];
        if (!own.length) {
          wordless++;
          expect(s.evidence.some((e) => e.kind === 'model'), `${t.id}: ${s.lesson.id} without the thread's words`).toBe(true);
          continue;
        }
        led++;
        for (const e of s.evidence.filter((x) => x.kind === 'model')) {
          expect(e.part, `${t.id}: ${s.lesson.id} explained by "${e.text}"`).toBe(latest?.index);
          expect(t.messages[e.part as number]?.slice(e.start, e.end)).toBe(e.text);
        }
      }
    }
    expect(led).toBeGreaterThan(50);
    expect(wordless).toBeGreaterThan(0);
  });

  it('mixes the two readings’ probabilities at the share it is given, still summing to one', () => {
    const model = ENGINE.model;
    const whole = model.predict(model.features([thread.subject, ...thread.messages].join('\n')));
    const latest = model.predict(model.features(turned));
    const mixed = withLatest(whole, readLatest(thread, model, 0.25));
    const p = (scores: TopicScore[], topic: string) => scores.find((t) => t.topic === topic)?.probability ?? NaN;
    expect(mixed.reduce((sum, t) => sum + t.probability, 0)).toBeCloseTo(1, 9);
    for (const { topic } of whole) expect(p(mixed, topic)).toBeCloseTo(0.75 * p(whole, topic) + 0.25 * p(latest, topic), 12);
    expect(mixed.map((t) => t.probability)).toEqual([...mixed.map((t) => t.probability)].sort((a, b) => b - a));
    // A share past 1 is 1: never a negative probability.
    expect(topicsOf(thread, 2).every((t) => t.probability >= 0)).toBe(true);
    expect(topicsOf(thread, 2)).toEqual(topicsOf(thread, 1));
  });

  it('leaves a ticket of one message, or a plain text, as the model reads it', () => {
    const one = { subject: thread.subject, messages: [turned] };
    expect(topicsOf(one)).toEqual(topicsOf(one, 0));
    expect(analyse(turned, ENGINE).topics).toEqual(analyse(turned, ENGINE, { latestShare: 0 }).topics);
  });

  it('is the last message with words: a blank one after it, as the CLI may pass, changes nothing', () => {
    expect(topicsOf({ ...thread, messages: [...thread.messages, '  \n'] })).toEqual(topicsOf(thread));
    expect(topicsOf({ ...thread, messages: [first, ''] })).toEqual(topicsOf({ ...thread, messages: [first] }));
  });

  it('is not mixed in when it does not read as English (its words would explain lessons)', () => {
    const french = { ...thread, messages: [first, "Toujours rien reçu. Je veux être remboursé aujourd'hui, sinon je contacte ma banque et je laisse un avis."] };
    expect(readLatest(french, ENGINE.model)).toBeNull();
    expect(topicsOf(french)).toEqual(topicsOf(french, 0));
  });

  it('is read up to LATEST_CHARS: a huge one costs no more than that twice', () => {
    const huge = { ...thread, messages: [first, turned + ' and more'.repeat(10_000)] };
    expect(readLatest(huge, ENGINE.model)?.text.length).toBe(LATEST_CHARS);
  });

  it('finds the labelled topic of our threads in the first three more often than the thread read as one text', () => {
    const { first: threads } = readThreads(resolve(__dirname, '..'));
    expect(threads.filter((t) => t.primary !== 'none')).toHaveLength(180);
    // 0.86 against 0.77 when measured (tests/relevance/README.md); a margin below that, so losing the gain fails here.
    expect(threadFigures(ENGINE, threads, 0.5).hit3).toBeGreaterThan(threadFigures(ENGINE, threads, 0).hit3 + 0.05);
  });
});

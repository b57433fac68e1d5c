// In a thread the latest message counts beside the whole (src/engine/thread.ts): a customer who turns to leaving in a
// reply gets the lessons for that, where a thread read as one text kept showing only its first message's need.
import { describe, expect, it } from 'vitest';
import { analyse, suggest } from '../src/engine/index';
import type { TopicScore } from '../src/engine/model';
import { withLatest } from '../src/engine/thread';
import { ENGINE } from './support/engine';
import { readJsonl } from '../training/corpus';

interface LabelledThread { id: string; subject: string; messages: string[]; primary: string; also: string[] }
const THREADS = readJsonl<LabelledThread>(new URL('./relevance/threads.jsonl', import.meta.url).pathname).filter((t) => t.primary !== 'none');

const first = "Hi, my order 10482 was due on Monday and it still hasn't arrived. Can you tell me where it is? Thanks, Dana";
const turned = "This is RIDICULOUS. Third time I've written and NOBODY answers. I want my money back and I'm done with you people, cancelling my account today.";
const thread = { subject: 'Order 10482 not arrived', messages: [first, turned] };
const mainTopics = (latestShare?: number) => suggest(thread, ENGINE, latestShare === undefined ? {} : { latestShare }).map((s) => s.lesson.topics[0]);

describe('the latest message of a thread', () => {
  it('brings its own need among the first three, beside the thread’s', () => {
    const top = mainTopics().slice(0, 3);
    expect(top).toContain('win-them-back');
    expect(top).toContain('keep-informed');
  });

  it('is what makes the difference: the thread read as one text shows the first message’s need alone', () => {
    expect(mainTopics(0).slice(0, 3)).not.toContain('win-them-back');
  });

  it('mixes the two readings’ probabilities at the share it is given, still summing to one', () => {
    const model = ENGINE.model;
    const whole = model.predict(model.features([thread.subject, ...thread.messages].join('\n')));
    const latest = model.predict(model.features(turned));
    const mixed = withLatest(whole, thread, model, 0.25);
    const p = (scores: TopicScore[], topic: string) => scores.find((t) => t.topic === topic)?.probability ?? NaN;
    expect(mixed.reduce((sum, t) => sum + t.probability, 0)).toBeCloseTo(1, 9);
    for (const { topic } of whole) expect(p(mixed, topic)).toBeCloseTo(0.75 * p(whole, topic) + 0.25 * p(latest, topic), 12);
    expect(mixed.map((t) => t.probability)).toEqual([...mixed.map((t) => t.probability)].sort((a, b) => b - a));
  });

  it('leaves a ticket of one message, or a plain text, as the model reads it', () => {
    const one = { subject: thread.subject, messages: [turned] };
    expect(analyse(one, ENGINE).topics).toEqual(analyse(one, ENGINE, { latestShare: 0 }).topics);
    expect(analyse(turned, ENGINE).topics).toEqual(analyse(turned, ENGINE, { latestShare: 0 }).topics);
  });

  it('finds the labelled topic of our threads in the first three more often than the thread read as one text', () => {
    const hit3 = (latestShare?: number) =>
      THREADS.filter((t) => suggest(t, ENGINE, latestShare === undefined ? {} : { latestShare }).slice(0, 3).some((s) => s.lesson.topics[0] === t.primary)).length / THREADS.length;
    expect(THREADS.length).toBe(180);
    // 0.86 against 0.77 when measured (thread.ts); a margin below that, so a change that loses the gain fails here.
    expect(hit3()).toBeGreaterThan(hit3(0) + 0.05);
  });
});

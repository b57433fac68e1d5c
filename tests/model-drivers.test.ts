// The words shown for a topic ("why") are the ticket's words of largest lift for it: asked for a few, drivers() must
// give the head of the full ranking, in order.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledModel } from '../src/engine/index';
import { FUNCTION_WORDS } from '../src/engine/function-words';

const tickets = readFileSync(new URL('./relevance/written-tickets.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => (JSON.parse(line) as { text: string }).text);

describe('the model words behind a topic', () => {
  const model = bundledModel();
  it('are the head of the full ranking, best first, each a word that says something', () => {
    let compared = 0;
    for (const text of tickets.slice(0, 60)) {
      const features = model.features(text, true);
      const topics = model.predict(features).slice(0, 4).map((t) => t.topic);
      const all = model.drivers(features, text, topics, 10_000);
      for (const topic of topics) {
        const ranking = all.get(topic) ?? [];
        for (let i = 1; i < ranking.length; i++) expect((ranking[i - 1] as { weight: number }).weight).toBeGreaterThanOrEqual((ranking[i] as { weight: number }).weight);
        for (const d of ranking) {
          expect(d.weight).toBeGreaterThanOrEqual(0); // rounded to three decimals: a lift of 0.0004 shows as 0
          expect(FUNCTION_WORDS.has(d.text.toLowerCase())).toBe(false);
        }
        for (const limit of [0, 1, 3, 5]) {
          expect(model.drivers(features, text, [topic], limit).get(topic)).toEqual(ranking.slice(0, limit));
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(200);
  });
});

// The words shown for a topic ("why") are the ticket's words of largest lift for it: asked for a few, drivers() must
// give the head of the full ranking, in order.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledModel } from '../src/engine/index';
import { SOURCES_PER_FEATURE } from '../src/engine/features';
import { isTellingWord } from '../src/engine/model';
import { FUNCTION_WORDS } from '../src/engine/function-words';

const tickets = readFileSync(new URL('./relevance/written-tickets.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => (JSON.parse(line) as { text: string }).text);

describe('the model words behind a topic', () => {
  const model = bundledModel();
  it('name a word said twice once, and never "!!" or "??"', () => {
    const text = 'Where is my order?? It has not arrived. Not arrived, not arrived!! Nothing has arrived in three weeks??';
    const features = model.features(text, true);
    const topics = model.predict(features).slice(0, 2).map((t) => t.topic);
    for (const [, drivers] of model.drivers(features, text, topics, 10)) {
      const shown = drivers.map((d) => d.text.toLowerCase());
      expect(shown.length).toBeGreaterThan(2);
      expect(new Set(shown).size, shown.join(', ')).toBe(shown.length);
      expect(shown.filter((w) => /^[!?]+$/.test(w))).toEqual([]);
    }
  });

  it('never name a contraction of function words ("where\'s", "we\'ve", "else\'s"), though its form has lost the apostrophe', () => {
    const text = "@FreshCart_Help where's my delivery? We've waited, you'd think someone else's parcel got mine. She's no idea.";
    const features = model.features(text, true);
    const topics = model.predict(features).map((t) => t.topic);
    const shown = [...model.drivers(features, text, topics, 10_000).values()].flat().map((d) => d.text.toLowerCase());
    expect(shown.length).toBeGreaterThan(3);
    expect(shown.filter((w) => w.includes("'"))).toEqual([]);
  });

  it('never name a word said in passing ("ur", "pls", "ago", "unless", "sir") nor a function word mistyped ("agian"), a real word one swap from one stays ("form")', () => {
    const text = 'ur app billed me agian pls, 3 weeks ago, unless u fix it sir I leave. honestly getting tired. Wrong form sent.';
    const features = model.features(text, true);
    const topics = model.predict(features).map((t) => t.topic);
    const shown = new Set([...model.drivers(features, text, topics, 10_000).values()].flat().map((d) => d.text.toLowerCase()));
    expect(shown.size).toBeGreaterThan(3);
    for (const word of ['ur', 'u', 'pls', 'ago', 'unless', 'sir', 'agian', 'honestly', 'getting']) expect(shown.has(word), word).toBe(false);
    expect(isTellingWord('form')).toBe(true);
    expect(isTellingWord('billed')).toBe(true);
    expect(isTellingWord('agian', undefined, model.lexicon)).toBe(false);
    expect(isTellingWord('form', undefined, model.lexicon)).toBe(true);
    // Politeness and interjections a helper's tickets showed as why ("Kindly", "Wow"), and a hedge ("suppose").
    const polite = 'Dear team, kindly refund the order. Wow, I suppose nobody reads these. Regards, Sam';
    const politeFeatures = model.features(polite, true);
    const politeTopics = model.predict(politeFeatures).map((t) => t.topic);
    const politeShown = new Set([...model.drivers(politeFeatures, polite, politeTopics, 10_000).values()].flat().map((d) => d.text.toLowerCase()));
    expect(politeShown.has('refund')).toBe(true);
    for (const word of ['dear', 'kindly', 'wow', 'suppose', 'regards']) expect(politeShown.has(word), word).toBe(false);
  });

  it('show a negated word with its negation, never alone ("not frustrated", not "frustrated")', () => {
    const text = "This is not a complaint. I'm not frustrated. How do I reset my password? It never arrived in my inbox.";
    const features = model.features(text, true);
    const topics = model.predict(features).map((t) => t.topic);
    const shown = [...model.drivers(features, text, topics, 10_000).values()].flat();
    for (const d of shown) {
      expect(d.text).toBe(text.slice(d.start, d.end));
      expect(['frustrated', 'complaint', 'arrived'], d.text).not.toContain(d.text.toLowerCase());
    }
    expect(shown.map((d) => d.text)).toEqual(expect.arrayContaining(['not frustrated']));
  });

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

  it('weigh each word by its features\' lift, worked out here from the scores alone', () => {
    // Reference: a feature's lift for a class is its score for that class above its mean score over the classes,
    // shared evenly among the words it came from; a word's lift is the sum over its features.
    const empty = model.logits({ indices: [], values: [], words: [] });
    let checked = 0;
    for (const text of tickets.slice(0, 12)) {
      const features = model.features(text, true);
      const { indices, values, sources, words } = features;
      const topics = model.predict(features).slice(0, 3).map((t) => t.topic);
      const reference = topics.map(() => new Float64Array(words.length));
      indices.forEach((index, i) => {
        const n = sources?.counts[i] ?? 0;
        if (!n) return;
        const z = model.logits({ indices: [index], values: [values[i] as number], words: [] }).map((v, k) => v - (empty[k] as number));
        const mean = z.reduce((a, b) => a + b, 0) / z.length;
        topics.forEach((topic, t) => {
          const lift = ((z[model.classes.indexOf(topic)] as number) - mean) / n;
          const lifts = reference[t] as Float64Array;
          for (let j = 0; j < n; j++) {
            const w = sources?.positions[i * SOURCES_PER_FEATURE + j] as number;
            lifts[w] = (lifts[w] as number) + lift;
          }
        });
      });
      const shown = model.drivers(features, text, topics, 3);
      topics.forEach((topic, t) => {
        const drivers = shown.get(topic) ?? [];
        const lifts = reference[t] as Float64Array;
        for (const d of drivers) {
          const w = words.findIndex((word) => word.end === d.end);
          expect(Math.abs(d.weight - (lifts[w] as number))).toBeLessThanOrEqual(0.0005 + 1e-9); // shown rounded to 0.001
          checked++;
        }
        // No word that may be shown was passed over for a weaker one, but for a word already shown (said again).
        const last = drivers.at(-1)?.weight ?? 0;
        const shownForms = new Set(drivers.map((d) => words.find((word) => word.end === d.end)?.form));
        expect(shownForms.size, 'each word shown once').toBe(drivers.length);
        words.forEach((word, w) => {
          if (isTellingWord(word.form, text.slice(word.start, word.end), model.lexicon) && !shownForms.has(word.form) && drivers.length === 3) expect(lifts[w] as number).toBeLessThanOrEqual(last + 0.001);
        });
      });
    }
    expect(checked).toBeGreaterThan(60);
  });
});

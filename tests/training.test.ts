// The training side's honesty: a family left out is never trained on, and calibration finds the temperature that
// the labels call for.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TopicModel } from '../src/engine/model';
import { OWN_EVAL_SETS, readCorpus, readJsonl, split } from '../training/corpus';
import { TICKET_TOPICS } from '../src/engine/topics';
import { CLASSES, fitTemperature } from '../training/fit';
import { familyOf, outOfFamily } from '../training/families';
import { bundledModel } from '../src/engine/index';

const corpus = readCorpus(new URL('../training/corpus', import.meta.url).pathname);

describe('families of the corpus', () => {
  it('names each batch by its kind, keeping the natural batches and the real complaints apart', () => {
    const families = new Set(corpus.map(familyOf));
    const named = ['air', 'chat', 'email', 'github', 'hard', 'narrative', 'shoptweet', 'techtweet', 'w', 'nat-tw', 'nat-tx', 'nat-em', 'nat-ey', 'nat-ch', 'nat-wt', 'nat-bc', 'nat-fe', 'nat-qu', 'nat-ai', 'nat-bt', 'nat-rs', 'pd'];
    for (const expected of named) expect(families, expected).toContain(expected);
    // No family but these: a new batch is named here, and a stray id prefix shows as one family too many.
    expect(families.size).toBe(named.length);
    expect(corpus.filter((m) => familyOf(m) === 'pd').every((m) => m.id.startsWith('pd-cfpb-'))).toBe(true);
  });

  it('predicts every message with a model that never saw its family', () => {
    const sample = corpus.filter((_, i) => i % 40 === 0);
    const seen: string[][] = [];
    const model = bundledModel();
    const predictions = outOfFamily(sample, (messages) => {
      seen.push(messages.map((m) => m.id));
      return model;
    });
    expect(predictions).toHaveLength(sample.length);
    const families = [...new Set(sample.map(familyOf))].sort();
    expect(seen).toHaveLength(families.length);
    seen.forEach((ids, i) => {
      const family = families[i] as string;
      expect(ids.length).toBe(sample.filter((m) => familyOf(m) !== family).length);
      expect(sample.filter((m) => ids.includes(m.id)).every((m) => familyOf(m) !== family)).toBe(true);
    });
    for (const p of predictions) expect(p.family).toBe(familyOf(p.message));
  });

  it('keeps the held-out split out of training and the same every run', () => {
    const { train, heldOut } = split(corpus);
    const trainIds = new Set(train.map((m) => m.id));
    expect(heldOut.some((m) => trainIds.has(m.id))).toBe(false);
    expect(heldOut.length / corpus.length).toBeGreaterThan(0.1);
    expect(heldOut.length / corpus.length).toBeLessThan(0.2);
    expect(split(corpus).heldOut.map((m) => m.id)).toEqual(heldOut.map((m) => m.id));
  });

  it("keeps the eval's sets of our own out of training, each labelled with the topics alone", () => {
    const texts = new Set(corpus.map((m) => m.text.trim().toLowerCase()));
    const ids = new Set(corpus.map((m) => m.id));
    for (const [, file] of OWN_EVAL_SETS) {
      const set = readJsonl(fileURLToPath(new URL(`../${file}`, import.meta.url)));
      expect(set.length, file).toBeGreaterThan(100);
      for (const m of set) {
        expect(texts.has(m.text.trim().toLowerCase()), `${file} ${m.id} is in the corpus`).toBe(false);
        expect([...TICKET_TOPICS, 'none'], `${file} ${m.id}`).toContain(m.primary);
        for (const t of m.also) expect(TICKET_TOPICS, `${file} ${m.id}`).toContain(t);
        expect(ids.has(m.id), `${file} ${m.id} is a corpus id`).toBe(false);
      }
    }
  });
});

describe('calibration', () => {
  // Labels drawn from softmax(z / 2): the temperature that fits them is 2, whatever the scores.
  function sample(temperature: number, n: number): Array<{ logits: Float64Array; primary: string }> {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const out: Array<{ logits: Float64Array; primary: string }> = [];
    for (let i = 0; i < n; i++) {
      const logits = Float64Array.from(CLASSES, () => random() * 8);
      const e = Array.from(logits, (v) => Math.exp(v / temperature));
      const sum = e.reduce((a, b) => a + b, 0);
      let r = random() * sum;
      let k = 0;
      while (k < e.length - 1 && (r -= e[k] as number) > 0) k++;
      out.push({ logits, primary: CLASSES[k] as string });
    }
    return out;
  }

  it('recovers the temperature the labels were drawn at', () => {
    expect(fitTemperature(sample(2, 4000))).toBeCloseTo(2, 0);
    expect(fitTemperature(sample(0.7, 4000))).toBeCloseTo(0.7, 0);
  });

  it('ships a model calibrated on families it was trained without', () => {
    const model: TopicModel = bundledModel();
    expect(model.provenance).toMatchObject({ calibration: { method: 'leave one family of batches out' } });
    expect(model.temperature).toBeGreaterThan(0.3);
  });
});

// The shipped word vectors are four bits a dimension: every level must land where the reader looks for it, and a
// message's mean vector must keep its direction.
import { describe, expect, it } from 'vitest';
import { bundledModel } from '../src/engine/index';
import data from '../src/engine/model-data.json';
import { TopicModel, type PackedModel } from '../src/engine/model';
import { LEVEL_ZERO, WordVectors } from '../src/engine/vectors';
import { loadGlove, pruneVectors } from '../training/vectors-source';

function cosine(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let dot = 0;
  let aa = 0;
  let bb = 0;
  for (let k = 0; k < a.length; k++) {
    dot += (a[k] as number) * (b[k] as number);
    aa += (a[k] as number) ** 2;
    bb += (b[k] as number) ** 2;
  }
  return dot / Math.sqrt(aa * bb);
}

function unit(v: readonly number[]): number[] {
  const norm = Math.sqrt(v.reduce((s, x) => s + x * x, 0));
  return v.map((x) => x / norm);
}

describe('word vectors at four bits, level by level', () => {
  // Three dimensions and fifteen words make 45 values: an odd count leaves the last byte half used. "gamma" has a
  // value far beyond its dimension's spread, which must be held at the highest level, not wrap around.
  const fillers = 'abcdefghijkl'.split('').map((c) => c + c + c);
  const source = {
    dimensions: 3,
    words: ['alpha', 'beta', 'gamma', ...fillers],
    vectors: {
      alpha: [0.1, -0.2, 0.3],
      beta: [-0.4, 0.6, -1],
      gamma: [50, 0.05, -0.1],
      ...Object.fromEntries(fillers.map((w, i) => [w, [((i % 5) - 2) * 0.1, (((i * 3) % 7) - 3) * 0.1, (((i * 2) % 5) - 2) * 0.2 + 0.1]])),
    } as Record<string, number[]>,
  };
  const packed = pruneVectors(source, new Set(), 100);
  const vectors = new WordVectors(packed);
  /** A word's source values as the reader should see them: each rounded to a multiple of its dimension's step, held
   * between the lowest and highest levels. */
  const readBack = (word: string) =>
    source.vectors[word]!.map((v, k) => Math.min(LEVEL_ZERO - 1, Math.max(-LEVEL_ZERO, Math.round(v / packed.steps[k]!))) * packed.steps[k]!);

  it('reads back each word as its rounded multiples of each dimension’s step, highest and lowest levels held', () => {
    for (const word of source.words) {
      const read = vectors.mean([word])!;
      unit(readBack(word)).forEach((x, k) => expect(read[k], `${word}[${k}]`).toBeCloseTo(x, 5));
    }
    // The outlier is held at the top level: its first dimension is 7 steps (beyond them: it is clipped), not a wrapped
    // negative.
    expect(50 / packed.steps[0]!).toBeGreaterThan(LEVEL_ZERO);
    expect(vectors.mean(['gamma'])![0]).toBeGreaterThan(0);
  });

  it('averages words before scaling, and has nothing for words it does not hold', () => {
    const both = vectors.mean(['alpha', 'beta', 'zzqxv'])!;
    const sum = readBack('alpha').map((v, k) => v + readBack('beta')[k]!);
    unit(sum).forEach((x, k) => expect(both[k]).toBeCloseTo(x, 5));
    expect(vectors.mean(['zzqxv', 'qqqzz'])).toBeNull();
  });

  it('refuses data of the wrong size with a message that says so', () => {
    expect(() => new WordVectors({ ...packed, data: packed.data.slice(0, 4) })).toThrow(/15 words × 3 dimensions need 23 bytes and 3 steps; found 3 and 3/);
    expect(() => new WordVectors({ ...packed, steps: packed.steps.slice(1) })).toThrow(/found 23 and 2/);
  });
});

describe('the shipped word vectors', () => {
  const glove = loadGlove();
  const messages = [
    'parcel still not arrived tracking stuck three days nobody replies',
    'charged twice subscription cancelled refund never came',
    'flight cancelled bag lost hotel paid myself furious',
    'engineer missed appointment again took day off work',
    'transferred between departments four times nobody owns problem',
  ].map((m) => m.split(' '));

  it("keep a message's direction: the mean of its words points where the source's mean points", () => {
    const shipped = bundledModel().vectors!;
    for (const words of messages) {
      const sum = new Array<number>(glove.dimensions).fill(0);
      // The package's rows carry two more numbers after the dimensions; only the dimensions count.
      for (const w of words) glove.vectors[w]!.slice(0, glove.dimensions).forEach((v, k) => (sum[k]! += v));
      expect(cosine(shipped.mean(words)!, sum), words.join(' ')).toBeGreaterThan(0.99);
    }
  });

  it('are refused in a model file of the one-byte format, whose vectors this reader would misread', () => {
    const packed = { ...(data as unknown as PackedModel), version: 1 } as unknown as PackedModel;
    expect(() => new TopicModel(packed)).toThrow(/version 2/);
    expect(() => new TopicModel(data as unknown as PackedModel)).not.toThrow();
  });

  it('hold every word a message of the corpus uses, and the commonest words beside them', () => {
    const shipped = bundledModel().vectors!;
    expect(shipped.dims).toBe(100);
    for (const w of messages.flat()) expect(shipped.has(w), w).toBe(true);
    expect(shipped.size).toBeGreaterThan(10_000);
  });
});

// The shipped word vectors are four bits a dimension: a message's mean vector must keep its direction, and the packing
// must put every level where the reader looks for it.
import { describe, expect, it } from 'vitest';
import { fromBase64 } from '../src/engine/base64';
import { bundledModel } from '../src/engine/index';
import { WordVectors } from '../src/engine/vectors';
import { loadGlove, pruneVectors } from '../training/vectors-source';

const glove = loadGlove();
const words = ['parcel', 'late', 'refund', 'never', 'arrived', 'furious', 'flight', 'cancelled', 'charged', 'twice'];

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

function sourceMean(list: readonly string[]): number[] {
  const sum = new Array<number>(glove.dimensions).fill(0);
  for (const w of list) glove.vectors[w]!.forEach((v, k) => (sum[k]! += v));
  return sum;
}

describe('word vectors at four bits', () => {
  const packed = pruneVectors(glove, new Set(words), 2000);
  const vectors = new WordVectors(packed);

  it('keeps the needed words and the common ones, in the source order', () => {
    for (const w of words) expect(vectors.has(w), w).toBe(true);
    expect(vectors.size).toBeGreaterThanOrEqual(2000);
    // Two dimensions to a byte.
    expect(fromBase64(packed.data).length).toBe(Math.ceil((packed.words.length * packed.dims) / 2));
  });

  it("keeps a message's direction: the mean of its words points where the source's mean points", () => {
    for (let i = 0; i + 3 <= words.length; i++) {
      const message = words.slice(i, i + 3);
      expect(cosine(vectors.mean(message)!, sourceMean(message)), message.join(' ')).toBeGreaterThan(0.98);
    }
    // One word alone is rounded most, and still points the same way.
    for (const w of words) expect(cosine(vectors.mean([w])!, glove.vectors[w]!), w).toBeGreaterThan(0.95);
  });

  it('tells words apart after rounding: each is nearer its own source vector than any other word of the list', () => {
    for (const w of words) {
      const own = cosine(vectors.mean([w])!, glove.vectors[w]!);
      for (const other of words) if (other !== w) expect(own, `${w} vs ${other}`).toBeGreaterThan(cosine(vectors.mean([w])!, glove.vectors[other]!));
    }
  });

  it('has nothing for words it does not hold', () => {
    expect(vectors.mean(['zzqxv', 'qqqzz'])).toBeNull();
  });

  it('is what the shipped model carries', () => {
    const shipped = bundledModel().vectors!;
    expect(shipped.dims).toBe(100);
    expect(cosine(shipped.mean(['parcel', 'late'])!, sourceMean(['parcel', 'late']))).toBeGreaterThan(0.98);
  });
});

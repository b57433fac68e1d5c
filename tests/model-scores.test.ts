// The shipped model's class scores, checked against a plain reading of its file: each hashed feature's row found by a
// binary search of the bucket list (where the model counts bits in a bitmap), the dense features' rows after them,
// int8 weights × scale summed in the features' order. Same order, same arithmetic: the scores must match exactly.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import data from '../src/engine/model-data.json';
import { HASH_SIZE, type Features } from '../src/engine/features';
import { TopicModel, type PackedModel } from '../src/engine/model';

const packed = data as unknown as PackedModel;
const model = new TopicModel(packed);
const K = packed.classes.length;

/** The buckets with a row, ascending (the file stores them as little-endian uint32 deltas). */
const deltas = Buffer.from(packed.buckets, 'base64');
const buckets: number[] = [];
for (let i = 0, bucket = 0; i < deltas.length; i += 4) buckets.push((bucket += deltas.readUInt32LE(i)));
const weights = new Int8Array(Buffer.from(packed.weights, 'base64'));

function rowOf(index: number): number | undefined {
  if (index >= HASH_SIZE) return buckets.length + (index - HASH_SIZE);
  let low = 0;
  let high = buckets.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const at = buckets[mid] as number;
    if (at === index) return mid;
    if (at < index) low = mid + 1;
    else high = mid - 1;
  }
  return undefined;
}

function referenceLogits({ indices, values }: Pick<Features, 'indices' | 'values'>): number[] {
  const sums = new Array<number>(K).fill(0);
  indices.forEach((index, i) => {
    const row = rowOf(index);
    if (row === undefined) return;
    for (let k = 0; k < K; k++) sums[k] = (sums[k] as number) + (weights[row * K + k] as number) * (values[i] as number);
  });
  return sums.map((sum, k) => (packed.bias[k] as number) + sum * packed.scale);
}

const tickets = readFileSync(new URL('./relevance/natural-bulk.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => (JSON.parse(line) as { text: string }).text);

describe("the model's class scores", () => {
  it('are those of a plain reading of the model file, on 300 tickets', () => {
    let hashed = 0;
    for (const text of tickets.slice(0, 300)) {
      const features = model.features(text, true);
      hashed += features.indices.filter((index) => index < HASH_SIZE && rowOf(index) !== undefined).length;
      expect(Array.from(model.logits(features)), text.slice(0, 60)).toEqual(referenceLogits(features));
    }
    expect(hashed).toBeGreaterThan(10_000);
  });

  it('read the first and last bucket rows, buckets without a row (none), and the dense rows', () => {
    const first = buckets[0] as number;
    const last = buckets.at(-1) as number;
    let missing = first + 1;
    while (rowOf(missing) !== undefined) missing++;
    const features = { indices: [first, last, missing, HASH_SIZE, HASH_SIZE + 5], values: [1, 0.5, 3, 0.25, -0.75], words: [] };
    const scores = Array.from(model.logits(features));
    expect(scores).toEqual(referenceLogits(features));
    // Each feature moves the scores on its own: none of them is read as no row, or as another's.
    for (let i = 0; i < features.indices.length; i++) {
      if (features.indices[i] === missing) continue;
      const without = { ...features, indices: features.indices.filter((_, j) => j !== i), values: features.values.filter((_, j) => j !== i) };
      expect(Array.from(model.logits(without))).not.toEqual(scores);
    }
  });
});

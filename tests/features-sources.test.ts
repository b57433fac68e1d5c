// The hashed features' values and the words behind each (what the explanation points at), checked against a plain
// reference: every word's buckets worked out here from the feature definitions, on tickets small and large enough to
// grow every table.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUCKETS_PER_WORD, featuresOf, HASH_SIZE, SOURCES_PER_FEATURE, type FeatureWeights } from '../src/engine/features';
import { roomFor } from '../src/engine/slots';
import { bucketOf } from '../src/engine/hash';

const texts = readFileSync(new URL('./relevance/natural-bulk.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => (JSON.parse(line) as { text: string }).text);

const ALL: FeatureWeights = { word: 1, pair: 0.5, char: 0.5, tone: 0.5, vector: 0 };

const GROUPS = ['word', 'pair', 'char'] as const;

/** Each bucket's word positions, ascending and without repeats, and its count in each group, from each word's own
 * features. */
function referenceSources(text: string, weights: FeatureWeights): { sources: Map<number, number[]>; counts: Map<number, number[]>; words: number } {
  const { words } = featuresOf(text, weights, null);
  const sources = new Map<number, number[]>();
  const counts = new Map<number, number[]>();
  let group = 0;
  const add = (bucket: number, at: number) => {
    const list = sources.get(bucket) ?? [];
    if (list.at(-1) !== at) list.push(at);
    sources.set(bucket, list);
    const byGroup = counts.get(bucket) ?? [0, 0, 0];
    byGroup[group] = (byGroup[group] as number) + 1;
    counts.set(bucket, byGroup);
  };
  words.forEach((w, i) => {
    group = 0;
    add(bucketOf('w:' + w.stem), i);
    if (w.negated) add(bucketOf('n:' + w.stem), i);
    const next = words[i + 1];
    group = 1;
    if (next) add(bucketOf('p:' + w.stem + ' ' + next.stem), i);
    if (w.symbol) return;
    group = 2;
    const padded = '<' + w.form + '>';
    for (let n = 3; n <= 5; n++) for (let k = 0; k + n <= padded.length; k++) add(bucketOf('c:' + padded.slice(k, k + n)), i);
  });
  return { sources, counts, words: words.length };
}

/** Each hashed feature's value from the reference counts: log(1 + count), each group scaled to unit length and
 * weighted, the groups added. */
function expectValuesAsReference(text: string, weights: FeatureWeights): number {
  const { counts } = referenceSources(text, weights);
  const norms = GROUPS.map((_, g) => Math.sqrt([...counts.values()].reduce((sum, c) => sum + Math.log1p(c[g] as number) ** 2, 0)));
  const want = new Map<number, number>();
  counts.forEach((c, bucket) => {
    const value = GROUPS.reduce((sum, name, g) => (c[g] && weights[name] ? sum + (Math.log1p(c[g] as number) * weights[name]) / (norms[g] as number) : sum), 0);
    if (GROUPS.some((name, g) => c[g] && weights[name])) want.set(bucket, value);
  });
  const { indices, values } = featuresOf(text, weights, null);
  const got = new Map<number, number>();
  indices.forEach((index, i) => {
    if (index < HASH_SIZE) got.set(index, values[i] as number);
  });
  expect([...got.keys()].sort((a, b) => a - b)).toEqual([...want.keys()].sort((a, b) => a - b));
  want.forEach((value, bucket) => expect(got.get(bucket), `bucket ${bucket}`).toBeCloseTo(value, 12));
  return got.size;
}

/** 600 made-up words of 12 letters, some negated: more buckets than the first tables have room for. */
function wordSalad(): string {
  let seed = 7;
  const letter = () => String.fromCharCode(97 + ((seed = (seed * 1103515245 + 12345) % 2147483648) % 26));
  return Array.from({ length: 600 }, (_, i) => Array.from({ length: 12 }, letter).join('') + (i % 7 === 0 ? '. Not' : '')).join(' ');
}

function expectSourcesAsReference(text: string, weights: FeatureWeights): number {
  const { indices, sources } = featuresOf(text, weights, null, true);
  const reference = referenceSources(text, weights).sources;
  let hashed = 0;
  indices.forEach((index, i) => {
    if (index >= HASH_SIZE) return;
    hashed++;
    const want = (reference.get(index) ?? []).slice(0, SOURCES_PER_FEATURE);
    const n = sources?.counts[i] as number;
    const got = Array.from(sources?.positions.subarray(i * SOURCES_PER_FEATURE, i * SOURCES_PER_FEATURE + n) ?? []);
    expect(got, `feature ${i} of ${indices.length}`).toEqual(want);
  });
  return hashed;
}

describe('the words behind each feature', () => {
  it('are the first few words that give it, in order, on a short ticket and on 30 KB of varied text', () => {
    expect(expectSourcesAsReference(texts[0] as string, ALL)).toBeGreaterThan(20);
    expect(expectSourcesAsReference(texts.slice(0, 200).join('\n\n'), ALL)).toBeGreaterThan(5_000);
  });

  it('survive the tables growing: made-up long words give more buckets than room was made for', () => {
    const salad = wordSalad();
    const hashed = expectSourcesAsReference(salad, ALL);
    const words = referenceSources(salad, ALL).words;
    expect(hashed).toBeGreaterThan(roomFor(words * BUCKETS_PER_WORD)); // past the first room made for them
  });

  it('stay with their features when a group weighs nothing and its features drop out', () => {
    const long = texts.slice(0, 60).join('\n\n');
    const withoutChars = expectSourcesAsReference(long, { ...ALL, char: 0 });
    expect(withoutChars).toBeGreaterThan(100);
    expect(withoutChars).toBeLessThan(featuresOf(long, ALL, null).indices.length / 2);
  });
});

describe('the value of each hashed feature', () => {
  it('is its log counts in each group, each group scaled to unit length and weighted, added: on tickets small and large, with a group weighing nothing, and past the first tables', () => {
    expect(expectValuesAsReference(texts[0] as string, ALL)).toBeGreaterThan(20);
    expect(expectValuesAsReference(texts.slice(0, 200).join('\n\n'), ALL)).toBeGreaterThan(5_000);
    expect(expectValuesAsReference(texts.slice(0, 60).join('\n\n'), { ...ALL, char: 0 })).toBeGreaterThan(100);
    expect(expectValuesAsReference(wordSalad(), ALL)).toBeGreaterThan(10_000);
  });
});

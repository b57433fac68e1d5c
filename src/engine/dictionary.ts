// Real English words past the model's lexicon (its 50,000 most frequent words), so typo matching never reads one of
// them as a misspelling of a cue word ("overdrawn" is not "overdraft", "misstate" not "mistake"). A frequency list
// cannot go further: common misspellings rank among rare real words ("recieved" 87,000th). These come from a spelling
// dictionary instead (training/dictionary.ts), kept as a Bloom filter: about 100 KB for 82,000 words, where the words
// themselves take 800 KB. A filter can only err one way: about one non-word in a hundred reads as real, and is then
// matched as written, never as a typo.
import { fromBase64 } from './base64';
import { hashOf, hashOn } from './hash';

export interface PackedDictionary {
  format: 'extra-mile-dictionary';
  version: 1;
  /** Where the words come from, and the notices their licences ask to keep with them (SCOWL's Copyright file). */
  source: string;
  notice: string;
  words: number;
  hashes: number;
  /** The filter's bits, little-endian within each byte, as base64. */
  bits: string;
}

/** A second FNV-1a start beside the usual one (hashOf): each word's k positions are h1 + i × h2 (double hashing). */
const SECOND_SEED = 0x9747b28c;

export class WordFilter {
  private readonly bits: Uint8Array;
  private readonly size: number;

  constructor(
    bits: Uint8Array,
    private readonly hashes: number,
  ) {
    this.bits = bits;
    this.size = bits.length * 8;
  }

  static fromPacked(packed: PackedDictionary): WordFilter {
    if (packed.format !== 'extra-mile-dictionary' || packed.version !== 1) throw new Error('Not an Extra Mile dictionary of version 1');
    return new WordFilter(fromBase64(packed.bits), packed.hashes);
  }

  /** An empty filter sized for `words` words at about one false "real" in a hundred. */
  static sizedFor(words: number, hashes = 7): WordFilter {
    return new WordFilter(new Uint8Array(Math.ceil((words * 9.6) / 8)), hashes);
  }

  add(word: string): void {
    this.each(word, (bit) => {
      this.bits[bit >>> 3] = (this.bits[bit >>> 3] as number) | (1 << (bit & 7));
      return true;
    });
  }

  has(word: string): boolean {
    return this.each(word, (bit) => ((this.bits[bit >>> 3] as number) & (1 << (bit & 7))) !== 0);
  }

  get bytes(): Uint8Array {
    return this.bits;
  }

  get hashCount(): number {
    return this.hashes;
  }

  /** Calls `at` with each of the word's positions while it returns true; true when every call did. */
  private each(word: string, at: (bit: number) => boolean): boolean {
    const h1 = hashOf(word) >>> 0;
    const h2 = (hashOn(SECOND_SEED, word) | 1) >>> 0;
    for (let i = 0; i < this.hashes; i++) if (!at((h1 + i * h2) % this.size)) return false;
    return true;
  }
}

// Features are hashed into a fixed space, so the model ships weights for the buckets training saw and no strings.

/** Bits of the feature space: 2^20 buckets keep collisions rare for the few tens of thousands of features used. */
export const HASH_BITS = 20;
const MASK = (1 << HASH_BITS) - 1;

const FNV_OFFSET = 0x811c9dc5;

/** FNV-1a over UTF-16 code units, folded to HASH_BITS. Deterministic across runs and platforms. */
export function bucketOf(feature: string): number {
  return foldedBucket(hashOn(FNV_OFFSET, feature));
}

/** The FNV-1a state after `text`, from the state `h`: a feature that joins two strings hashes the second from the
 * first's state, with no joined string made. */
export function hashOn(h: number, text: string): number {
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

export const hashOf = (prefix: string): number => hashOn(FNV_OFFSET, prefix);

/** A full FNV-1a state folded to a bucket: bucketOf(a + b) === foldedBucket(hashOn(hashOf(a), b)). */
export function foldedBucket(h: number): number {
  return ((h >>> HASH_BITS) ^ h) & MASK;
}

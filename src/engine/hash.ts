// Features are hashed into a fixed space, so the model ships weights for the buckets training saw and no strings.

/** Bits of the feature space: 2^20 buckets keep collisions rare for the few tens of thousands of features used. */
export const HASH_BITS = 20;
const MASK = (1 << HASH_BITS) - 1;

/** FNV-1a over UTF-16 code units, folded to HASH_BITS. Deterministic across runs and platforms. */
export function bucketOf(feature: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < feature.length; i++) {
    h ^= feature.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return ((h >>> HASH_BITS) ^ h) & MASK;
}

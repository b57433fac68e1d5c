// A ticket's hashed feature buckets, numbered in the order they first appear. Open addressing over typed arrays: for
// the few thousand buckets of a ticket, a lookup costs a fraction of a Map's.

const EMPTY = -1;
/** Room for a 2 KB ticket's buckets (about 2,700) at half full, so the common case never grows. */
const FIRST_CAPACITY = 1 << 13;

export class BucketSlots {
  private keys = new Int32Array(FIRST_CAPACITY).fill(EMPTY);
  private slots = new Int32Array(FIRST_CAPACITY);
  private mask = FIRST_CAPACITY - 1;
  /** Buckets numbered so far: the next new bucket gets this slot. */
  size = 0;

  /** The bucket's slot; a bucket not seen before gets the next one (then the slot equals size - 1). */
  slotOf(bucket: number): number {
    for (let i = home(bucket, this.mask); ; i = (i + 1) & this.mask) {
      const key = this.keys[i] as number;
      if (key === bucket) return this.slots[i] as number;
      if (key !== EMPTY) continue;
      const slot = this.size++;
      this.keys[i] = bucket;
      this.slots[i] = slot;
      // At most half full, so a probe stays short.
      if (this.size * 2 > this.keys.length) this.grow();
      return slot;
    }
  }

  private grow(): void {
    const { keys, slots } = this;
    this.keys = new Int32Array(keys.length * 2).fill(EMPTY);
    this.slots = new Int32Array(keys.length * 2);
    this.mask = this.keys.length - 1;
    for (let j = 0; j < keys.length; j++) {
      const key = keys[j] as number;
      if (key === EMPTY) continue;
      let i = home(key, this.mask);
      while (this.keys[i] !== EMPTY) i = (i + 1) & this.mask;
      this.keys[i] = key;
      this.slots[i] = slots[j] as number;
    }
  }
}

/** Where a bucket's probe starts: Fibonacci hashing spreads neighbouring buckets apart. */
function home(bucket: number, mask: number): number {
  return (Math.imul(bucket, 0x9e3779b1) >>> 0) & mask;
}

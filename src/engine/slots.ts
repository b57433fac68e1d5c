// A ticket's hashed feature buckets, numbered in the order they first appear. Open addressing over typed arrays: for
// the few thousand buckets of a ticket, a lookup costs a fraction of a Map's.

const EMPTY = -1;

/** A power of two of at least `n` (and 64): the size of a table for about n / 2 to n entries. */
export function roomFor(n: number): number {
  let room = 64;
  while (room < n) room *= 2;
  return room;
}

export class BucketSlots {
  private keys: Int32Array;
  private slots: Int32Array;
  private mask: number;
  /** Buckets numbered so far: the next new bucket gets this slot. */
  size = 0;

  /** `expected`: about how many buckets will come; the table starts at twice that, so it rarely grows. */
  constructor(expected = 0) {
    const capacity = roomFor(expected * 2);
    this.keys = new Int32Array(capacity).fill(EMPTY);
    this.slots = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

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

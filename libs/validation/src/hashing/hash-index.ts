import { hashOut, hashString } from './hash64';

const SHARDS = 16;

const MAX_LOAD = 0.7;

/**
 * Open-addressing table of 64-bit hashes to the last row number holding the key (row 0 = empty slot). Each slot is
 * three consecutive Uint32 (high, low, row): one cache line per probe. 12 bytes per slot, filled up to 70 % and
 * grown by half.
 */
class HashTable {
  private slots: Uint32Array;
  private size = 0;
  private capacity: number;
  private limit: number;

  constructor(initialCapacity = 1 << 14) {
    this.capacity = Math.max(16, initialCapacity);
    this.slots = new Uint32Array(this.capacity * 3);
    this.limit = Math.floor(this.capacity * MAX_LOAD);
  }

  get count(): number {
    return this.size;
  }

  put(high: number, low: number, rowNumber: number): number {
    const found = this.find(high, low);
    const slots = this.slots;
    if (found >= 0) {
      const previous = slots[found + 2];
      slots[found + 2] = rowNumber;
      return previous;
    }
    const at = -1 - found;
    slots[at] = high;
    slots[at + 1] = low;
    slots[at + 2] = rowNumber;
    if (++this.size > this.limit) this.grow();
    return 0;
  }

  has(high: number, low: number): boolean {
    return this.find(high, low) >= 0;
  }

  /** Offset of the key's slot, or -1 - offset of the empty slot where it would go. */
  private find(high: number, low: number): number {
    const slots = this.slots;
    const capacity = this.capacity;
    // Maps the 32-bit mix onto [0, capacity) by multiplication (exact in doubles), as capacity is no power of two.
    let slot = Math.floor(((low ^ Math.imul(high, 0x9e3779b1)) >>> 0) * capacity / 4294967296);
    for (;;) {
      const at = slot * 3;
      if (slots[at + 2] === 0) return -1 - at;
      if (slots[at] === high && slots[at + 1] === low) return at;
      slot = slot + 1 === capacity ? 0 : slot + 1;
    }
  }

  private grow(): void {
    const old = this.slots;
    this.capacity = Math.ceil(this.capacity * 1.5);
    this.slots = new Uint32Array(this.capacity * 3);
    this.limit = Math.floor(this.capacity * MAX_LOAD);
    for (let at = 0; at < old.length; at += 3) {
      if (old[at + 2] === 0) continue;
      const target = -1 - this.find(old[at], old[at + 1]);
      this.slots[target] = old[at];
      this.slots[target + 1] = old[at + 1];
      this.slots[target + 2] = old[at + 2];
    }
  }
}

/**
 * Uniqueness index of a column or key: 64-bit hashes of the values, never the values, in 16 shards chosen by the
 * hash's top bits. Shards grow one at a time, so growing never doubles the memory: 2,000,000 keys hold about
 * 40 MB at the peak.
 */
export class HashIndex {
  private readonly shards: HashTable[] = [];

  constructor(initialCapacity = 1 << 14) {
    for (let shard = 0; shard < SHARDS; shard++) this.shards.push(new HashTable(Math.ceil(initialCapacity / SHARDS)));
  }

  get count(): number {
    return this.shards.reduce((sum, shard) => sum + shard.count, 0);
  }

  /** Records `rowNumber` for `key`; returns the row that held it before, or 0 when the key is new. */
  put(key: string, rowNumber: number): number {
    hashString(key);
    return this.shards[hashOut[0] >>> 28].put(hashOut[0], hashOut[1], rowNumber);
  }

  has(key: string): boolean {
    hashString(key);
    return this.shards[hashOut[0] >>> 28].has(hashOut[0], hashOut[1]);
  }
}

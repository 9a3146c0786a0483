import { hashOut, hashString } from './hash64';

/**
 * Open-addressing table of 64-bit hashes to the last row number holding the key (row 0 = empty slot). Each slot is
 * three consecutive Uint32 (high, low, row): one cache line per probe. 12 bytes per slot, grown at half load:
 * 2,000,000 keys take 48 MB.
 */
export class HashIndex {
  private slots: Uint32Array;
  private size = 0;
  private mask: number;

  constructor(initialCapacity = 1 << 14) {
    let capacity = 1;
    while (capacity < initialCapacity) capacity <<= 1;
    this.slots = new Uint32Array(capacity * 3);
    this.mask = capacity - 1;
  }

  get count(): number {
    return this.size;
  }

  /** Records `rowNumber` for `key`; returns the row that held it before, or 0 when the key is new. */
  put(key: string, rowNumber: number): number {
    hashString(key);
    const high = hashOut[0];
    const low = hashOut[1];
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
    if (++this.size * 2 > this.mask) this.grow();
    return 0;
  }

  has(key: string): boolean {
    hashString(key);
    return this.find(hashOut[0], hashOut[1]) >= 0;
  }

  /** Offset of the key's slot, or -1 - offset of the empty slot where it would go. */
  private find(high: number, low: number): number {
    const slots = this.slots;
    const mask = this.mask;
    let slot = (low ^ Math.imul(high, 0x9e3779b1)) & mask;
    for (;;) {
      const at = slot * 3;
      if (slots[at + 2] === 0) return -1 - at;
      if (slots[at] === high && slots[at + 1] === low) return at;
      slot = (slot + 1) & mask;
    }
  }

  private grow(): void {
    const old = this.slots;
    const capacity = (this.mask + 1) * 2;
    this.slots = new Uint32Array(capacity * 3);
    this.mask = capacity - 1;
    for (let at = 0; at < old.length; at += 3) {
      if (old[at + 2] === 0) continue;
      const target = -1 - this.find(old[at], old[at + 1]);
      this.slots[target] = old[at];
      this.slots[target + 1] = old[at + 1];
      this.slots[target + 2] = old[at + 2];
    }
  }
}

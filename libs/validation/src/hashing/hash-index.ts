import { hashOut, hashString } from './hash64';

/**
 * Open-addressing table of 64-bit hashes (two Uint32Array halves) to the last row number holding the key
 * (0 = empty slot). 12 bytes per slot, grown at half load: 2,000,000 keys take about 50 MB.
 */
export class HashIndex {
  private high: Uint32Array;
  private low: Uint32Array;
  private rows: Uint32Array;
  private size = 0;
  private mask: number;

  constructor(initialCapacity = 1 << 14) {
    let capacity = 1;
    while (capacity < initialCapacity) capacity <<= 1;
    this.high = new Uint32Array(capacity);
    this.low = new Uint32Array(capacity);
    this.rows = new Uint32Array(capacity);
    this.mask = capacity - 1;
  }

  get count(): number {
    return this.size;
  }

  /** Records `rowNumber` for `key`; returns the row that held it before, or 0 when the key is new. */
  put(key: string, rowNumber: number): number {
    hashString(key);
    return this.putHash(hashOut[0], hashOut[1], rowNumber);
  }

  has(key: string): boolean {
    hashString(key);
    return this.find(hashOut[0], hashOut[1]) >= 0;
  }

  private find(high: number, low: number): number {
    let slot = (low ^ Math.imul(high, 0x9e3779b1)) & this.mask;
    while (this.rows[slot] !== 0) {
      if (this.high[slot] === high && this.low[slot] === low) return slot;
      slot = (slot + 1) & this.mask;
    }
    return -1 - slot;
  }

  private putHash(high: number, low: number, rowNumber: number): number {
    const found = this.find(high, low);
    if (found >= 0) {
      const previous = this.rows[found];
      this.rows[found] = rowNumber;
      return previous;
    }
    const slot = -1 - found;
    this.high[slot] = high;
    this.low[slot] = low;
    this.rows[slot] = rowNumber;
    if (++this.size * 2 > this.mask) this.grow();
    return 0;
  }

  private grow(): void {
    const { high, low, rows } = this;
    const capacity = (this.mask + 1) * 2;
    this.high = new Uint32Array(capacity);
    this.low = new Uint32Array(capacity);
    this.rows = new Uint32Array(capacity);
    this.mask = capacity - 1;
    for (let slot = 0; slot < rows.length; slot++) {
      if (rows[slot] === 0) continue;
      const target = -1 - this.find(high[slot], low[slot]);
      this.high[target] = high[slot];
      this.low[target] = low[slot];
      this.rows[target] = rows[slot];
    }
  }
}

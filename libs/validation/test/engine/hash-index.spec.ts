import { HashIndex } from '../../src/hashing';

describe('HashIndex', () => {
  it('returns the previous row of a key and 0 for a new key, across growth', () => {
    const index = new HashIndex(4);
    for (let row = 1; row <= 10000; row++) expect(index.put(`S${row}`, row)).toBe(0);
    expect(index.count).toBe(10000);
    expect(index.put('S42', 20000)).toBe(42);
    expect(index.put('S42', 20001)).toBe(20000);
    expect(index.has('S9999')).toBe(true);
    expect(index.has('S10001')).toBe(false);
  });

  it('tells apart keys that differ by one character or by order', () => {
    const index = new HashIndex();
    expect(index.put('ab', 1)).toBe(0);
    expect(index.put('ba', 2)).toBe(0);
    expect(index.put('a\u001fb', 3)).toBe(0);
    expect(index.put('ab', 4)).toBe(1);
  });
});

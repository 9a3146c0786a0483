/**
 * Two independent 32-bit hashes of a string (FNV-1a and a Murmur3-style mix), used together as a 64-bit key:
 * uniqueness indexes store these numbers instead of the strings, so memory stays flat whatever the values.
 * With 2,000,000 keys the chance of any false duplicate is about 1e-7.
 */
/** Result slots of the last hashString() call: [high, low] (a shared buffer, no allocation per key). */
export const hashOut = new Uint32Array(2);

export function hashString(text: string): void {
  let a = 0x811c9dc5;
  let b = 0x9747b28c ^ text.length;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    a = Math.imul(a ^ code, 0x01000193);
    let k = Math.imul(code, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    b ^= Math.imul(k, 0x1b873593);
    b = (b << 13) | (b >>> 19);
    b = (Math.imul(b, 5) + 0xe6546b64) | 0;
  }
  b ^= b >>> 16;
  b = Math.imul(b, 0x85ebca6b);
  b ^= b >>> 13;
  b = Math.imul(b, 0xc2b2ae35);
  b ^= b >>> 16;
  hashOut[0] = a;
  hashOut[1] = b;
}

import { TextScanner, type TextScanResult } from '../../src/readers/text-scan';
import { latin1Bytes, utf8Bytes } from './helpers';

function scan(bytes: Uint8Array, chunkSize: number): TextScanResult {
  const scanner = new TextScanner();
  for (let start = 0; start < bytes.length; start += chunkSize) scanner.update(bytes.subarray(start, start + chunkSize));
  return scanner.finish();
}

/** The same bytes at an odd offset of their buffer: the scan cannot read them two at a time. */
function misaligned(bytes: Uint8Array): Uint8Array {
  const buffer = new Uint8Array(bytes.length + 1);
  buffer.set(bytes, 1);
  return buffer.subarray(1);
}

describe('byte scan', () => {
  it.each([
    ['UTF-8 with quotes, CRLF and every candidate delimiter', utf8Bytes('id;nom,x|y\tz\r\n1;"Hôtel ""de"" ville; Tulle",é|€\t\r\n\r\n2;Œuvre\n"a\rb";c\x01\n')],
    ['Windows-1252 with a stray quote', latin1Bytes('id;libellé\n1;l\x92hôtel "vieux";\xa4 5\n2;"non fermé\n')],
  ])('counts the same two bytes at a time as one by one: %s', (_name, bytes) => {
    for (const chunkSize of [1, 2, 3, 4096]) expect(scan(bytes, chunkSize)).toEqual(scan(misaligned(bytes), chunkSize));
  });

  it('counts the lead byte of a sequence broken by the next chunk as a single byte', () => {
    const bytes = latin1Bytes('id;libellé\n2;fermé\n3;hôtel\n');
    for (const chunkSize of [1, 2, 3, 4096]) {
      const counts = scan(bytes, chunkSize).highByteCounts;
      expect([counts[0xe9 - 0x80], counts[0xf4 - 0x80]]).toEqual([2, 1]);
    }
  });
});

import { createHash, randomBytes } from 'crypto';
import { nodeHasher } from '../../src/node';
import { browserHasher } from '../../src/readers';
import { allRows, open } from './helpers';

describe('file digests', () => {
  const bytes = new Uint8Array(Buffer.concat([Buffer.from('id;nom\n1;Tulle\n'), randomBytes(3000).map((byte) => 0x20 + (byte % 90))]));
  const expected = {
    bytes: bytes.length,
    md5: createHash('md5').update(bytes).digest('hex'),
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };

  it.each([
    ['Node', nodeHasher],
    ['pure JS (browser)', browserHasher],
  ])('equal Node crypto with the %s hasher, over chunks of any size, in one pass or two', async (_name, hasher) => {
    for (const singlePass of [false, true]) {
      for (const chunkSize of [1, 63, 4096]) {
        const source = await open(bytes, { hasher, chunkSize, singlePass });
        await allRows(source);
        expect(source.stats()).toEqual(expected);
      }
    }
  });

  it('hash XLSX and JSON bytes too', async () => {
    const json = new TextEncoder().encode('[{"a":1}]');
    const source = await open(json, { name: 'a.json', hasher: browserHasher });
    expect(source.stats()).toEqual({ bytes: json.length, md5: createHash('md5').update(json).digest('hex'), sha256: createHash('sha256').update(json).digest('hex') });
  });
});

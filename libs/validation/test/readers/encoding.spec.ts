import { SourceError } from '../../src/core/contracts';
import { allRows, latin1Bytes, open, utf8Bytes } from './helpers';

/** Bytes from a list of numbers and strings (strings as single bytes). */
function bytes(...parts: Array<string | number[]>): Uint8Array {
  return new Uint8Array(Buffer.concat(parts.map((part) => (typeof part === 'string' ? latin1Bytes(part) : Uint8Array.from(part)))));
}

describe('encoding detection over the whole file', () => {
  it('reads Windows-1252 with ’ œ € from bytes 0x92 0x9C 0x80', async () => {
    const file = bytes('nom;montant\r\nl', [0x92], 'h', [0xf4], 'tel de ville;12 ', [0x80], '\r\nc', [0x9c], 'ur de ville;3\r\n');
    const source = await open(file);
    expect(source.detected).toEqual({ format: 'csv', encoding: 'windows-1252', delimiter: ';' });
    expect(await allRows(source)).toEqual([
      ['l’hôtel de ville', '12 €'],
      ['cœur de ville', '3'],
    ]);
  });

  it('decides Windows-1252 from one byte 0x80–0x9F far after the first megabyte', async () => {
    const filler = 'a;b\n'.repeat(400_000);
    const file = bytes('x;y\n', filler, 'caf', [0xe9], ';d', [0x92], 'o\n');
    const source = await open(file, { chunkSize: 65536 });
    expect(source.detected.encoding).toBe('windows-1252');
    expect((await allRows(source)).at(-1)).toEqual(['café', 'd’o']);
  });

  it('reads ISO-8859-1 (accents, no byte 0x80–0x9F)', async () => {
    const source = await open(bytes('commune,département\nSaint-', [0xc9], 'tienne,Loire\n'));
    expect(source.detected.encoding).toBe('iso-8859-1');
    expect(source.labels).toEqual(['commune', 'département']);
    expect(await allRows(source)).toEqual([['Saint-Étienne', 'Loire']]);
  });

  it('reads ISO-8859-15 when œ and € stand where that encoding puts them', async () => {
    const source = await open(bytes('nom;prix\nC', [0xbd], 'ur de ville;15 ', [0xa4], '\n', [0xbc], 'uvre;8', [0xa4], '\n'));
    expect(source.detected.encoding).toBe('iso-8859-15');
    expect(await allRows(source)).toEqual([
      ['Cœur de ville', '15 €'],
      ['Œuvre', '8€'],
    ]);
  });

  it('keeps Latin-1 for ½ after a digit', async () => {
    const source = await open(bytes('nom;durée\nMairie;1', [0xbd], ' jour\n'));
    expect(source.detected.encoding).toBe('iso-8859-1');
    expect(await allRows(source)).toEqual([['Mairie', '1½ jour']]);
  });

  it('reads UTF-8 with a byte order mark as utf-8-sig and drops the mark from the first label', async () => {
    const source = await open(utf8Bytes('\uFEFFid;nom\n1;Guéret\n'));
    expect(source.detected.encoding).toBe('utf-8-sig');
    expect(source.labels).toEqual(['id', 'nom']);
    expect(await allRows(source)).toEqual([['1', 'Guéret']]);
  });

  it('reads UTF-8 without a byte order mark, characters cut across chunks included', async () => {
    const source = await open(utf8Bytes('nom;ville\nœuvre – €;Besançon\n𝔘nicode;ok\n'), { chunkSize: 1 });
    expect(source.detected.encoding).toBe('utf-8');
    expect(await allRows(source)).toEqual([
      ['œuvre – €', 'Besançon'],
      ['𝔘nicode', 'ok'],
    ]);
  });

  it('calls pure ASCII utf-8', async () => {
    expect((await open(utf8Bytes('a,b\n1,2\n'))).detected.encoding).toBe('utf-8');
  });

  it('keeps UTF-8 when a few stray bytes damage an otherwise UTF-8 file', async () => {
    const text = 'nom;ville\n' + 'Préfecture;Besançon\n'.repeat(50);
    const file = new Uint8Array([...utf8Bytes(text), ...bytes('Caf', [0xe9], ';Lyon\n')]);
    const source = await open(file);
    expect(source.detected.encoding).toBe('utf-8');
    expect((await allRows(source)).at(-1)).toEqual(['Caf\uFFFD', 'Lyon']);
  });

  it('uses the encoding given by the caller', async () => {
    const source = await open(bytes('nom\nC', [0xbd], 'ur\n'), { encoding: 'latin9' });
    expect(source.detected.encoding).toBe('iso-8859-15');
    expect(await allRows(source)).toEqual([['Cœur']]);
  });

  it('rejects an unknown forced encoding in French', async () => {
    await expect(open(utf8Bytes('a\n1\n'), { encoding: 'ebcdic' })).rejects.toMatchObject({ type: 'encoding-error', note: expect.stringContaining('non pris en charge') });
  });

  it('refuses UTF-16 with a French explanation', async () => {
    const file = new Uint8Array([0xff, 0xfe, ...[...'a;b\r\n'].flatMap((character) => [character.charCodeAt(0), 0])]);
    const error = await open(file).catch((caught) => caught);
    expect(error).toBeInstanceOf(SourceError);
    expect(error).toMatchObject({ type: 'encoding-error', note: expect.stringContaining('UTF-16') });
  });
});

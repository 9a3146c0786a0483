import { SourceError } from '../../src/core/contracts';
import { allRows, open, utf8Bytes } from './helpers';

async function failure(promise: Promise<unknown>): Promise<SourceError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(SourceError);
  return error as SourceError;
}

describe('files without a readable table', () => {
  it('reports an empty file as a source error', async () => {
    expect(await failure(open(new Uint8Array(0)))).toMatchObject({ type: 'source-error', note: 'Le fichier est vide (0 octet).' });
  });

  it('reports a file of blank lines as a source error', async () => {
    expect(await failure(open(utf8Bytes('\r\n\n\r\n')))).toMatchObject({ type: 'source-error' });
    expect(await failure(open(utf8Bytes('\n\n'), { name: 'x.json' }))).toMatchObject({ type: 'source-error' });
  });

  it('reports a binary file as an encoding error', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, ...Array.from({ length: 200 }, (_, index) => (index * 37) % 256)]);
    const error = await failure(open(png, { name: 'photo.csv' }));
    expect(error.type).toBe('encoding-error');
    expect(error.note).toContain('ne contient pas du texte lisible');
  });

  it('reports a blank header line as a format error', async () => {
    expect(await failure(open(utf8Bytes('\nid;nom\n1;a\n')))).toMatchObject({ type: 'format-error', note: expect.stringContaining('La ligne 1 est vide') });
  });

  it('reads a header-only file as a table without rows', async () => {
    const source = await open(utf8Bytes('id;nom'));
    expect(source.labels).toEqual(['id', 'nom']);
    expect(await allRows(source)).toEqual([]);
  });
});

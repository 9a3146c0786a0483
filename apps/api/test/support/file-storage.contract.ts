import { createHash } from 'crypto';
import { Readable } from 'stream';
import { text } from 'stream/consumers';
import { FileNotFoundError, FileStorage } from '../../src/storage/file-storage';

/** What every FileStorage driver must do; each driver's spec runs it against its own backend. */
export function itBehavesLikeAFileStorage(storage: () => FileStorage): void {
  it('stores a buffer under a new key, with its SHA-256 and size', async () => {
    const content = Buffer.from('code_insee;nom\n75056;Paris\n', 'utf8');
    const stored = await storage().put(content, { prefix: 'uploads' });
    expect(stored.key).toMatch(/^uploads\/\d{4}\/\d{2}\/[0-9a-f-]{36}$/);
    expect(stored.sha256).toBe(createHash('sha256').update(content).digest('hex'));
    expect(stored.size).toBe(content.length);
    expect(await text(await storage().get(stored.key))).toBe(content.toString('utf8'));
  });

  it('stores a stream, and never reuses a key for identical content', async () => {
    const chunks = ['première ligne\n', 'deuxième ligne\n'];
    const first = await storage().put(Readable.from(chunks.map((chunk) => Buffer.from(chunk))));
    const second = await storage().put(Buffer.from(chunks.join('')));
    expect(first.sha256).toBe(second.sha256);
    expect(first.key).not.toBe(second.key);
    expect(await text(await storage().get(first.key))).toBe(chunks.join(''));
  });

  it('tells whether a key exists, deletes, and reports a missing file', async () => {
    const stored = await storage().put(Buffer.from('x'));
    expect(await storage().exists(stored.key)).toBe(true);
    await storage().delete(stored.key);
    expect(await storage().exists(stored.key)).toBe(false);
    await expect(storage().get(stored.key)).rejects.toBeInstanceOf(FileNotFoundError);
    await expect(storage().delete(stored.key)).resolves.toBeUndefined();
  });

  it('refuses keys that could escape the storage', async () => {
    await expect(storage().get('../../etc/passwd')).rejects.toThrow('Clé de stockage invalide');
  });

  it('reports itself healthy', async () => {
    expect(await storage().health()).toEqual({ up: true });
  });
}

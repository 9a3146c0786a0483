import fs from 'fs';
import os from 'os';
import path from 'path';
import { Readable } from 'stream';
import { itBehavesLikeAFileStorage } from '../../../test/support/file-storage.contract';
import { LocalFileStorage } from './local-file-storage';

describe('LocalFileStorage', () => {
  let root: string;
  let storage: LocalFileStorage;

  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'maillage-storage-'));
    storage = new LocalFileStorage(root);
  });

  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  itBehavesLikeAFileStorage(() => storage);

  it('leaves neither the file nor a temporary file when the source stream fails', async () => {
    const failing = new Readable({
      read() {
        this.push(Buffer.from('début'));
        this.destroy(new Error('connexion coupée'));
      },
    });
    await expect(storage.put(failing, { prefix: 'echec' })).rejects.toThrow('connexion coupée');
    expect(fs.readdirSync(path.join(root, '.tmp'))).toEqual([]);
    expect(fs.existsSync(path.join(root, 'echec'))).toBe(false);
  });

  it('reports an unwritable directory as down', async () => {
    const file = path.join(root, 'pas-un-dossier');
    fs.writeFileSync(file, '');
    const broken = Object.assign(Object.create(LocalFileStorage.prototype), { root: file, temporaryDirectory: path.join(file, '.tmp') });
    expect(await broken.health()).toMatchObject({ up: false, detail: expect.stringContaining('Écriture impossible') });
  });
});

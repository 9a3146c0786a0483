import fs from 'fs';
import os from 'os';
import path from 'path';
import { utils } from 'ssh2';
import { generateEd25519KeyPair, loadOrCreateHostKey } from './host-key';

describe('SFTP host key', () => {
  let directory: string;

  beforeEach(() => {
    directory = fs.mkdtempSync(path.join(os.tmpdir(), 'maillage-host-key-'));
  });

  afterEach(() => fs.rmSync(directory, { recursive: true, force: true }));

  it('draws only key pairs that ssh2 reads back (its generator spoils about one in 256)', () => {
    for (let draw = 0; draw < 1000; draw++) {
      const pair = generateEd25519KeyPair();
      expect(utils.parseKey(pair.private)).not.toBeInstanceOf(Error);
      expect(utils.parseKey(pair.public)).not.toBeInstanceOf(Error);
    }
  });

  it('creates the key once, private to the process owner, and keeps it', () => {
    const file = path.join(directory, 'sftp', 'host_ed25519');
    const first = loadOrCreateHostKey(file);
    expect(utils.parseKey(first)).toMatchObject({ type: 'ssh-ed25519', comment: 'maillage-sftp' });
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(loadOrCreateHostKey(file).equals(first)).toBe(true);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['host_ed25519']);
  });

  it('stops the start with what to do when the key file is unreadable, and leaves the file alone', () => {
    const file = path.join(directory, 'host_ed25519');
    fs.writeFileSync(file, '-----BEGIN OPENSSH PRIVATE KEY-----\ntronquée\n');
    expect(() => loadOrCreateHostKey(file)).toThrow(/^La clé d’hôte SFTP .*host_ed25519 est illisible .* supprimez ce fichier/);
    expect(fs.readFileSync(file, 'utf8')).toContain('tronquée');
  });
});

import fs from 'fs';
import path from 'path';
import { utils } from 'ssh2';

/**
 * The server's Ed25519 host key, generated on first start and kept: producers' clients remember it, and a new key
 * at each restart would make them refuse to connect ("host key changed").
 */
export function loadOrCreateHostKey(file: string): Buffer {
  if (fs.existsSync(file)) return fs.readFileSync(file);
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const { private: privateKey } = utils.generateKeyPairSync('ed25519', { comment: 'maillage-sftp' });
  try {
    // `wx`: two processes starting at once must not overwrite each other's key.
    fs.writeFileSync(file, privateKey, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return fs.readFileSync(file);
}

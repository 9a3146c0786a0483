import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const SECRET_FILE = 'auth-jwt-secret';

/**
 * The configured AUTH_JWT_SECRET, or a random one generated on first start and kept (mode 0600) in the data directory
 * so that tokens survive a restart. Several API instances must share AUTH_JWT_SECRET instead.
 */
export function resolveLocalTokenSecret(configured: string | null, dataDirectory: string): string {
  if (configured) return configured;
  const file = path.join(dataDirectory, SECRET_FILE);
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  fs.mkdirSync(dataDirectory, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  try {
    fs.writeFileSync(file, secret, { mode: 0o600, flag: 'wx' });
    return secret;
  } catch (error) {
    // Another process started at the same moment and wrote it first: use theirs.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return fs.readFileSync(file, 'utf8').trim();
    throw error;
  }
}

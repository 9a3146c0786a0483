import fs from 'fs';
import path from 'path';
import { utils } from 'ssh2';

/** Draws before giving up: each draw fails about once in 256, so 32 failures in a row never happen. */
const GENERATION_ATTEMPTS = 32;

/**
 * An Ed25519 key pair that ssh2 reads back. ssh2's generator strips leading zero bytes off the public key
 * (mscdex/ssh2#1390, #1513): about one key in 256 comes out unreadable, and a host key drawn so would stop the
 * server from starting, at every start, since it is kept. Such a pair is drawn again.
 */
export function generateEd25519KeyPair(comment?: string): { private: string; public: string } {
  for (let attempt = 0; attempt < GENERATION_ATTEMPTS; attempt++) {
    const pair = utils.generateKeyPairSync('ed25519', comment === undefined ? undefined : { comment });
    if (!(utils.parseKey(pair.private) instanceof Error) && !(utils.parseKey(pair.public) instanceof Error)) return pair;
  }
  throw new Error(`ssh2 n’a produit aucune clé Ed25519 lisible en ${GENERATION_ATTEMPTS} essais`);
}

/**
 * The server's Ed25519 host key, generated on first start and kept: producers' clients remember it, and a new key
 * at each restart would make them refuse to connect ("host key changed"). An unreadable key file stops the start
 * with what to do, rather than being replaced behind the administrator's back.
 */
export function loadOrCreateHostKey(file: string): Buffer {
  if (!fs.existsSync(file)) createHostKey(file);
  const key = fs.readFileSync(file);
  const parsed = utils.parseKey(key);
  if (parsed instanceof Error) {
    throw new Error(`La clé d’hôte SFTP ${file} est illisible (${parsed.message}) : supprimez ce fichier pour qu’une nouvelle clé soit générée, ou indiquez une clé Ed25519 valide (SFTP_HOST_KEY_PATH).`);
  }
  return key;
}

/** Written aside, then linked into place: a process starting at the same time never reads a half-written key. */
function createHostKey(file: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const aside = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(aside, generateEd25519KeyPair('maillage-sftp').private, { mode: 0o600 });
  try {
    fs.linkSync(aside, file);
  } catch (error) {
    // Another process linked its key first: that one is kept.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    fs.rmSync(aside, { force: true });
  }
}

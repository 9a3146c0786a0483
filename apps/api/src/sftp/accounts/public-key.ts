import { createHash, createPublicKey } from 'node:crypto';
import { utils } from 'ssh2';

export const MIN_RSA_BITS = 3072;
export const ACCEPTED_KEY_TYPES = ['ssh-ed25519', 'ssh-rsa'] as const;

export interface AuthorizedKey {
  type: (typeof ACCEPTED_KEY_TYPES)[number];
  /** `<type> <base64 blob>`, without the comment. */
  line: string;
  fingerprint: string;
}

export class UnacceptableKeyError extends Error {}

/** `SHA256:<base64 without padding>` of the key blob, as `ssh-keygen -l` prints it. */
export function fingerprintOf(blob: Buffer): string {
  return `SHA256:${createHash('sha256').update(blob).digest('base64').replace(/=+$/, '')}`;
}

/**
 * Accepts an OpenSSH public key line (or RFC 4716 / PuTTY export) of type Ed25519 or RSA of at least 3072 bits;
 * anything else is refused with the reason, in French.
 */
export function parseAuthorizedKey(text: string): AuthorizedKey {
  const parsed = utils.parseKey(text.trim());
  const key = Array.isArray(parsed) ? parsed[0] : parsed;
  if (!key || key instanceof Error) {
    throw new UnacceptableKeyError('Clé publique illisible : collez la ligne du fichier .pub, par exemple « ssh-ed25519 AAAAC3… commentaire »');
  }
  if (key.isPrivateKey()) {
    throw new UnacceptableKeyError('Ceci est une clé privée : envoyez uniquement la clé publique (fichier .pub) et gardez la clé privée secrète');
  }
  const type = key.type as AuthorizedKey['type'];
  if (!ACCEPTED_KEY_TYPES.includes(type)) {
    throw new UnacceptableKeyError(`Type de clé « ${key.type} » refusé : seules les clés Ed25519 et RSA d’au moins ${MIN_RSA_BITS} bits sont acceptées`);
  }
  if (type === 'ssh-rsa') {
    const bits = createPublicKey(key.getPublicPEM()).asymmetricKeyDetails?.modulusLength ?? 0;
    if (bits < MIN_RSA_BITS) {
      throw new UnacceptableKeyError(`Clé RSA de ${bits} bits refusée : ${MIN_RSA_BITS} bits au minimum (ssh-keygen -t ed25519 ou ssh-keygen -t rsa -b 4096)`);
    }
  }
  const blob = key.getPublicSSH();
  return { type, line: `${type} ${blob.toString('base64')}`, fingerprint: fingerprintOf(blob) };
}

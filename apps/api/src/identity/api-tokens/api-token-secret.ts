import { createHash, randomBytes } from 'node:crypto';

export const API_TOKEN_PREFIX = 'mlg_';
const VISIBLE_LENGTH = API_TOKEN_PREFIX.length + 8;

/** `mlg_` + 32 random bytes in base64url: recognisable by secret scanners, 256 bits of entropy. */
export function generateApiTokenSecret(): string {
  return `${API_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
}

/** The secret is high-entropy, so a plain sha256 is enough to store it (no slow hash needed). */
export function hashApiTokenSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

export function visiblePrefix(secret: string): string {
  return secret.slice(0, VISIBLE_LENGTH);
}

export function looksLikeApiToken(credential: string): boolean {
  return credential.startsWith(API_TOKEN_PREFIX);
}

import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

export interface ScryptCost {
  N: number;
  r: number;
  p: number;
}

/** OWASP's scrypt minimum (2^15, 8, 1): about 100 ms and 32 MiB per hash on the project's machines. */
export const DEFAULT_SCRYPT_COST: ScryptCost = { N: 2 ** 15, r: 8, p: 1 };
const KEY_LENGTH = 32;
const SALT_LENGTH = 16;
const FORMAT = 'scrypt';

/**
 * Hashes are self-describing (`scrypt$N$r$p$salt$key`, base64url) so raising the cost later keeps old hashes verifiable.
 */
export class PasswordHasher {
  constructor(private readonly cost: ScryptCost = DEFAULT_SCRYPT_COST) {}

  async hash(password: string): Promise<string> {
    const salt = randomBytes(SALT_LENGTH);
    const key = await derive(password, salt, this.cost);
    const { N, r, p } = this.cost;
    return [FORMAT, N, r, p, salt.toString('base64url'), key.toString('base64url')].join('$');
  }

  async verify(password: string, encoded: string): Promise<boolean> {
    const parsed = parse(encoded);
    if (!parsed) return false;
    const key = await derive(password, parsed.salt, parsed.cost, parsed.key.length);
    return key.length === parsed.key.length && timingSafeEqual(key, parsed.key);
  }

  /** Spends the same time as a real verification, so an unknown username is not revealed by a faster answer. */
  async burnVerification(password: string): Promise<void> {
    await derive(password, randomBytes(SALT_LENGTH), this.cost);
  }
}

function derive(password: string, salt: Buffer, cost: ScryptCost, length = KEY_LENGTH): Promise<Buffer> {
  const maxmem = 256 * cost.N * cost.r;
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, length, { ...cost, maxmem }, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

function parse(encoded: string): { cost: ScryptCost; salt: Buffer; key: Buffer } | null {
  const parts = encoded.split('$');
  if (parts.length !== 6 || parts[0] !== FORMAT) return null;
  const [N, r, p] = parts.slice(1, 4).map(Number);
  if (![N, r, p].every((value) => Number.isSafeInteger(value) && value > 0)) return null;
  return { cost: { N, r, p }, salt: Buffer.from(parts[4], 'base64url'), key: Buffer.from(parts[5], 'base64url') };
}

import { createHash, randomUUID } from 'crypto';
import { Readable, Transform } from 'stream';
import type { DriverHealth } from '../common/driver-health';

export const FILE_STORAGE = Symbol('FILE_STORAGE');

export interface StoredFile {
  key: string;
  /** Hex SHA-256 of the content, computed while it was written. */
  sha256: string;
  size: number;
}

export interface PutOptions {
  /** First segment of the key, to group files by use (`uploads`, `exports`…). */
  prefix?: string;
  contentType?: string;
}

/** Files (uploads, exports) on local disk in the embedded mode, on S3-compatible storage in production. */
export interface FileStorage {
  readonly driver: 'local' | 's3';
  put(content: Readable | Buffer, options?: PutOptions): Promise<StoredFile>;
  /** Rejects with FileNotFoundError when the key names no file. */
  get(key: string): Promise<Readable>;
  exists(key: string): Promise<boolean>;
  /** Deleting a missing key is not an error. */
  delete(key: string): Promise<void>;
  health(): Promise<DriverHealth>;
}

export class FileNotFoundError extends Error {
  constructor(readonly key: string) {
    super(`Fichier introuvable dans le stockage : ${key}`);
    this.name = 'FileNotFoundError';
  }
}

const KEY_PATTERN = /^[a-z0-9][a-z0-9-]*(?:\/[a-z0-9][a-z0-9._-]*)*$/;
const PREFIX_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

/** Keys are generated here, never taken from users; checking them still keeps a bad key from escaping the storage root. */
export function assertValidKey(key: string): void {
  if (!KEY_PATTERN.test(key) || key.includes('..')) throw new Error(`Clé de stockage invalide : « ${key} »`);
}

/** `uploads/2026/11/<uuid>`: unique, so that deleting one file never removes another with the same content. */
export function newKey(prefix = 'files', now = new Date()): string {
  if (!PREFIX_PATTERN.test(prefix)) throw new Error(`Préfixe de stockage invalide : « ${prefix} »`);
  const month = String(now.getUTCMonth() + 1).padStart(2, '0');
  return `${prefix}/${now.getUTCFullYear()}/${month}/${randomUUID()}`;
}

/** A pass-through stream that measures and hashes what flows through it. */
export class HashingStream extends Transform {
  private readonly hash = createHash('sha256');
  size = 0;

  _transform(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null, data?: Buffer) => void): void {
    this.hash.update(chunk);
    this.size += chunk.length;
    callback(null, chunk);
  }

  digest(): string {
    return this.hash.digest('hex');
  }
}

export function toStream(content: Readable | Buffer): Readable {
  return Buffer.isBuffer(content) ? Readable.from([content]) : content;
}

import { createReadStream, statSync } from 'fs';
import { basename } from 'path';
import type { ByteSourceFactory, TableSource } from '../core/contracts';
import { openTable, type OpenTableOptions } from '../readers';
import { nodeHasher } from './node-hasher';
import { threadedNodeHasher } from './threaded-hasher';

const CHUNK_SIZE = 1024 * 1024;
/** From this size, hashing on a worker thread saves more than the thread costs to start. */
const THREADED_HASHING_FROM = 8 * 1024 * 1024;

/** Opens the file again at each call: the readers read it twice (detection, then parsing). */
export function fileByteSource(path: string): ByteSourceFactory {
  return () => createReadStream(path, { highWaterMark: CHUNK_SIZE });
}

export type OpenFileOptions = Partial<OpenTableOptions>;

/** A table from a file on disk, named after the file, hashed with Node's crypto (on a worker thread if large). */
export async function openFile(path: string, options: OpenFileOptions = {}): Promise<TableSource> {
  const hasher = options.hasher ?? (statSync(path).size >= THREADED_HASHING_FROM ? threadedNodeHasher : nodeHasher);
  return openTable(fileByteSource(path), { ...options, name: options.name ?? basename(path), hasher });
}

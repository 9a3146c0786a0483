import { createReadStream } from 'fs';
import { basename } from 'path';
import type { ByteSourceFactory, TableSource } from '../core/contracts';
import { openTable, type OpenTableOptions } from '../readers';
import { nodeHasher } from './node-hasher';

const CHUNK_SIZE = 1024 * 1024;

/** Opens the file again at each call: the readers read it twice (detection, then parsing). */
export function fileByteSource(path: string): ByteSourceFactory {
  return () => createReadStream(path, { highWaterMark: CHUNK_SIZE });
}

export type OpenFileOptions = Partial<OpenTableOptions>;

/** A table from a file on disk, named after the file, hashed with Node's crypto. */
export function openFile(path: string, options: OpenFileOptions = {}): Promise<TableSource> {
  return openTable(fileByteSource(path), { ...options, name: options.name ?? basename(path), hasher: options.hasher ?? nodeHasher });
}

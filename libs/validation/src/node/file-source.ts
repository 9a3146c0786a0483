import { createReadStream } from 'fs';
import { basename } from 'path';
import type { ByteSourceFactory, TableSource } from '../core/contracts';
import { openTable, type OpenTableOptions } from '../readers';
import { nodeHasher } from './node-hasher';

/**
 * Bytes per read. Node's read buffers live outside the heap until their wrapper is collected: 1 MiB chunks kept the
 * process about 80 MB larger than 256 kB chunks for the same CPU.
 */
const CHUNK_SIZE = 256 * 1024;

/** Opens the file again at each call: the readers may read it twice (detection, then parsing). */
export function fileByteSource(path: string): ByteSourceFactory {
  return () => createReadStream(path, { highWaterMark: CHUNK_SIZE });
}

export type OpenFileOptions = Partial<OpenTableOptions>;

/**
 * A table from a file on disk, named after the file, hashed with Node's crypto on this thread. Measured on 62 MB read
 * in one pass on the shared 2-core machine, hashing on worker threads lost both ways it was tried: chunk copies posted
 * to them (+0.19 CPU s, +137 MB peak RSS as copies queued, slower wall), and a shared-memory ring without messages
 * (+30 MB, and this thread spent 8 % of its time waiting for workers that got no free core).
 */
export async function openFile(path: string, options: OpenFileOptions = {}): Promise<TableSource> {
  return openTable(fileByteSource(path), { ...options, name: options.name ?? basename(path), hasher: options.hasher ?? nodeHasher });
}

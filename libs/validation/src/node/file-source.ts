import { createReadStream } from 'fs';
import { stat } from 'fs/promises';
import { basename } from 'path';
import type { ByteSourceFactory, TableSource } from '../core/contracts';
// Not the readers' index: it brings the browser's pure-JS hashers, which Node never uses.
import { openTable, type OpenTableOptions } from '../readers/open-table';
import { nodeHasher } from './node-hasher';
import { inspectOnWorkerThread } from './worker-inspection';

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

/** Below this size, hashing and scanning on this thread (about 5 ms per MB) costs less than starting a worker. */
export const WORKER_INSPECTION_BYTES = 8 * 1024 * 1024;

/**
 * A table from a file on disk, hashed with Node's crypto. Read in one pass, the file is hashed and scanned by a worker
 * thread reading it beside this one (see worker-inspection.ts): a hasher fed chunk copies by this thread lost on the
 * 2-core machine (+0.19 CPU s, +137 MB peak RSS as copies queued), a worker reading on its own does not.
 */
export async function openFile(path: string, options: OpenFileOptions = {}): Promise<TableSource> {
  const inspection = options.singlePass && !options.hasher && (await stat(path)).size >= WORKER_INSPECTION_BYTES ? () => inspectOnWorkerThread(path) : undefined;
  return openTable(fileByteSource(path), { inspection, ...options, name: options.name ?? basename(path), hasher: options.hasher ?? nodeHasher });
}

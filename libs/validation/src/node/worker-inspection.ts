import { closeSync, existsSync, openSync, readSync } from 'fs';
import { join } from 'path';
import { parentPort, Worker, workerData } from 'worker_threads';
import { SourceError } from '../core/contracts';
import { inspectOnThisThread, type StreamFindings, type StreamInspection } from '../readers/stream-inspection';
import { nodeHasher } from './node-hasher';

/** Bytes per read on the worker: one buffer, reused, never handed to the garbage collector. */
const READ_SIZE = 1024 * 1024;

/**
 * Run from the TypeScript sources (tests, the CLI, benchmarks), the worker compiles them as the CLI does; the
 * compiled build loads its JavaScript directly.
 */
const TYPESCRIPT_HOOK = join(__dirname, '..', '..', '..', '..', 'tools', 'cli', 'register.js');

const WORKER_SOURCE = `
const { workerData } = require('worker_threads');
if (workerData.hook) require(workerData.hook);
require(workerData.entry).inspectForParent();
`;

interface WorkerInput {
  hook?: string;
  entry: string;
  path: string;
}

/**
 * Hashes and scans a file on a worker thread that reads it again from the disk cache, while this thread decodes,
 * parses and validates the same bytes: the two cores share a one-pass reading without a byte crossing threads.
 * Copying chunks to a worker was measured before and lost (+0.19 CPU s and +137 MB as copies queued); a second
 * read of a cached file costs about 0.03 CPU s per 62 MB. The byte count read here must match the worker's, so a
 * file changed during the reading is refused rather than half-described.
 */
export function inspectOnWorkerThread(path: string): StreamInspection {
  const entry = __filename;
  const input: WorkerInput = { entry, path, hook: entry.endsWith('.ts') && existsSync(TYPESCRIPT_HOOK) ? TYPESCRIPT_HOOK : undefined };
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: input });
  const findings = new Promise<StreamFindings>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`l’inspection du fichier s’est arrêtée (code ${code})`)));
  });
  findings.catch(() => undefined); // awaited by finish(); an abandoned inspection's failure concerns nobody
  let bytesRead = 0;
  return {
    update(chunk) {
      bytesRead += chunk.length;
    },
    async finish() {
      let result: StreamFindings;
      try {
        result = await findings;
      } catch (error) {
        throw new SourceError('source-error', `Le fichier n’a pas pu être relu : ${error instanceof Error ? error.message : String(error)}.`);
      }
      if (result.digests.bytes !== bytesRead) {
        throw new SourceError('source-error', `Le fichier a changé pendant sa lecture (${bytesRead} octets lus, puis ${result.digests.bytes}) : envoyez-le de nouveau une fois écrit.`);
      }
      return result;
    },
    abandon() {
      void worker.terminate();
    },
  };
}

/** The worker's side: reads the whole file, then posts its findings. */
export function inspectForParent(): void {
  const { path } = workerData as WorkerInput;
  const inspection = inspectOnThisThread(nodeHasher);
  const buffer = new Uint8Array(READ_SIZE);
  const descriptor = openSync(path, 'r');
  try {
    for (let length = readSync(descriptor, buffer); length > 0; length = readSync(descriptor, buffer)) inspection.update(buffer.subarray(0, length));
  } finally {
    closeSync(descriptor);
  }
  void inspection.finish().then((findings) => parentPort?.postMessage(findings));
}

import { Worker } from 'worker_threads';
import type { Hasher, HasherFactory } from '../core/contracts';

/** The worker: hashes the chunks it receives; on null, writes the hex digest into shared memory and wakes the caller. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('worker_threads');
const hash = require('crypto').createHash(workerData.algorithm);
const signal = new Int32Array(workerData.signal);
parentPort.on('message', (chunk) => {
  if (chunk !== null) return void hash.update(chunk);
  const hex = Buffer.from(hash.digest('hex'));
  new Uint8Array(workerData.digest).set(hex);
  Atomics.store(signal, 0, hex.length);
  Atomics.notify(signal, 0);
  parentPort.close();
});`;

const DIGEST_TIMEOUT_MS = 120_000;

/**
 * Node's crypto on a worker thread: hashing a large file (md5 + sha256: about 0.12 s per 62 MB) then runs beside
 * the detection pass instead of inside it. Each chunk is copied to the worker; digestHex() waits for it.
 */
export const threadedNodeHasher: HasherFactory = (algorithm): Hasher => {
  const signal = new SharedArrayBuffer(4);
  const digest = new SharedArrayBuffer(128);
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { algorithm, signal, digest } });
  worker.unref();
  return {
    update(chunk) {
      // A copy in an ArrayBuffer of its own, handed over without a second copy (a Buffer's slice() would share it).
      const copy = new Uint8Array(chunk);
      worker.postMessage(copy, [copy.buffer]);
    },
    digestHex() {
      worker.postMessage(null);
      const state = new Int32Array(signal);
      if (Atomics.wait(state, 0, 0, DIGEST_TIMEOUT_MS) === 'timed-out') {
        void worker.terminate();
        throw new Error(`Empreinte ${algorithm} non calculée : le thread de hachage ne répond pas.`);
      }
      return new TextDecoder().decode(new Uint8Array(digest, 0, Atomics.load(state, 0)));
    },
  };
};

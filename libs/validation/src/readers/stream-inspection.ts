import type { HasherFactory, SourceStats } from '../core/contracts';
import { ByteStats } from './byte-stats';
import { TextScanner, type TextScanResult } from './text-scan';

/** What the whole byte stream says: its size and digests, and the scan that decides encoding, delimiter and line ends. */
export interface StreamFindings {
  digests: SourceStats;
  scan: TextScanResult;
}

/**
 * Hashes and scans the bytes that a one-pass reading parses. `update` is given every chunk in order; `finish`, once
 * the stream has ended, gives the findings; `abandon` releases what an unfinished inspection holds.
 */
export interface StreamInspection {
  update(chunk: Uint8Array): void;
  finish(): Promise<StreamFindings>;
  abandon(): void;
}

/** Starts the inspection of a stream about to be read; Node's may do the work on another thread. */
export type StreamInspectionFactory = () => StreamInspection;

/** The inspection done on the parsing thread, chunk by chunk. */
export function inspectOnThisThread(hasher: HasherFactory): StreamInspection {
  const stats = new ByteStats(hasher);
  const scanner = new TextScanner();
  return {
    update(chunk) {
      stats.update(chunk);
      scanner.update(chunk);
    },
    finish: async () => ({ digests: stats.finish(), scan: scanner.finish() }),
    abandon: () => void stats.finish(),
  };
}

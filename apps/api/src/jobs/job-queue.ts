import type { DriverHealth } from '../common/driver-health';
import type { JobDriverName } from '../config/app.config';

export const JOB_QUEUE = Symbol('JOB_QUEUE');

export interface JobOptions {
  /** Total tries, the first one included. */
  attempts?: number;
  /** Wait before the second try; doubled for each following one. */
  backoffMs?: number;
  delayMs?: number;
}

export interface JobContext {
  jobId: string;
  attempt: number;
}

export type JobHandler<Payload = unknown> = (payload: Payload, context: JobContext) => Promise<void> | void;

export interface JobCounts {
  waiting: number;
  active: number;
  completed: number;
  failed: number;
}

/**
 * Background work, whatever runs it: rows in the application database (embedded), Redis through BullMQ
 * (production, `worker.ts` processes), or inline (tests). Payloads must survive JSON.
 */
export interface JobQueue {
  readonly driver: JobDriverName;
  enqueue<Payload>(name: string, payload: Payload, options?: JobOptions): Promise<string>;
  registerHandler<Payload>(name: string, handler: JobHandler<Payload>): void;
  /** Starts running registered handlers in this process. */
  startProcessing(): Promise<void>;
  counts(): Promise<JobCounts>;
  health(): Promise<DriverHealth>;
  /** Stops taking jobs, lets running ones finish for at most `graceMs`, then releases what is left to another run. */
  close(graceMs: number): Promise<void>;
}

export function backoffDelay(baseMs: number, attemptsMade: number): number {
  return baseMs * 2 ** Math.max(0, attemptsMade - 1);
}

export function missingHandler(name: string): Error {
  return new Error(`Aucun gestionnaire enregistré pour les tâches « ${name} »`);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

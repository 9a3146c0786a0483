import { randomUUID } from 'crypto';
import { describeError, DriverHealth } from '../../common/driver-health';
import { JobCounts, JobHandler, JobOptions, JobQueue, missingHandler } from '../job-queue';

/**
 * For tests: `enqueue` runs the handler before returning, retrying at once (no backoff) up to the allowed attempts.
 * A job that still fails is counted as failed and its error is rethrown to the caller, so tests see it.
 */
export class SynchronousJobQueue implements JobQueue {
  readonly driver = 'sync' as const;
  private readonly handlers = new Map<string, JobHandler<any>>();
  private readonly tally: JobCounts = { waiting: 0, active: 0, completed: 0, failed: 0 };

  constructor(private readonly defaultAttempts: number) {}

  async enqueue<Payload>(name: string, payload: Payload, options: JobOptions = {}): Promise<string> {
    const handler = this.handlers.get(name);
    if (!handler) throw missingHandler(name);
    const jobId = randomUUID();
    const attempts = options.attempts ?? this.defaultAttempts;
    const roundTripped = JSON.parse(JSON.stringify(payload ?? null)) as Payload;
    let lastError: unknown;
    for (let attempt = 1; attempt <= attempts; attempt += 1) {
      this.tally.active += 1;
      try {
        await handler(roundTripped, { jobId, attempt });
        this.tally.completed += 1;
        return jobId;
      } catch (error) {
        lastError = error;
      } finally {
        this.tally.active -= 1;
      }
    }
    this.tally.failed += 1;
    throw new Error(`La tâche « ${name} » a échoué après ${attempts} essai(s) : ${describeError(lastError)}`);
  }

  registerHandler<Payload>(name: string, handler: JobHandler<Payload>): void {
    this.handlers.set(name, handler);
  }

  async startProcessing(): Promise<void> {
    // Jobs run inside enqueue: nothing to start.
  }

  async counts(): Promise<JobCounts> {
    return { ...this.tally };
  }

  async health(): Promise<DriverHealth> {
    return { up: true };
  }

  async close(): Promise<void> {
    // Nothing runs in the background.
  }
}

import { Logger } from '@nestjs/common';
import { Queue, Worker } from 'bullmq';
import { randomUUID } from 'crypto';
import IORedis from 'ioredis';
import { describeError, DriverHealth } from '../../common/driver-health';
import type { JobsConfig } from '../../config/app.config';
import { JobCounts, JobHandler, JobOptions, JobQueue, missingHandler, sleep } from '../job-queue';

type Settings = Pick<JobsConfig, 'queueName' | 'concurrency' | 'maxAttempts' | 'backoffMs'> & { redisUrl: string };

const KEEP_COMPLETED = { age: 24 * 3600, count: 1000 };
const KEEP_FAILED = { age: 30 * 24 * 3600 };

/** Production driver: jobs live in Redis; any number of `worker.ts` processes run them side by side. */
export class BullMqJobQueue implements JobQueue {
  readonly driver = 'bullmq' as const;
  private readonly logger = new Logger('Jobs');
  private readonly handlers = new Map<string, JobHandler<any>>();
  private readonly connection: IORedis;
  private readonly queue: Queue;
  private worker: Worker | undefined;
  private workerConnection: IORedis | undefined;

  constructor(private readonly settings: Settings) {
    // BullMQ requires maxRetriesPerRequest: null for the blocking commands its workers use.
    this.connection = new IORedis(settings.redisUrl, { maxRetriesPerRequest: null, lazyConnect: false });
    this.connection.on('error', (error) => this.logger.error(`Redis : ${describeError(error)}`));
    this.queue = new Queue(settings.queueName, { connection: this.connection });
  }

  async enqueue<Payload>(name: string, payload: Payload, options: JobOptions = {}): Promise<string> {
    const job = await this.queue.add(name, payload ?? null, {
      jobId: randomUUID(),
      attempts: options.attempts ?? this.settings.maxAttempts,
      backoff: { type: 'exponential', delay: options.backoffMs ?? this.settings.backoffMs },
      delay: options.delayMs,
      removeOnComplete: KEEP_COMPLETED,
      removeOnFail: KEEP_FAILED,
    });
    return job.id as string;
  }

  registerHandler<Payload>(name: string, handler: JobHandler<Payload>): void {
    this.handlers.set(name, handler);
  }

  async startProcessing(): Promise<void> {
    if (this.worker) return;
    this.workerConnection = this.connection.duplicate();
    this.worker = new Worker(
      this.settings.queueName,
      async (job) => {
        const handler = this.handlers.get(job.name);
        if (!handler) throw missingHandler(job.name);
        await handler(job.data, { jobId: job.id as string, attempt: job.attemptsMade + 1 });
      },
      { connection: this.workerConnection, concurrency: this.settings.concurrency, autorun: true },
    );
    this.worker.on('failed', (job, error) =>
      this.logger.warn(`Tâche ${job?.name} (${job?.id}) en échec, essai ${job?.attemptsMade}/${job?.opts.attempts} : ${error.message}`),
    );
    this.worker.on('error', (error) => this.logger.error(`Worker BullMQ : ${describeError(error)}`));
    await this.worker.waitUntilReady();
  }

  async counts(): Promise<JobCounts> {
    const counts = await this.queue.getJobCounts('waiting', 'delayed', 'prioritized', 'active', 'completed', 'failed');
    return {
      waiting: (counts.waiting ?? 0) + (counts.delayed ?? 0) + (counts.prioritized ?? 0),
      active: counts.active ?? 0,
      completed: counts.completed ?? 0,
      failed: counts.failed ?? 0,
    };
  }

  async health(): Promise<DriverHealth> {
    try {
      const pong = await Promise.race([this.connection.ping(), sleep(2000).then(() => 'délai dépassé')]);
      return pong === 'PONG' ? { up: true } : { up: false, detail: `Redis ne répond pas (${pong})` };
    } catch (error) {
      return { up: false, detail: `Redis injoignable : ${describeError(error)}` };
    }
  }

  /** Running jobs get `graceMs` to finish; after that the worker is closed forcibly and BullMQ's stall check re-queues them. */
  async close(graceMs: number): Promise<void> {
    if (this.worker) {
      const worker = this.worker;
      const closed = worker.close().then(() => true);
      const inTime = await Promise.race([closed, sleep(graceMs).then(() => false)]);
      if (!inTime) await worker.close(true);
      await this.workerConnection?.quit().catch(() => this.workerConnection?.disconnect());
    }
    await this.queue.close();
    await this.connection.quit().catch(() => this.connection.disconnect());
  }
}

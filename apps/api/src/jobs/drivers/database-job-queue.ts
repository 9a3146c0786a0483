import { Logger } from '@nestjs/common';
import { randomUUID } from 'crypto';
import { In, LessThan, LessThanOrEqual, Repository } from 'typeorm';
import { describeError, DriverHealth } from '../../common/driver-health';
import type { JobsConfig } from '../../config/app.config';
import { JobRecord, JobStatus } from '../entities/job.entity';
import {
  backoffDelay,
  JobCounts,
  JobHandler,
  JobOptions,
  JobQueue,
  missingHandler,
  sleep,
} from '../job-queue';

type Settings = Pick<JobsConfig, 'concurrency' | 'pollIntervalMs' | 'maxAttempts' | 'backoffMs' | 'leaseMs'>;

const CLAIM_CANDIDATES = 10;
/** Finished jobs stay visible for a week (to read their outcome), then go, so that the table does not grow forever. */
const KEEP_FINISHED_MS = 7 * 24 * 3600 * 1000;
const PURGE_EVERY_MS = 3600 * 1000;

/**
 * The embedded driver: jobs are rows of the `jobs` table, claimed with a conditional update (so several runners on
 * one PostgreSQL never take the same job) and leased: a runner renews its lease while a job runs, and a job whose
 * lease expired (its runner died) goes back to the queue. A graceful stop hands unfinished jobs back at once.
 */
export class DatabaseJobQueue implements JobQueue {
  readonly driver = 'database' as const;
  private readonly logger = new Logger('Jobs');
  private readonly runnerId = randomUUID();
  private readonly handlers = new Map<string, JobHandler<any>>();
  private readonly running = new Map<string, Promise<void>>();
  private processing = false;
  private closing = false;
  private timer: NodeJS.Timeout | undefined;
  private currentPoll: Promise<void> | undefined;
  private wakeRequested = false;
  private lastPurge = 0;

  constructor(
    private readonly jobs: Repository<JobRecord>,
    private readonly settings: Settings,
  ) {}

  async enqueue<Payload>(name: string, payload: Payload, options: JobOptions = {}): Promise<string> {
    const id = randomUUID();
    await this.jobs.insert({
      id,
      name,
      payload: JSON.stringify(payload ?? null),
      status: JobStatus.Waiting,
      attemptsMade: 0,
      maxAttempts: options.attempts ?? this.settings.maxAttempts,
      backoffMs: options.backoffMs ?? this.settings.backoffMs,
      runAt: new Date(Date.now() + (options.delayMs ?? 0)),
      lockedBy: null,
      lockedUntil: null,
      lastError: null,
      finishedAt: null,
    });
    this.wake();
    return id;
  }

  registerHandler<Payload>(name: string, handler: JobHandler<Payload>): void {
    this.handlers.set(name, handler);
    this.wake();
  }

  async startProcessing(): Promise<void> {
    this.processing = true;
    this.wake();
  }

  async counts(): Promise<JobCounts> {
    const rows = await this.jobs
      .createQueryBuilder('job')
      .select('job.status', 'status')
      .addSelect('COUNT(*)', 'count')
      .groupBy('job.status')
      .getRawMany<{ status: JobStatus; count: string | number }>();
    const counts: JobCounts = { waiting: 0, active: 0, completed: 0, failed: 0 };
    for (const row of rows) counts[row.status] = Number(row.count);
    return counts;
  }

  async health(): Promise<DriverHealth> {
    if (this.closing) return { up: false, detail: 'arrêt en cours' };
    return this.processing ? { up: true } : { up: true, detail: 'file alimentée ici, traitée par un autre processus' };
  }

  async close(graceMs: number): Promise<void> {
    this.closing = true;
    clearTimeout(this.timer);
    await this.currentPoll;
    const finished = Promise.allSettled([...this.running.values()]).then(() => true);
    const inTime = await Promise.race([finished, sleep(graceMs).then(() => false)]);
    if (!inTime) {
      const released = await this.jobs
        .createQueryBuilder()
        .update(JobRecord)
        .set({ status: JobStatus.Waiting, lockedBy: null, lockedUntil: null, attemptsMade: () => '"attemptsMade" - 1' })
        .where({ lockedBy: this.runnerId, status: JobStatus.Active })
        .execute();
      this.logger.warn(`${released.affected ?? 0} tâche(s) interrompue(s) par l’arrêt, remise(s) en file`);
    }
  }

  private wake(): void {
    if (!this.processing || this.closing) return;
    if (this.currentPoll) {
      this.wakeRequested = true;
      return;
    }
    this.schedule(0);
  }

  private schedule(delayMs: number): void {
    clearTimeout(this.timer);
    if (this.closing) return;
    this.timer = setTimeout(() => {
      this.currentPoll = this.poll().finally(() => {
        this.currentPoll = undefined;
        const again = this.wakeRequested;
        this.wakeRequested = false;
        this.schedule(again ? 0 : this.settings.pollIntervalMs);
      });
    }, delayMs);
    this.timer.unref();
  }

  private async poll(): Promise<void> {
    try {
      await this.recoverExpiredLeases();
      await this.purgeOldFinishedJobs();
      while (!this.closing && this.running.size < this.settings.concurrency) {
        const job = await this.claimNext();
        if (!job) break;
        const run = this.execute(job).finally(() => {
          this.running.delete(job.id);
          this.wake();
        });
        this.running.set(job.id, run);
      }
    } catch (error) {
      this.logger.error(`Lecture de la file des tâches impossible : ${describeError(error)}`);
    }
  }

  private async recoverExpiredLeases(): Promise<void> {
    const recovered = await this.jobs.update(
      { status: JobStatus.Active, lockedUntil: LessThan(new Date()) },
      { status: JobStatus.Waiting, lockedBy: null, lockedUntil: null },
    );
    if (recovered.affected) this.logger.warn(`${recovered.affected} tâche(s) abandonnée(s) par un processus arrêté, remise(s) en file`);
  }

  private async purgeOldFinishedJobs(): Promise<void> {
    if (Date.now() - this.lastPurge < PURGE_EVERY_MS) return;
    this.lastPurge = Date.now();
    await this.jobs.delete({ status: In([JobStatus.Completed, JobStatus.Failed]), finishedAt: LessThan(new Date(Date.now() - KEEP_FINISHED_MS)) });
  }

  private async claimNext(): Promise<JobRecord | null> {
    if (this.handlers.size === 0) return null;
    const candidates = await this.jobs.find({
      where: { status: JobStatus.Waiting, runAt: LessThanOrEqual(new Date()), name: In([...this.handlers.keys()]) },
      order: { runAt: 'ASC', createdAt: 'ASC' },
      take: CLAIM_CANDIDATES,
    });
    for (const candidate of candidates) {
      const attemptsMade = candidate.attemptsMade + 1;
      const lockedUntil = new Date(Date.now() + this.settings.leaseMs);
      const claimed = await this.jobs.update(
        { id: candidate.id, status: JobStatus.Waiting },
        { status: JobStatus.Active, lockedBy: this.runnerId, lockedUntil, attemptsMade },
      );
      if (claimed.affected === 1) return { ...candidate, status: JobStatus.Active, attemptsMade, lockedBy: this.runnerId, lockedUntil };
    }
    return null;
  }

  private async execute(job: JobRecord): Promise<void> {
    const heartbeat = setInterval(() => {
      void this.jobs
        .update({ id: job.id, lockedBy: this.runnerId }, { lockedUntil: new Date(Date.now() + this.settings.leaseMs) })
        .catch((error) => this.logger.warn(`Renouvellement du verrou de la tâche ${job.id} impossible : ${describeError(error)}`));
    }, Math.max(100, Math.floor(this.settings.leaseMs / 3)));
    heartbeat.unref();
    try {
      const handler = this.handlers.get(job.name);
      if (!handler) throw missingHandler(job.name);
      await handler(JSON.parse(job.payload), { jobId: job.id, attempt: job.attemptsMade });
      await this.jobs.update(
        { id: job.id, lockedBy: this.runnerId },
        { status: JobStatus.Completed, lockedBy: null, lockedUntil: null, lastError: null, finishedAt: new Date() },
      );
    } catch (error) {
      await this.recordFailure(job, describeError(error));
    } finally {
      clearInterval(heartbeat);
    }
  }

  private async recordFailure(job: JobRecord, message: string): Promise<void> {
    const retry = job.attemptsMade < job.maxAttempts;
    const fields = retry
      ? { status: JobStatus.Waiting, runAt: new Date(Date.now() + backoffDelay(job.backoffMs, job.attemptsMade)) }
      : { status: JobStatus.Failed, finishedAt: new Date() };
    await this.jobs.update({ id: job.id, lockedBy: this.runnerId }, { ...fields, lockedBy: null, lockedUntil: null, lastError: message });
    const outcome = retry ? 'nouvel essai prévu' : 'abandonnée';
    this.logger.warn(`Tâche ${job.name} (${job.id}) en échec, essai ${job.attemptsMade}/${job.maxAttempts}, ${outcome} : ${message}`);
  }
}

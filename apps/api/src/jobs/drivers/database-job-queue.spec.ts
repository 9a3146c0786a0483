import { DataSource, Repository } from 'typeorm';
import { dialectsUnderTest, scratchDatabase, ScratchDatabase } from '../../../test/support/databases';
import { waitFor } from '../../../test/support/wait-for';
import { dataSourceOptions } from '../../database/data-source-options';
import { JobRecord, JobStatus } from '../entities/job.entity';
import { DatabaseJobQueue } from './database-job-queue';

const settings = { concurrency: 2, pollIntervalMs: 20, maxAttempts: 3, backoffMs: 10, leaseMs: 1000 };

describe.each(dialectsUnderTest('DatabaseJobQueue'))('DatabaseJobQueue on %s', (dialect) => {
  let database: ScratchDatabase;
  let dataSource: DataSource;
  let jobs: Repository<JobRecord>;
  const queues: DatabaseJobQueue[] = [];

  function newQueue(overrides: Partial<typeof settings> = {}): DatabaseJobQueue {
    const queue = new DatabaseJobQueue(jobs, { ...settings, ...overrides });
    queues.push(queue);
    return queue;
  }

  beforeAll(async () => {
    database = await scratchDatabase(dialect);
    dataSource = await new DataSource({ ...dataSourceOptions(database.config), migrationsRun: true }).initialize();
    jobs = dataSource.getRepository(JobRecord);
  }, 60_000);

  afterEach(async () => {
    await Promise.all(queues.splice(0).map((queue) => queue.close(0)));
    await jobs.clear();
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('runs each job once with its payload and counts it', async () => {
    const queue = newQueue();
    const seen: unknown[] = [];
    queue.registerHandler<{ file: string }>('import', (payload, context) => {
      seen.push({ payload, attempt: context.attempt });
    });
    await queue.startProcessing();
    const id = await queue.enqueue('import', { file: 'sites.csv' });
    await waitFor('la tâche terminée', async () => (await jobs.findOneByOrFail({ id })).status === JobStatus.Completed);
    expect(seen).toEqual([{ payload: { file: 'sites.csv' }, attempt: 1 }]);
    expect(await queue.counts()).toEqual({ waiting: 0, active: 0, completed: 1, failed: 0 });
  });

  it('retries a failing job with a growing delay, then marks it failed with its error', async () => {
    const queue = newQueue();
    const attemptTimes: number[] = [];
    queue.registerHandler('fragile', () => {
      attemptTimes.push(Date.now());
      throw new Error('service distant indisponible');
    });
    await queue.startProcessing();
    const id = await queue.enqueue('fragile', null, { attempts: 3, backoffMs: 100 });
    const failed = await waitFor('la tâche en échec', async () => {
      const job = await jobs.findOneByOrFail({ id });
      return job.status === JobStatus.Failed ? job : null;
    });
    expect(failed).toMatchObject({ attemptsMade: 3, lastError: 'service distant indisponible', lockedBy: null });
    expect(attemptTimes).toHaveLength(3);
    expect(attemptTimes[1] - attemptTimes[0]).toBeGreaterThanOrEqual(90);
    expect(attemptTimes[2] - attemptTimes[1]).toBeGreaterThanOrEqual(190);
    expect((await queue.counts()).failed).toBe(1);
  });

  it('lets a restarted process pick up the jobs left unfinished', async () => {
    const before = newQueue();
    const id = await before.enqueue('export', { format: 'csv' });
    await before.close(0);

    const after = newQueue();
    const done: unknown[] = [];
    after.registerHandler('export', (payload) => {
      done.push(payload);
    });
    await after.startProcessing();
    await waitFor('la tâche reprise', async () => (await jobs.findOneByOrFail({ id })).status === JobStatus.Completed);
    expect(done).toEqual([{ format: 'csv' }]);
  });

  it('takes over a job whose runner died, once its lease has expired', async () => {
    const queue = newQueue();
    const id = await queue.enqueue('geocode', { row: 12 });
    await jobs.update({ id }, { status: JobStatus.Active, lockedBy: 'processus-disparu', lockedUntil: new Date(Date.now() - 1000), attemptsMade: 1 });
    queue.registerHandler('geocode', () => undefined);
    await queue.startProcessing();
    const job = await waitFor('la tâche reprise', async () => {
      const current = await jobs.findOneByOrFail({ id });
      return current.status === JobStatus.Completed ? current : null;
    });
    expect(job.attemptsMade).toBe(2);
  });

  it('never runs one job twice when two runners compete for it', async () => {
    const first = newQueue({ concurrency: 4 });
    const second = newQueue({ concurrency: 4 });
    const runs = new Map<number, number>();
    for (const queue of [first, second]) {
      queue.registerHandler<{ n: number }>('count', ({ n }) => {
        runs.set(n, (runs.get(n) ?? 0) + 1);
      });
    }
    await Promise.all(Array.from({ length: 20 }, (_, n) => first.enqueue('count', { n })));
    await Promise.all([first.startProcessing(), second.startProcessing()]);
    await waitFor('les 20 tâches', async () => (await first.counts()).completed === 20);
    expect([...runs.values()].every((count) => count === 1)).toBe(true);
    expect(runs.size).toBe(20);
  });

  it('forgets finished jobs after a week, keeping recent and unfinished ones', async () => {
    const queue = newQueue();
    const old = await queue.enqueue('archive', null);
    const recent = await queue.enqueue('archive', null);
    const pending = await queue.enqueue('archive', null, { delayMs: 60_000 });
    await jobs.update({ id: old }, { status: JobStatus.Completed, finishedAt: new Date(Date.now() - 8 * 24 * 3600 * 1000) });
    await jobs.update({ id: recent }, { status: JobStatus.Failed, finishedAt: new Date(Date.now() - 3600 * 1000) });
    await queue.startProcessing();
    await waitFor('la purge', async () => (await jobs.countBy({ id: old })) === 0);
    expect((await jobs.find()).map((job) => job.id).sort()).toEqual([recent, pending].sort());
  });

  it('on close, lets running jobs finish within the grace period and hands back those that do not', async () => {
    const queue = newQueue();
    let release: () => void = () => undefined;
    queue.registerHandler('quick', () => new Promise<void>((resolve) => setTimeout(resolve, 100)));
    queue.registerHandler('endless', () => new Promise<void>((resolve) => (release = resolve)));
    await queue.startProcessing();
    const quick = await queue.enqueue('quick', null);
    const endless = await queue.enqueue('endless', null);
    await waitFor('la tâche sans fin en cours', async () => (await jobs.findOneByOrFail({ id: endless })).status === JobStatus.Active);

    await queue.close(500);
    expect((await jobs.findOneByOrFail({ id: quick })).status).toBe(JobStatus.Completed);
    expect(await jobs.findOneByOrFail({ id: endless })).toMatchObject({ status: JobStatus.Waiting, attemptsMade: 0, lockedBy: null });
    release();
  });
});

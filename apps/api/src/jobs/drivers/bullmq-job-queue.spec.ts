import { Queue } from 'bullmq';
import { randomUUID } from 'crypto';
import IORedis from 'ioredis';
import { waitFor } from '../../../test/support/wait-for';
import { BullMqJobQueue } from './bullmq-job-queue';

const redisUrl = process.env.MAILLAGE_TEST_REDIS_URL;
if (!redisUrl) console.warn('BullMqJobQueue : MAILLAGE_TEST_REDIS_URL absent, tests Redis ignorés');
const describeWithRedis = redisUrl ? describe : describe.skip;

describeWithRedis('BullMqJobQueue', () => {
  const queues: BullMqJobQueue[] = [];
  const queueNames = new Set<string>();

  /** A queue name of its own per test, so that runs never see each other's jobs. */
  function newQueue(queueName: string): BullMqJobQueue {
    const queue = new BullMqJobQueue({ redisUrl: redisUrl as string, queueName, concurrency: 2, maxAttempts: 3, backoffMs: 20 });
    queues.push(queue);
    queueNames.add(queueName);
    return queue;
  }

  afterEach(async () => {
    await Promise.all(queues.splice(0).map((queue) => queue.close(1000)));
  });

  afterAll(async () => {
    const connection = new IORedis(redisUrl as string, { maxRetriesPerRequest: null });
    for (const name of queueNames) {
      const queue = new Queue(name, { connection });
      await queue.obliterate({ force: true });
      await queue.close();
    }
    await connection.quit();
  });

  it('runs jobs in a worker, with their payload', async () => {
    const name = `maillage-test-${randomUUID()}`;
    const producer = newQueue(name);
    const worker = newQueue(name);
    const seen: unknown[] = [];
    worker.registerHandler<{ file: string }>('import', (payload) => {
      seen.push(payload);
    });
    await worker.startProcessing();
    await producer.enqueue('import', { file: 'sites.csv' });
    await waitFor('la tâche exécutée', () => seen.length === 1);
    expect(seen).toEqual([{ file: 'sites.csv' }]);
    await waitFor('le compteur à jour', async () => (await producer.counts()).completed === 1);
    expect(await producer.health()).toEqual({ up: true });
  });

  it('retries a failing job, then counts it failed', async () => {
    const name = `maillage-test-${randomUUID()}`;
    const queue = newQueue(name);
    const attempts: number[] = [];
    queue.registerHandler('fragile', (_payload, context) => {
      attempts.push(context.attempt);
      throw new Error('indisponible');
    });
    await queue.startProcessing();
    await queue.enqueue('fragile', null, { attempts: 3, backoffMs: 10 });
    await waitFor('la tâche en échec', async () => (await queue.counts()).failed === 1, 10_000);
    expect(attempts).toEqual([1, 2, 3]);
  });

  it('shares the work between workers running side by side', async () => {
    const name = `maillage-test-${randomUUID()}`;
    const producer = newQueue(name);
    const runs = new Map<number, number>();
    for (const worker of [newQueue(name), newQueue(name)]) {
      worker.registerHandler<{ n: number }>('count', async ({ n }) => {
        runs.set(n, (runs.get(n) ?? 0) + 1);
      });
      await worker.startProcessing();
    }
    await Promise.all(Array.from({ length: 20 }, (_, n) => producer.enqueue('count', { n })));
    await waitFor('les 20 tâches', () => runs.size === 20, 10_000);
    expect([...runs.values()].every((count) => count === 1)).toBe(true);
  });
});

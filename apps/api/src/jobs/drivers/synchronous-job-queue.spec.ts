import { SynchronousJobQueue } from './synchronous-job-queue';

describe('SynchronousJobQueue', () => {
  it('runs the job before enqueue returns, with a JSON copy of the payload', async () => {
    const queue = new SynchronousJobQueue(3);
    const payload = { at: new Date('2026-11-25T10:00:00Z'), rows: [1, 2] };
    const seen: unknown[] = [];
    queue.registerHandler('import', (received) => {
      seen.push(received);
    });
    await queue.enqueue('import', payload);
    expect(seen).toEqual([{ at: '2026-11-25T10:00:00.000Z', rows: [1, 2] }]);
    expect(await queue.counts()).toEqual({ waiting: 0, active: 0, completed: 1, failed: 0 });
  });

  it('retries at once, then reports the failure to the caller', async () => {
    const queue = new SynchronousJobQueue(3);
    const attempts: number[] = [];
    queue.registerHandler('flaky', (_payload, context) => {
      attempts.push(context.attempt);
      if (context.attempt < 2) throw new Error('pas encore');
    });
    await queue.enqueue('flaky', null);
    expect(attempts).toEqual([1, 2]);

    queue.registerHandler('broken', () => {
      throw new Error('toujours cassé');
    });
    await expect(queue.enqueue('broken', null, { attempts: 2 })).rejects.toThrow('La tâche « broken » a échoué après 2 essai(s) : toujours cassé');
    expect(await queue.counts()).toEqual({ waiting: 0, active: 0, completed: 1, failed: 1 });
  });

  it('refuses a job nobody handles', async () => {
    await expect(new SynchronousJobQueue(1).enqueue('inconnue', {})).rejects.toThrow('Aucun gestionnaire enregistré pour les tâches « inconnue »');
  });
});

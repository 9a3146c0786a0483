import fs from 'fs';
import path from 'path';
import { SYSTEM_ACTOR } from '../../src/audit/audit.service';
import { FILE_STORAGE, FileStorage } from '../../src/storage/file-storage';
import { SubmissionRepository } from '../../src/submissions/submission.repository';
import { SubmissionTransitions } from '../../src/submissions/submission-transitions';
import { SubmissionValidationJob } from '../../src/validation/submission-validation.job';
import { scratchDatabase, ScratchDatabase } from '../support/databases';
import { Actors, bearer, createActors, startWorkflowApp, waitForStatus, WorkflowApp } from '../e2e-workflow/support/workflow-app';

// The first validation loads the French reference data (communes, postal codes): slow on a loaded CI machine.
jest.setTimeout(60_000);

const EXAMPLE = fs.readFileSync(path.resolve(__dirname, '../../../../schemas/sites-publics/1.0.0/exemple-valide.csv'));

/** Another file with the same sites: the first site's name gets a suffix. */
function renamedPrefecture(suffix: string): Buffer {
  return Buffer.from(EXAMPLE.toString('utf8').replace('Préfecture de la Creuse,', `Préfecture de la Creuse ${suffix},`), 'utf8');
}

/** The embedded queue keeps jobs in the database: what an API process did not finish, the next one does. */
describe('validation job on the embedded queue (SQLite)', () => {
  let database: ScratchDatabase;
  let stopped: WorkflowApp | undefined;
  let restarted: WorkflowApp | undefined;
  let actors: Actors;
  const ids: Record<'intact' | 'lost' | 'interrupted', string> = { intact: '', lost: '', interrupted: '' };

  beforeAll(async () => {
    database = await scratchDatabase('sqlite');
    stopped = await startWorkflowApp('sqlite', { JOBS_PROCESS_IN_API: 'false' }, database);
    actors = await createActors(stopped);
    for (const [name, content] of [
      ['intact', EXAMPLE],
      ['lost', renamedPrefecture('(Guéret)')],
      ['interrupted', renamedPrefecture('(Creuse)')],
    ] as const) {
      const response = await stopped.http().post(`/api/datasets/${actors.datasetA}/submissions`).set(bearer(actors.producerA)).attach('file', content, `${name}.csv`).expect(202);
      ids[name] = response.body.id;
    }
  }, 60_000);

  afterAll(async () => {
    await stopped?.close({ keepDatabase: true });
    await restarted?.close({ keepDatabase: true });
    await database?.drop();
  });

  it('leaves uploads received while no process runs jobs', async () => {
    const app = stopped as WorkflowApp;
    for (const id of Object.values(ids)) {
      const response = await app.http().get(`/api/submissions/${id}`).set(bearer(actors.producerA)).expect(200);
      expect(response.body.status).toBe('received');
    }
  });

  it('resumes a try that died midway: a retry starts over from validating', async () => {
    const app = stopped as WorkflowApp;
    const repository = app.app.get(SubmissionRepository);
    const submission = await repository.findById(ids.interrupted);
    if (!submission) throw new Error('soumission introuvable');
    await app.app.get(SubmissionTransitions).apply(submission, { action: 'start-validation', actor: SYSTEM_ACTOR, changes: { validationAttempts: 1 } });
    await app.app.get(SubmissionValidationJob).validate({ submissionId: ids.interrupted }, { jobId: 'essai-manuel', attempt: 2 });
    expect(await repository.findById(ids.interrupted)).toMatchObject({ status: 'valid', validationAttempts: 2, errorCount: 0, siteCount: 71 });
  });

  it('after a restart, runs the waiting jobs; a file lost by the storage ends errored after the last try', async () => {
    const app = stopped as WorkflowApp;
    const lost = await app.app.get(SubmissionRepository).findById(ids.lost);
    if (!lost) throw new Error('soumission introuvable');
    await app.app.get<FileStorage>(FILE_STORAGE).delete(lost.fileKey);
    await app.close({ keepDatabase: true });
    stopped = undefined;

    restarted = await startWorkflowApp('sqlite', { JOBS_MAX_ATTEMPTS: '3' }, database);
    const intact = await waitForStatus(restarted, actors.producerA, ids.intact);
    expect(intact).toMatchObject({ status: 'valid', validationAttempts: 1, errorCount: 0 });
    const errored = await waitForStatus(restarted, actors.producerA, ids.lost);
    expect(errored).toMatchObject({ status: 'errored', validationAttempts: 3, allowedActions: ['withdraw'] });
    expect(errored.failureReason).toMatch(/^Erreur du système pendant la validation \(3 essais\) : Fichier introuvable dans le stockage/);
    // The interrupted one was finished by hand above; its queued job finds nothing left to do.
    const interrupted = await waitForStatus(restarted, actors.producerA, ids.interrupted);
    expect(interrupted).toMatchObject({ status: 'valid', validationAttempts: 2 });
  });
});

import { randomBytes } from 'crypto';
import fs from 'fs';
import path from 'path';
import Papa from 'papaparse';
import { dialectsUnderTest } from '../support/databases';
import { Actors, bearer, createActors, reviewService, startWorkflowApp, waitForStatus, WorkflowApp } from './support/workflow-app';

// The first validation loads the French reference data (communes, postal codes): slow on a loaded CI machine.
jest.setTimeout(60_000);

const EXAMPLE = path.resolve(__dirname, '../../../../schemas/sites-publics/1.0.0/exemple-valide.csv');
const exampleBytes = fs.readFileSync(EXAMPLE);

/** The example file with some cells replaced: `edits` maps a file row number (header = 1) to field → value. */
function editedExample(edits: Record<number, Record<string, string>>): Buffer {
  const parsed = Papa.parse<string[]>(exampleBytes.toString('utf8').trim(), { skipEmptyLines: false });
  const [header, ...rows] = parsed.data;
  for (const [rowNumber, cells] of Object.entries(edits)) {
    for (const [field, value] of Object.entries(cells)) rows[Number(rowNumber) - 2][header.indexOf(field)] = value;
  }
  return Buffer.from(`${Papa.unparse([header, ...rows])}\n`, 'utf8');
}

function queueVariant(): Record<string, string> {
  if (!process.env.MAILLAGE_TEST_REDIS_URL) {
    console.warn('Parcours de soumission : MAILLAGE_TEST_REDIS_URL absent, la variante PostgreSQL tourne avec la file en base, sans BullMQ');
    return {};
  }
  return { REDIS_URL: process.env.MAILLAGE_TEST_REDIS_URL, JOBS_DRIVER: 'bullmq', JOBS_PROCESS_IN_API: 'true', JOBS_QUEUE_NAME: `workflow-${randomBytes(4).toString('hex')}` };
}

describe.each(dialectsUnderTest('Parcours de soumission'))('submission workflow on %s', (dialect) => {
  let workflow: WorkflowApp;
  let actors: Actors;
  const http = () => workflow.http();

  const upload = (token: string, content: Buffer, name = 'sites.csv', datasetId = actors.datasetA) =>
    http().post(`/api/datasets/${datasetId}/submissions`).set(bearer(token)).attach('file', content, name);

  const uploadAndWait = async (token: string, content: Buffer, name?: string) => {
    const response = await upload(token, content, name).expect(202);
    return waitForStatus(workflow, token, response.body.id);
  };

  beforeAll(async () => {
    workflow = await startWorkflowApp(dialect, { MAX_UPLOAD_BYTES: String(512 * 1024), ...(dialect === 'postgres' ? queueVariant() : {}) });
    actors = await createActors(workflow);
  }, 60_000);

  afterAll(async () => {
    await workflow?.close();
  });

  describe('a valid file, from upload to publication', () => {
    let id: string;

    it('answers 202 at once, then the job validates the file', async () => {
      const accepted = await upload(actors.reviewerProducerA, exampleBytes, 'exemple-valide.csv').expect(202);
      expect(accepted.body).toMatchObject({ datasetId: actors.datasetA, organizationId: actors.orgA, channel: 'web', senderName: 'relecteur.producteur', fileName: 'exemple-valide.csv', fileSize: exampleBytes.length });
      expect(['received', 'validating', 'valid']).toContain(accepted.body.status);
      expect(accepted.body.checksum).toMatch(/^[0-9a-f]{64}$/);
      id = accepted.body.id;
      const validated = await waitForStatus(workflow, actors.producerA, id);
      expect(validated).toMatchObject({ status: 'valid', rowCount: 71, errorCount: 0, siteCount: 71, detectedFormat: 'csv', detectedEncoding: 'utf-8', detectedDelimiter: ',', reusedReportOf: null });
      expect(validated.allowedActions).toEqual(['submit', 'withdraw']);
      expect(validated.diffSummary).toMatchObject({ previousCount: 0, nextCount: 71, added: 71 });
    });

    it('serves the report, its summary, the diff and the original bytes', async () => {
      const report = await http().get(`/api/submissions/${id}/report`).set(bearer(actors.producerA)).expect(200);
      expect(report.body).toMatchObject({ valid: true, stats: { errors: 0, tasks: 1 } });
      expect(report.body.tasks[0].stats.sha256).toBeDefined();
      const summary = await http().get(`/api/submissions/${id}/summary`).set(bearer(actors.producerA)).expect(200);
      expect(summary.body).toMatchObject({ valid: true, rows: 71, errors: 0 });
      const diff = await http().get(`/api/submissions/${id}/diff`).set(bearer(actors.producerA)).expect(200);
      expect(diff.body.added).toHaveLength(71);
      expect(diff.body.added[0]).toMatchObject({ id: 'pref-23', nom: 'Préfecture de la Creuse', date_maj: '2026-10-12', latitude: 46.169176 });
      expect(diff.body.summary.byDepartement['23']).toBeDefined();
      const file = await http().get(`/api/submissions/${id}/file`).set(bearer(actors.producerA)).buffer(true).parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      }).expect(200);
      expect(Buffer.compare(file.body as Buffer, exampleBytes)).toBe(0);
    });

    it('keeps other organisations out with 404, and reviewers out until it is submitted', async () => {
      await http().get(`/api/submissions/${id}`).set(bearer(actors.producerB)).expect(404);
      await http().get(`/api/submissions/${id}/report`).set(bearer(actors.producerB)).expect(404);
      await http().get(`/api/submissions/${id}/file`).set(bearer(actors.producerB)).expect(404);
      await http().post(`/api/submissions/${id}/submit`).set(bearer(actors.producerB)).expect(404);
      await upload(actors.producerB, exampleBytes).expect(404);
      await http().get(`/api/submissions/${id}`).set(bearer(actors.reviewer)).expect(404);
      const listB = await http().get('/api/submissions').set(bearer(actors.producerB)).expect(200);
      expect(listB.body).toEqual([]);
    });

    it('refuses an illegal transition with 409 and the actions still possible', async () => {
      const refused = await http().post(`/api/submissions/${id}/approve`).set(bearer(actors.admin)).send({}).expect(409);
      expect(refused.body).toEqual({
        statusCode: 409,
        code: 'ILLEGAL_TRANSITION',
        message: 'Impossible d’approuver une soumission valide (actions possibles : submit, withdraw)',
        status: 'valid',
        allowedActions: ['submit', 'withdraw'],
      });
    });

    it('is submitted by the organisation’s API token and queued for review with its counts', async () => {
      const submitted = await http().post(`/api/submissions/${id}/submit`).set(bearer(actors.tokenA)).expect(200);
      expect(submitted.body).toMatchObject({ status: 'submitted', allowedActions: ['withdraw', 'approve', 'request-changes'] });
      const queue = await http().get('/api/review-queue').set(bearer(actors.reviewer)).expect(200);
      expect(queue.body.map((item: { id: string }) => item.id)).toContain(id);
      const item = queue.body.find((entry: { id: string }) => entry.id === id);
      expect(item).toMatchObject({ openings: expect.any(Number), closures: expect.any(Number), moves: 0, removals: 0 });
      await http().get(`/api/submissions/${id}`).set(bearer(actors.reviewer)).expect(200);
    });

    it('cannot be approved by the person who sent it, even holding the reviewer role', async () => {
      const refused = await http().post(`/api/submissions/${id}/approve`).set(bearer(actors.reviewerProducerA)).send({}).expect(403);
      expect(refused.body.code).toBe('SELF_APPROVAL_FORBIDDEN');
      await http().post(`/api/submissions/${id}/approve`).set(bearer(actors.producerA2)).send({}).expect(403);
    });

    it('is published at once when another reviewer approves it', async () => {
      const approved = await http().post(`/api/submissions/${id}/approve`).set(bearer(actors.reviewer)).send({ comment: 'Conforme' }).expect(200);
      expect(approved.body).toMatchObject({ status: 'published', allowedActions: [] });
      expect(approved.body.publishedVersionId).toEqual(expect.any(String));
      const publication = workflow.publication.publications.find((entry) => entry.submissionId === id);
      expect(publication).toMatchObject({ datasetId: actors.datasetA, publishAt: null, approvedBy: { name: 'relecteur' } });
      expect(publication?.sites).toHaveLength(71);
      const reviews = await http().get(`/api/submissions/${id}/reviews`).set(bearer(actors.producerA)).expect(200);
      expect(reviews.body).toMatchObject([{ decision: 'approve', comment: 'Conforme', reviewerName: 'relecteur' }]);
    });

    it('records every transition in the audit trail', async () => {
      const audit = await http().get('/api/audit-events').query({ filter: JSON.stringify({ targetId: id }), sort: '["at","ASC"]' }).set(bearer(actors.admin)).expect(200);
      const actions = audit.body.map((event: { action: string }) => event.action);
      expect(actions).toEqual(
        expect.arrayContaining([
          'submission.received',
          'submission.start-validation',
          'submission.pass-validation',
          'submission.file.downloaded',
          'submission.submit',
          'submission.approve',
          'submission.mark-published',
        ]),
      );
      const submit = audit.body.find((event: { action: string }) => event.action === 'submission.submit');
      expect(submit).toMatchObject({ actorType: 'api-token', channel: 'api', organizationId: actors.orgA, details: { from: 'valid', to: 'submitted' } });
    });
  });

  describe('an invalid file', () => {
    const broken = editedExample({ 3: { latitude: 'nord' }, 6: { courriel: 'pas-une-adresse' } });
    let id: string;

    it('is invalid, with errors at the right rows and columns', async () => {
      const result = await uploadAndWait(actors.producerA, broken, 'casse.csv');
      id = result.id;
      expect(result).toMatchObject({ status: 'invalid', errorCount: 2, allowedActions: ['withdraw'] });
      const report = await http().get(`/api/submissions/${id}/report`).set(bearer(actors.producerA)).expect(200);
      const places = report.body.tasks[0].errors.map((error: { rowNumber: number; fieldName: string; type: string }) => [error.rowNumber, error.fieldName, error.type]);
      expect(places).toEqual([
        [3, 'latitude', 'type-error'],
        [6, 'courriel', 'type-error'],
      ]);
      expect(report.body.tasks[0].errors[0].message).toMatch(/^Ligne 3, colonne « latitude »/);
      const diff = await http().get(`/api/submissions/${id}/diff`).set(bearer(actors.producerA)).expect(409);
      expect(diff.body.message).toMatch(/n’est pas valide/);
    });

    it('cannot be submitted', async () => {
      const refused = await http().post(`/api/submissions/${id}/submit`).set(bearer(actors.producerA)).expect(409);
      expect(refused.body).toMatchObject({ code: 'ILLEGAL_TRANSITION', status: 'invalid', allowedActions: ['withdraw'] });
    });

    it('downloads its errors as CSV, and in English on request', async () => {
      const csv = await http().get(`/api/submissions/${id}/report`).query({ format: 'csv' }).set(bearer(actors.producerA)).expect(200);
      expect(csv.headers['content-type']).toMatch(/^text\/csv/);
      expect(csv.headers['content-disposition']).toMatch(/attachment/);
      const lines = csv.text.replace(/^\uFEFF/, '').trim().split('\r\n');
      expect(lines[0]).toBe('"ligne";"champ";"colonne du fichier";"numéro de champ";"type";"gravité";"valeur";"message"');
      expect(lines).toHaveLength(3);
      expect(lines[1]).toMatch(/^"3";"latitude";"latitude";"12";"type-error";"erreur";"nord";"Ligne 3/);
      const english = await http().get(`/api/submissions/${id}/report`).query({ locale: 'en' }).set(bearer(actors.producerA)).expect(200);
      expect(english.body.tasks[0].errors[0].title).toBe('Type Error');
      const englishCsv = await http().get(`/api/submissions/${id}/report`).query({ format: 'csv', locale: 'en' }).set(bearer(actors.producerA)).expect(200);
      expect(englishCsv.text).toContain('"row";"field";"file column"');
    });

    it('reuses its report when the identical file is sent again', async () => {
      const again = await upload(actors.producerA2, broken, 'casse-encore.csv').expect(202);
      expect(again.body).toMatchObject({ status: 'invalid', reusedReportOf: id, errorCount: 2, validationAttempts: 0 });
      const report = await http().get(`/api/submissions/${again.body.id}/report`).set(bearer(actors.producerA)).expect(200);
      expect(report.body.tasks[0].errors).toHaveLength(2);
    });

    it('is withdrawn by its producer, after which nothing is possible', async () => {
      const withdrawn = await http().post(`/api/submissions/${id}/withdraw`).set(bearer(actors.producerA)).expect(200);
      expect(withdrawn.body).toMatchObject({ status: 'withdrawn', allowedActions: [] });
      const again = await http().post(`/api/submissions/${id}/withdraw`).set(bearer(actors.producerA)).expect(409);
      expect(again.body).toMatchObject({ status: 'withdrawn', allowedActions: [] });
    });
  });

  describe('decisions', () => {
    it('reuses a valid report, diffs it against what is now published, and takes a request for changes with a comment', async () => {
      const again = await upload(actors.producerA, exampleBytes, 'exemple-valide.csv').expect(202);
      expect(again.body).toMatchObject({ status: 'valid', errorCount: 0 });
      expect(again.body.reusedReportOf).toEqual(expect.any(String));
      const id = again.body.id;
      let detail = again.body;
      for (let tries = 0; !detail.diffSummary && tries < 200; tries++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        detail = (await http().get(`/api/submissions/${id}`).set(bearer(actors.producerA)).expect(200)).body;
      }
      expect(detail.diffSummary).toMatchObject({ previousCount: 71, nextCount: 71, added: 0, removed: 0, unchanged: 71 });
      await http().post(`/api/submissions/${id}/submit`).set(bearer(actors.producerA)).expect(200);
      const missing = await http().post(`/api/submissions/${id}/request-changes`).set(bearer(actors.reviewer)).send({}).expect(400);
      expect(missing.body.message).toMatch(/commentaire est obligatoire/);
      const sentBack = await http().post(`/api/submissions/${id}/request-changes`).set(bearer(actors.reviewer)).send({ comment: 'Les horaires de Guéret sont anciens' }).expect(200);
      expect(sentBack.body).toMatchObject({ status: 'changes_requested', allowedActions: [] });
      const reviews = await http().get(`/api/submissions/${id}/reviews`).set(bearer(actors.producerA)).expect(200);
      expect(reviews.body).toMatchObject([{ decision: 'request_changes', comment: 'Les horaires de Guéret sont anciens' }]);
    });

    it('schedules a publication, cancels it before its date, then publishes when publication calls back', async () => {
      const renamed = editedExample({ 2: { nom: 'Préfecture de la Creuse (Guéret)' }, 3: { adresse: '7 rue Saint-Jean' } });
      const valid = await uploadAndWait(actors.producerA, renamed, 'modifie.csv');
      expect(valid.status).toBe('valid');
      expect(valid.diffSummary).toMatchObject({ modified: 2, byEvent: { moved: 1 } });
      const diff = await http().get(`/api/submissions/${valid.id}/diff`).set(bearer(actors.reviewer)).expect(404);
      expect(diff.body.code).toBe('SUBMISSION_NOT_FOUND');
      await http().post(`/api/submissions/${valid.id}/submit`).set(bearer(actors.producerA)).expect(200);
      const reviewerDiff = await http().get(`/api/submissions/${valid.id}/diff`).set(bearer(actors.reviewer)).expect(200);
      expect(reviewerDiff.body.modified.map((site: { id: string }) => site.id).sort()).toEqual(['pref-23', 'sp-23-aubusson']);
      expect(reviewerDiff.body.events.find((event: { kind: string }) => event.kind === 'moved')).toMatchObject({ siteId: 'sp-23-aubusson' });

      const past = await http().post(`/api/submissions/${valid.id}/approve`).set(bearer(actors.reviewer)).send({ publishAt: '2020-01-01T00:00:00Z' }).expect(400);
      expect(past.body.code).toBe('INVALID_PUBLISH_DATE');
      const publishAt = new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString();
      const scheduled = await http().post(`/api/submissions/${valid.id}/approve`).set(bearer(actors.reviewer)).send({ publishAt }).expect(200);
      expect(scheduled.body).toMatchObject({ status: 'approved', allowedActions: ['cancel-publication'] });
      expect(new Date(scheduled.body.publishAt).toISOString()).toBe(publishAt);

      const cancelled = await http().post(`/api/submissions/${valid.id}/cancel-publication`).set(bearer(actors.admin)).expect(200);
      expect(cancelled.body).toMatchObject({ status: 'submitted', publishedVersionId: null });
      const cancelledVersion = workflow.publication.publications.find((entry) => entry.versionId === scheduled.body.publishedVersionId);
      expect(cancelledVersion?.cancelledBy).toMatchObject({ name: 'admin' });
      await http().post(`/api/submissions/${valid.id}/cancel-publication`).set(bearer(actors.admin)).expect(409);

      await http().post(`/api/submissions/${valid.id}/approve`).set(bearer(actors.reviewer)).send({ publishAt }).expect(200);
      const published = await reviewService(workflow).markPublished(valid.id);
      expect(published.status).toBe('published');
    });

    it('stays submitted when publication fails, so that the reviewer can approve again', async () => {
      const variant = editedExample({ 2: { nom: 'Préfecture de la Creuse — accueil' } });
      const valid = await uploadAndWait(actors.producerA, variant, 'variante.csv');
      await http().post(`/api/submissions/${valid.id}/submit`).set(bearer(actors.producerA)).expect(200);
      workflow.publication.failNextPublish = new Error('base de publication injoignable');
      const failed = await http().post(`/api/submissions/${valid.id}/approve`).set(bearer(actors.reviewer)).send({}).expect(503);
      expect(failed.body).toMatchObject({ code: 'PUBLICATION_UNAVAILABLE', message: 'La publication a échoué, la soumission reste à relire : base de publication injoignable' });
      const after = await http().get(`/api/submissions/${valid.id}`).set(bearer(actors.reviewer)).expect(200);
      expect(after.body).toMatchObject({ status: 'submitted', publishAt: null });
      await http().post(`/api/submissions/${valid.id}/approve`).set(bearer(actors.reviewer)).send({}).expect(200);
    });
  });

  describe('uploads and mappings', () => {
    it('refuses a file over MAX_UPLOAD_BYTES with a French 413', async () => {
      const response = await upload(actors.producerA, Buffer.alloc(600 * 1024, 'a'), 'enorme.csv').expect(413);
      expect(response.body).toMatchObject({ statusCode: 413, code: 'FILE_TOO_LARGE', maxBytes: 512 * 1024 });
      expect(response.body.message).toMatch(/^Fichier trop volumineux : la taille maximale acceptée est de 0,5 Mo/);
    });

    it('reports a file that holds no table as invalid, saying why', async () => {
      const empty = await uploadAndWait(actors.producerA, Buffer.alloc(0), 'vide.csv');
      expect(empty).toMatchObject({ status: 'invalid', errorCount: 1, siteCount: 0 });
      const report = await http().get(`/api/submissions/${empty.id}/report`).set(bearer(actors.producerA)).expect(200);
      const errors = [...report.body.errors, ...(report.body.tasks[0]?.errors ?? [])];
      expect(errors.map((error: { type: string }) => error.type)).toEqual(['source-error']);
      expect(errors[0].message).toMatch(/Le fichier est vide/);
    });

    it('refuses a request without a file', async () => {
      const response = await http().post(`/api/datasets/${actors.datasetA}/submissions`).set(bearer(actors.producerA)).field('mapping', '{"fields":{}}').expect(400);
      expect(response.body.code).toBe('FILE_MISSING');
    });

    it('checks a saved mapping against the schema', async () => {
      const refused = await http().put(`/api/datasets/${actors.datasetA}/mapping`).set(bearer(actors.producerA)).send({ mapping: { fields: { identifiant: 'id_fs' } } }).expect(400);
      expect(refused.body).toMatchObject({ code: 'INVALID_MAPPING' });
      expect(refused.body.message).toMatch(/champ\(s\) absent\(s\) du schéma : identifiant/);
      await http().put(`/api/datasets/${actors.datasetB}/mapping`).set(bearer(actors.producerA)).send({ mapping: null }).expect(404);
    });

    it('uses the mapping sent with the file over the dataset’s saved one', async () => {
      const renamedHeader = Buffer.from(exampleBytes.toString('utf8').replace(/^id,nom,/, 'code,libelle,'), 'utf8');
      await http()
        .put(`/api/datasets/${actors.datasetA}/mapping`)
        .set(bearer(actors.producerA))
        .send({ mapping: { fields: { id: 'code', nom: 'nom_inexistant' } } })
        .expect(200);
      const withSaved = await uploadAndWait(actors.producerA, renamedHeader, 'entete-a.csv');
      expect(withSaved).toMatchObject({ status: 'invalid', mappingOrigin: 'saved' });
      const sent = await upload(actors.producerA, renamedHeader, 'entete-b.csv').field('mapping', JSON.stringify({ fields: { id: 'code', nom: 'libelle' } })).expect(202);
      expect(sent.body.mappingOrigin).toBe('sent');
      const validated = await waitForStatus(workflow, actors.producerA, sent.body.id);
      expect(validated).toMatchObject({ status: 'valid', mapping: { fields: { id: 'code', nom: 'libelle' } } });
      const asFile = await upload(actors.producerA, renamedHeader, 'entete-c.csv')
        .attach('mapping', Buffer.from(JSON.stringify({ fields: { nom: 'libelle', id: 'code' } })), 'sites.mapping.json')
        .expect(202);
      expect(asFile.body).toMatchObject({ mappingOrigin: 'sent', status: 'valid', reusedReportOf: sent.body.id });
      const badFile = await upload(actors.producerA, renamedHeader, 'entete-d.csv').attach('mapping', Buffer.from('{ pas du json'), 'sites.mapping.json').expect(400);
      expect(badFile.body.message).toMatch(/^Correspondance de colonnes invalide : ce n’est pas du JSON/);
      await http().put(`/api/datasets/${actors.datasetA}/mapping`).set(bearer(actors.producerA)).send({ mapping: null }).expect(200);
    });

    it('submits a valid file at once for a dataset set to auto-submit', async () => {
      const saved = await http().put(`/api/datasets/${actors.datasetB}/mapping`).set(bearer(actors.producerB)).send({ mapping: null, autoSubmit: true }).expect(200);
      expect(saved.body).toMatchObject({ autoSubmit: true, mapping: null });
      const accepted = await upload(actors.producerB, exampleBytes, 'automatique.csv', actors.datasetB).expect(202);
      const submitted = await waitForStatus(workflow, actors.producerB, accepted.body.id, ['submitted', 'invalid', 'errored']);
      expect(submitted).toMatchObject({ status: 'submitted', errorCount: 0 });
      const audit = await http().get('/api/audit-events').query({ filter: JSON.stringify({ targetId: accepted.body.id, action: 'submission.submit' }) }).set(bearer(actors.admin)).expect(200);
      expect(audit.body).toMatchObject([{ actorType: 'system', details: { automatic: true } }]);
    });

    it('lists submissions in the simple-rest dialect, scoped and filtered', async () => {
      const mine = await http().get('/api/submissions').query({ filter: JSON.stringify({ status: 'withdrawn' }) }).set(bearer(actors.producerA)).expect(200);
      expect(mine.headers['content-range']).toBe('submissions 0-0/1');
      const reviewer = await http().get('/api/submissions').set(bearer(actors.reviewer)).expect(200);
      expect(reviewer.body.every((submission: { status: string }) => ['submitted', 'approved', 'published', 'changes_requested'].includes(submission.status))).toBe(true);
      expect(reviewer.body.length).toBeGreaterThanOrEqual(3);
      const admin = await http().get('/api/submissions').query({ filter: JSON.stringify({ organizationId: actors.orgA }) }).set(bearer(actors.admin)).expect(200);
      expect(Number(admin.headers['content-range'].split('/')[1])).toBeGreaterThan(reviewer.body.length);
    });
  });
});

import fs from 'fs';
import path from 'path';
import Papa from 'papaparse';
import { Dialect, dialectsUnderTest } from '../support/databases';
import { fixFranceServicesRows, ReportedProblem } from './france-services-fixes';
import { ADMIN_PASSWORD, ApiTestApp, startApiTestApp } from '../support/api-test-app';
import { Actors, bearer, createActors, waitForStatus } from './support/workflow-app';

// The first validation loads the French reference data (communes, postal codes): slow on a loaded CI machine.
jest.setTimeout(60_000);

const REAL_FILE = path.resolve(__dirname, '../../../../../shared/data/real/france_services_2024-08-01.csv');
const MAPPING_FILE = path.resolve(__dirname, '../../../../schemas/sites-publics/1.0.0/mappings/france-services.mapping.json');
const present = fs.existsSync(REAL_FILE);
if (!present) console.warn(`France services : ${REAL_FILE} absent (dossier shared/ à côté du dépôt), test ignoré`);
const dialects = present ? dialectsUnderTest('France services') : [];

/**
 * The real list of France services (ANCT, 1 August 2024, 2,845 sites) sent through its mapping, as the agency would:
 * read the report, fix the rows it flags, send the file again until it is valid, submit, and have it approved; the
 * sites are then in the public API (the application's own publication context).
 */
(present ? describe.each(dialects) : describe.skip.each<Dialect>(['sqlite']))('real France services file on %s', (dialect) => {
  let workflow: ApiTestApp;
  let actors: Actors;
  const original = present ? fs.readFileSync(REAL_FILE) : Buffer.alloc(0);
  const mapping = fs.readFileSync(MAPPING_FILE, 'utf8');
  const mappingFields = (JSON.parse(mapping) as { fields: Record<string, unknown> }).fields;
  const columnOf = (fieldName: string) => (typeof mappingFields[fieldName] === 'string' ? (mappingFields[fieldName] as string) : fieldName);

  beforeAll(async () => {
    workflow = await startApiTestApp(dialect);
    actors = await createActors(workflow, ADMIN_PASSWORD);
    await workflow.http().put(`/api/datasets/${actors.datasetA}/mapping`).set(bearer(actors.producerA)).send({ mapping: JSON.parse(mapping) }).expect(200);
  }, 60_000);

  afterAll(async () => {
    await workflow?.close();
  });

  const send = async (content: Buffer, name: string) => {
    const accepted = await workflow.http().post(`/api/datasets/${actors.datasetA}/submissions`).set(bearer(actors.tokenA)).attach('file', content, name).expect(202);
    expect(accepted.body).toMatchObject({ channel: 'api', mappingOrigin: 'saved' });
    return waitForStatus(workflow, actors.producerA, accepted.body.id, ['valid', 'invalid', 'errored'], 60_000);
  };

  const reportOf = async (id: string) => (await workflow.http().get(`/api/submissions/${id}/report`).set(bearer(actors.producerA)).expect(200)).body;

  it('finds the real defects, is fixed row by row from the report, then submitted and approved', async () => {
    const first = await send(original, 'france_services_2024-08-01.csv');
    expect(first).toMatchObject({ status: 'invalid', rowCount: 2845, detectedEncoding: 'utf-8', detectedDelimiter: ',' });
    const firstReport = await reportOf(first.id);
    const task = firstReport.tasks[0];
    // What the report finds in the file as published by ANCT.
    expect(task.errorCounts).toEqual({ 'french-postal-code-commune': 37, 'type-error': 2 });
    expect(task.warningCounts).toMatchObject({ 'french-commune-code-value-arrondissement': 29, 'french-postal-code-commune-cedex': 24, 'french-commune-code-value-merged': 3 });
    const summary = await workflow.http().get(`/api/submissions/${first.id}/summary`).set(bearer(actors.producerA)).expect(200);
    expect(summary.body.items.map((item: { type: string; severity: string }) => `${item.severity}:${item.type}`)).toEqual(
      expect.arrayContaining(['error:french-postal-code-commune', 'error:type-error', 'warning:french-commune-code-value-arrondissement']),
    );

    const parsed = Papa.parse<string[]>(original.toString('utf8'), { skipEmptyLines: true });
    const [header, ...rows] = parsed.data;
    expect(rows).toHaveLength(2845);
    let report = firstReport;
    let submission = first;
    const log: string[] = [];
    for (let round = 1; submission.status === 'invalid'; round++) {
      if (round > 3) throw new Error(`Toujours invalide après 3 corrections : ${JSON.stringify(report.tasks[0].errorCounts)}`);
      const { fixes, unfixable } = fixFranceServicesRows(header, rows, report.tasks[0].errors as ReportedProblem[], columnOf);
      expect(unfixable).toEqual([]);
      for (const fix of fixes) log.push(`envoi ${round}, ligne ${fix.rowNumber}, ${fix.column} : « ${fix.before} » → « ${fix.after} » (${fix.why})`);
      const corrected = Buffer.from(Papa.unparse([header, ...rows], { quotes: true, newline: '\n' }), 'utf8');
      submission = await send(corrected, `france_services_2024-08-01-corrige-${round}.csv`);
      report = await reportOf(submission.id);
    }
    console.info(`France services : ${log.length} correction(s) faites d’après le rapport :\n${log.join('\n')}`);
    expect(log).toHaveLength(39);
    expect(submission).toMatchObject({ status: 'valid', errorCount: 0, siteCount: 2845 });
    expect(submission.warningCount).toBeGreaterThan(0);

    await workflow.http().post(`/api/submissions/${submission.id}/submit`).set(bearer(actors.tokenA)).expect(200);
    await workflow.http().post(`/api/submissions/${submission.id}/approve`).set(bearer(actors.tokenA)).send({}).expect(403);
    const approved = await workflow.http().post(`/api/submissions/${submission.id}/approve`).set(bearer(actors.reviewer)).send({ comment: 'Liste France services corrigée' }).expect(200);
    expect(approved.body.status).toBe('published');
    const slug = (await workflow.http().get(`/api/organizations/${actors.orgA}`).expect(200)).body.slug;
    const site = await workflow.http().get(`/api/public/sites/${slug}/1`).expect(200);
    expect(JSON.stringify(site.body)).toContain('France services de Valserhône');
    const fixedRow = await workflow.http().get(`/api/public/sites/${slug}/${rows[584 - 2][header.indexOf('id_fs')]}`).expect(200);
    expect(JSON.stringify(fixedRow.body)).toContain('06130');
    const all = await workflow.http().get('/api/public/sites').query({ per_page: 1 }).expect(200);
    expect(all.body.total).toBe(2845);
  }, 180_000);
});

import fs from 'fs';
import path from 'path';
import Papa from 'papaparse';
import { dialectsUnderTest } from '../support/databases';
import { bearer, createActors, startWorkflowApp, waitForStatus } from '../e2e-workflow/support/workflow-app';

const ROWS = 20_000;
const ROUNDS = 3;
const TARGET_MS = 3000;
const enabled = process.env.MAILLAGE_BENCH === '1';
if (!enabled) console.warn('Banc « du dépôt au rapport » : MAILLAGE_BENCH=1 absent, ignoré (il mesure, il ne teste pas le comportement)');

/** 20,000 sites built from the schema's example file, each id made unique; `variant` changes one name so each round's bytes differ. */
function twentyThousandRows(variant: number): Buffer {
  const text = fs.readFileSync(path.resolve(__dirname, '../../../../schemas/sites-publics/1.0.0/exemple-valide.csv'), 'utf8').trim();
  const [header, ...examples] = Papa.parse<string[]>(text).data;
  const idColumn = header.indexOf('id');
  const parentColumn = header.indexOf('site_parent');
  const rows: string[][] = [header];
  for (let copy = 0; rows.length <= ROWS; copy++) {
    for (const example of examples) {
      if (rows.length > ROWS) break;
      const row = [...example];
      row[idColumn] = `${example[idColumn]}-${copy}`;
      row[parentColumn] = '';
      rows.push(row);
    }
  }
  rows[1][header.indexOf('nom')] += ` ${variant}`;
  return Buffer.from(Papa.unparse(rows), 'utf8');
}

/** Issue 4: a 20,000-row file from upload to report (validated, sites stored, diffed) in under 3 s, on each database. */
(enabled ? describe.each(dialectsUnderTest('Banc du dépôt au rapport')) : describe.skip.each(['sqlite']))('upload to report, %s', (dialect) => {
  it(`measures ${ROWS} rows from upload to report (median of ${ROUNDS}; target ${TARGET_MS} ms)`, async () => {
    const workflow = await startWorkflowApp(dialect as 'sqlite' | 'postgres', { JOBS_POLL_INTERVAL_MS: '20' });
    try {
      const actors = await createActors(workflow);
      const timings: number[] = [];
      for (let round = 1; round <= ROUNDS; round++) {
        const content = twentyThousandRows(round);
        const started = performance.now();
        const accepted = await workflow.http().post(`/api/datasets/${actors.datasetA}/submissions`).set(bearer(actors.producerA)).attach('file', content, 'vingt-mille.csv').expect(202);
        const done = await waitForStatus(workflow, actors.producerA, accepted.body.id, ['valid', 'invalid', 'errored'], 60_000);
        timings.push(performance.now() - started);
        expect(done).toMatchObject({ status: 'valid', rowCount: ROWS, siteCount: ROWS });
      }
      const median = [...timings].sort((a, b) => a - b)[Math.floor(ROUNDS / 2)];
      const verdict = median < TARGET_MS ? 'objectif atteint' : 'objectif manqué';
      console.info(`Du dépôt au rapport, ${ROWS} lignes, ${dialect} : ${timings.map((ms) => `${Math.round(ms)} ms`).join(', ')} (médiane ${Math.round(median)} ms ; objectif < ${TARGET_MS} ms : ${verdict})`);
    } finally {
      await workflow.close();
    }
  }, 180_000);
});

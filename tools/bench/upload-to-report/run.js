#!/usr/bin/env node
// Usage: node tools/bench/upload-to-report/run.js [rows=20000] [rounds=3]
// Issue 4: a 20,000-row file from upload to report (validated with the French checks, sites stored, diffed) in
// under 3 s, on SQLite and on PostgreSQL (when MAILLAGE_TEST_DATABASE_URL is set; a temporary database is created).
// The API runs in this process as `createApiApplication` assembles it, its jobs run by the embedded runner; the file
// is posted over HTTP and the submission polled until its report is ready. Outside Jest on purpose: Jest's sandbox
// turns every global lookup (Math, Number…) into a slow call, which tripled this figure.
require('../compiled-require');
const fs = require('fs');
const os = require('os');
const path = require('path');
const Papa = require('papaparse');
const { dialectsUnderTest } = require('../../../apps/api/test/support/databases');
const { bearer, createActors, startWorkflowApp, waitForStatus } = require('../../../apps/api/test/e2e-workflow/support/workflow-app');

const rows = Number(process.argv[2] ?? 20_000);
const rounds = Number(process.argv[3] ?? 3);
const TARGET_MS = 3000;

/** `rows` sites built from the schema's example file, ids made unique; `variant` changes one name so each round's bytes differ. */
function sitesFile(variant) {
  const text = fs.readFileSync(path.resolve(__dirname, '../../../schemas/sites-publics/1.0.0/exemple-valide.csv'), 'utf8').trim();
  const [header, ...examples] = Papa.parse(text).data;
  const idColumn = header.indexOf('id');
  const parentColumn = header.indexOf('site_parent');
  const table = [header];
  for (let copy = 0; table.length <= rows; copy++) {
    for (const example of examples) {
      if (table.length > rows) break;
      const row = [...example];
      row[idColumn] = `${example[idColumn]}-${copy}`;
      row[parentColumn] = '';
      table.push(row);
    }
  }
  table[1][header.indexOf('nom')] += ` ${variant}`;
  return Buffer.from(Papa.unparse(table), 'utf8');
}

async function bench(dialect) {
  const workflow = await startWorkflowApp(dialect, { JOBS_POLL_INTERVAL_MS: '20' });
  try {
    const actors = await createActors(workflow);
    const timings = [];
    for (let round = 1; round <= rounds; round++) {
      const content = sitesFile(round);
      const started = performance.now();
      const accepted = await workflow.http().post(`/api/datasets/${actors.datasetA}/submissions`).set(bearer(actors.producerA)).attach('file', content, 'vingt-mille.csv').expect(202);
      const done = await waitForStatus(workflow, actors.producerA, accepted.body.id, ['valid', 'invalid', 'errored'], 60_000);
      timings.push(performance.now() - started);
      if (done.status !== 'valid' || done.rowCount !== rows || done.siteCount !== rows) {
        const report = await workflow.http().get(`/api/submissions/${accepted.body.id}/report`).set(bearer(actors.producerA));
        const first = report.body.tasks?.[0]?.errors?.[0];
        throw new Error(`Soumission ${done.status} (${done.rowCount} lignes, ${done.siteCount} sites) : ${rows} sites valides attendus${first ? ` ; ${first.message}` : ''}`);
      }
    }
    const median = [...timings].sort((a, b) => a - b)[Math.floor(rounds / 2)];
    const verdict = median < TARGET_MS ? 'objectif atteint' : 'objectif manqué';
    console.log(`Du dépôt au rapport, ${rows} lignes, ${dialect} : ${timings.map((ms) => `${Math.round(ms)} ms`).join(', ')} (médiane ${Math.round(median)} ms ; objectif < ${TARGET_MS} ms : ${verdict} ; charge moyenne ${os.loadavg()[0].toFixed(1)})`);
  } finally {
    await workflow.close();
  }
}

(async () => {
  for (const dialect of dialectsUnderTest('Banc du dépôt au rapport')) await bench(dialect);
})().catch((error) => {
  console.error(error);
  process.exit(1);
});

#!/usr/bin/env node
// Usage: node --max-old-space-size=6144 tools/bench/publication/run.js [sites=500000]
// Publishes a synthetic dataset of N sites, then its next version (about 4 % of sites changed, removed or added),
// through the real PublicationService on SQLite and on PostgreSQL (MAILLAGE_BENCH_DATABASE_URL, else
// MAILLAGE_TEST_DATABASE_URL, else postgres://postgres@127.0.0.1:5432/postgres; a temporary database is created),
// and prints how long each publication took: storing the canonical CSV, diffing against the current version,
// writing sites, history and events in one transaction. Exports (GeoJSON, XLSX) are jobs, not counted.
require('../../db/register-typescript');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { withTemporaryPostgresDatabase } = require('../../db/temporary-postgres');
const { serverCpu } = require('./server-cpu');
const { syntheticSites, evolve } = require('./synthetic-sites');

const count = Number(process.argv[2] ?? 500_000);
const serverUrl = process.env.MAILLAGE_BENCH_DATABASE_URL ?? process.env.MAILLAGE_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function startContext(env) {
  const { NestFactory } = require('@nestjs/core');
  const { AppModule } = require('../../../apps/api/src/app.module');
  const { loadConfig } = require('../../../apps/api/src/config/app.config');
  const config = loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'warn', SFTP_ENABLED: 'false', MAILLAGE_ADMIN_PASSWORD: 'mot-de-passe-du-banc-d-essai', ...env });
  return NestFactory.createApplicationContext(AppModule.forRoot(config, { processesJobs: false, servesWeb: false }), { logger: ['error', 'warn'] });
}

async function bench(label, env, first, second) {
  const app = await startContext(env);
  try {
    const { PublicationService } = require('../../../apps/api/src/publication/publication.service');
    const { OrganizationsService } = require('../../../apps/api/src/organizations/organizations.service');
    const { DatasetsService } = require('../../../apps/api/src/datasets/datasets.service');
    const organization = await app.get(OrganizationsService).create({ name: 'Opérateur du banc d’essai', kind: 'operateur' });
    const dataset = await app.get(DatasetsService).create(organization.id, { name: 'Sites du banc d’essai' });
    const publication = app.get(PublicationService);
    const database = env.DATABASE_URL ? new URL(env.DATABASE_URL).pathname.slice(1) : null;
    const publish = async (sites) => {
      const started = performance.now();
      const cpu = process.cpuUsage();
      const serverCpuSince = database ? serverCpu(database) : () => null;
      const ref = await publication.publish({
        datasetId: dataset.id,
        organizationId: organization.id,
        submissionId: null,
        sites: (async function* () {
          yield* sites;
        })(),
        publishAt: null,
        approvedBy: { id: 'banc', name: 'Banc d’essai' },
      });
      const used = process.cpuUsage(cpu);
      return { seconds: (performance.now() - started) / 1000, cpuSeconds: (used.user + used.system) / 1e6, serverCpuSeconds: serverCpuSince(), loadAverage: os.loadavg()[0], ref };
    };
    const cost = (run) =>
      `CPU du processus API : ${run.cpuSeconds.toFixed(2)} s${run.serverCpuSeconds === null ? '' : `, du serveur PostgreSQL : ${run.serverCpuSeconds.toFixed(2)} s`}, charge moyenne ${run.loadAverage.toFixed(1)}`;
    const initial = await publish(first);
    const next = await publish(second);
    const { DataSource } = require('typeorm');
    const [{ events }] = await app.get(DataSource).query(`SELECT COUNT(*) AS "events" FROM "site_events" WHERE "published_version_id" = '${next.ref.versionId}'`);
    console.log(`${label} : première publication de ${first.length.toLocaleString('fr-FR')} sites en ${initial.seconds.toFixed(2)} s (${cost(initial)})`);
    console.log(`${label} : version suivante (${second.length.toLocaleString('fr-FR')} sites, diff + ${Number(events).toLocaleString('fr-FR')} événements) publiée en ${next.seconds.toFixed(2)} s (${cost(next)})`);
    return next.seconds;
  } finally {
    await app.close();
  }
}

async function main() {
  console.log(`Génération de ${count.toLocaleString('fr-FR')} sites synthétiques… (${os.cpus().length} cœurs, charge moyenne ${os.loadavg()[0].toFixed(1)})`);
  const first = syntheticSites(count);
  const second = evolve(first);
  const dialects = (process.env.BENCH_DIALECTS ?? 'sqlite,postgres').split(',');
  if (dialects.includes('sqlite')) {
  const sqliteDirectory = fs.mkdtempSync(path.join(os.tmpdir(), 'maillage-bench-publication-'));
  try {
    await bench('SQLite', { MAILLAGE_DATA_DIR: sqliteDirectory, JOBS_DRIVER: 'database' }, first, second);
  } finally {
    fs.rmSync(sqliteDirectory, { recursive: true, force: true });
  }
  }
  if (!dialects.includes('postgres')) return;
  const filesDirectory = fs.mkdtempSync(path.join(os.tmpdir(), 'maillage-bench-publication-pg-'));
  try {
    await withTemporaryPostgresDatabase(serverUrl, (url) => bench('PostgreSQL', { MAILLAGE_DATA_DIR: filesDirectory, DATABASE_URL: url, JOBS_DRIVER: 'database' }, first, second));
  } finally {
    fs.rmSync(filesDirectory, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

#!/usr/bin/env node
// Usage: node --max-old-space-size=6144 tools/bench/public-api/run.js [sites=1000000] [seconds=20] [concurrency=16]
// Loads N synthetic sites (real communes, so départements resolve) into the consolidated `sites` table of a temporary
// PostgreSQL database (MAILLAGE_BENCH_DATABASE_URL, else MAILLAGE_TEST_DATABASE_URL, else the local server), starts the
// API in a child process with the public rate limit raised, and fires GET /api/public/sites?departement=XX from this
// process over loopback (keep-alive, `concurrency` requests in flight, random metropolitan département) for a bounded
// time. Prints requests/s and latency percentiles.
require('../../db/register-typescript');
const { spawn } = require('child_process');
const fs = require('fs');
const http = require('http');
const os = require('os');
const path = require('path');
const { withTemporaryPostgresDatabase } = require('../../db/temporary-postgres');
const { syntheticSites } = require('../publication/synthetic-sites');

const count = Number(process.argv[2] ?? 1_000_000);
const seconds = Number(process.argv[3] ?? 20);
const concurrency = Number(process.argv[4] ?? 16);
const serverUrl = process.env.MAILLAGE_BENCH_DATABASE_URL ?? process.env.MAILLAGE_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const PRODUCERS = 10;

async function load(databaseUrl, dataDirectory) {
  const { NestFactory } = require('@nestjs/core');
  const { DataSource } = require('typeorm');
  const { AppModule } = require('../../../apps/api/src/app.module');
  const { loadConfig } = require('../../../apps/api/src/config/app.config');
  const { SITE_TABLE_COLUMNS, siteTableRow } = require('../../../apps/api/src/publication/site-rows');
  const { TerritoryResolver } = require('../../../apps/api/src/publication/site-territories');
  const { insertRows } = require('../../../apps/api/src/publication/sql');
  const config = loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'warn', SFTP_ENABLED: 'false', DATABASE_URL: databaseUrl, MAILLAGE_DATA_DIR: dataDirectory, MAILLAGE_ADMIN_PASSWORD: 'mot-de-passe-du-banc-d-essai' });
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config, { processesJobs: false, servesWeb: false }), { logger: ['error', 'warn'] });
  try {
    const dataSource = app.get(DataSource);
    const territories = new TerritoryResolver();
    const started = performance.now();
    const perProducer = Math.ceil(count / PRODUCERS);
    for (let producer = 0; producer < PRODUCERS; producer++) {
      const sites = syntheticSites(Math.min(perProducer, count - producer * perProducer), { seed: producer + 1 });
      const identity = { datasetId: `00000000-0000-4000-8000-${String(producer).padStart(12, '0')}`, organizationId: '00000000-0000-4000-8000-000000000000', producer: `producteur-${producer}`, datasetSlug: 'sites' };
      const rows = sites.map((site) => siteTableRow(identity, site, territories.of(site.code_insee)));
      const runner = dataSource.createQueryRunner();
      await runner.startTransaction();
      await insertRows(runner, 'postgres', 'sites', SITE_TABLE_COLUMNS, rows);
      await runner.commitTransaction();
      await runner.release();
    }
    await dataSource.query('VACUUM ANALYZE "sites"');
    const [{ total }] = await dataSource.query('SELECT COUNT(*) AS "total" FROM "sites"');
    const departements = (await dataSource.query('SELECT "departement", COUNT(*) AS "n" FROM "sites" GROUP BY "departement" ORDER BY "departement"')).map((row) => row.departement);
    console.log(`${Number(total).toLocaleString('fr-FR')} sites chargés dans PostgreSQL en ${((performance.now() - started) / 1000).toFixed(1)} s (${departements.length} départements)`);
    return departements;
  } finally {
    await app.close();
  }
}

function startServer(databaseUrl, dataDirectory) {
  const child = spawn(process.execPath, ['--max-old-space-size=2048', ...(process.env.BENCH_CPU_PROFILE_DIR ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_CPU_PROFILE_DIR] : []), path.join(__dirname, 'server.js')], {
    env: { ...process.env, DATABASE_URL: databaseUrl, MAILLAGE_DATA_DIR: dataDirectory, MAILLAGE_ADMIN_PASSWORD: 'mot-de-passe-du-banc-d-essai', PUBLIC_RATE_LIMIT_PER_MINUTE: '100000000', JOBS_DRIVER: 'database' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /prêt (\d+)/.exec(output);
      if (match) resolve({ child, port: Number(match[1]) });
    });
    child.on('exit', (code) => reject(new Error(`Le serveur s’est arrêté (code ${code}) : ${output}`)));
  });
}

function get(agent, port, pathname) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    http
      .get({ host: '127.0.0.1', port, path: pathname, agent }, (response) => {
        response.resume();
        response.on('end', () => (response.statusCode === 200 ? resolve(performance.now() - started) : reject(new Error(`${pathname} : ${response.statusCode}`))));
      })
      .on('error', reject);
  });
}

/** CPU seconds a process has used so far (Linux), to tell its own cost from the machine's load. */
function processCpuSeconds(pid) {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

async function fire(port, departements, serverPid) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  for (const departement of departements.slice(0, 20)) await get(agent, port, `/api/public/sites?departement=${departement}`);
  const latencies = [];
  const serverCpu = processCpuSeconds(serverPid);
  const clientCpu = process.cpuUsage();
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  const worker = async () => {
    while (performance.now() < deadline) {
      const departement = departements[Math.floor(Math.random() * departements.length)];
      latencies.push(await get(agent, port, `/api/public/sites?departement=${departement}`));
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = (performance.now() - started) / 1000;
  const serverCpuMs = ((processCpuSeconds(serverPid) - serverCpu) * 1000) / latencies.length;
  const clientUsage = process.cpuUsage(clientCpu);
  const clientCpuMs = (clientUsage.user + clientUsage.system) / 1000 / latencies.length;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const percentile = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))].toFixed(1);
  console.log(`GET /api/public/sites?departement=XX (100 sites par page, total compris) : ${latencies.length.toLocaleString('fr-FR')} requêtes en ${elapsed.toFixed(1)} s, ${(latencies.length / elapsed).toFixed(0)} req/s, ${concurrency} en parallèle`);
  console.log(`CPU par requête : ${serverCpuMs.toFixed(2)} ms dans le processus de l’API, ${clientCpuMs.toFixed(2)} ms dans le client (PostgreSQL non compté) ; charge moyenne ${os.loadavg()[0].toFixed(1)}`);
  console.log(`latence p50 ${percentile(50)} ms, p90 ${percentile(90)} ms, p99 ${percentile(99)} ms, max ${latencies[latencies.length - 1].toFixed(1)} ms`);
}

async function main() {
  console.log(`Banc d’essai de l’API publique : ${count.toLocaleString('fr-FR')} sites, ${seconds} s, ${concurrency} requêtes en parallèle (${os.cpus().length} cœurs, charge moyenne ${os.loadavg()[0].toFixed(1)})`);
  const dataDirectory = fs.mkdtempSync(path.join(os.tmpdir(), 'maillage-bench-public-api-'));
  try {
    await withTemporaryPostgresDatabase(serverUrl, async (url) => {
      const departements = (await load(url, dataDirectory)).filter((code) => code && !code.startsWith('97'));
      const { child, port } = await startServer(url, dataDirectory);
      try {
        await fire(port, departements, child.pid);
      } finally {
        child.removeAllListeners('exit');
        child.kill('SIGTERM');
        await new Promise((resolve) => child.once('exit', resolve));
      }
    });
  } finally {
    fs.rmSync(dataDirectory, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

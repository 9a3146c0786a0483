#!/usr/bin/env node
// Usage: node tools/db/generate-migration.js <Name>
// Generates one migration per dialect with TypeORM's own `migration:generate`: for each, a fresh database (a temporary
// SQLite file; a temporary database on the local PostgreSQL) gets every committed migration, then TypeORM compares
// it with the entities and writes the difference to apps/api/src/database/migrations/<dialect>/<timestamp>-<Name>.ts.
// PostgreSQL server: MAILLAGE_MIGRATION_DATABASE_URL, else MAILLAGE_TEST_DATABASE_URL, else postgres://postgres@127.0.0.1:5432/postgres.
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { withTemporaryPostgresDatabase } = require('./temporary-postgres');

const root = path.resolve(__dirname, '../..');
const migrationsRoot = path.join(root, 'apps/api/src/database/migrations');
const dataSourceFile = path.join(root, 'apps/api/src/database/migration-data-source.ts');
const typeormCli = require.resolve('typeorm/cli.js', { paths: [root] });

function typeorm(args, env) {
  const result = spawnSync(process.execPath, ['-r', path.join(__dirname, 'register-typescript.js'), typeormCli, ...args, '-d', dataSourceFile], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: '', ...env },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

function generateFor(dialect, name, timestamp, env) {
  const run = typeorm(['migration:run'], env);
  if (run.status !== 0) throw new Error(`[${dialect}] les migrations existantes ne s’appliquent pas :\n${run.output}`);
  const target = path.join(migrationsRoot, dialect, name);
  const generated = typeorm(['migration:generate', target, '-t', String(timestamp)], env);
  if (/No changes in database schema were found/.test(generated.output)) {
    console.log(`[${dialect}] aucun changement : les migrations correspondent déjà aux entités`);
    return false;
  }
  if (generated.status !== 0) throw new Error(`[${dialect}] génération impossible :\n${generated.output}`);
  const file = path.join(migrationsRoot, dialect, `${timestamp}-${name}.ts`);
  if (dialect === 'postgres') unqualifyPublicSchema(file);
  console.log(`[${dialect}] ${path.relative(root, file)}`);
  return true;
}

// TypeORM writes `DROP INDEX "public"."…"` in down(): the schema it generated against. Without it, the migration
// applies to whatever schema the connection's search_path selects, like every other statement it contains.
function unqualifyPublicSchema(file) {
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replaceAll('"public".', ''));
}

async function main() {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]*$/.test(name)) {
    console.error('Usage : node tools/db/generate-migration.js <NomEnPascalCase>   (ex. AddSites)');
    process.exit(2);
  }
  const timestamp = Date.now();
  const serverUrl =
    process.env.MAILLAGE_MIGRATION_DATABASE_URL || process.env.MAILLAGE_TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
  // PostgreSQL first: if its server is unreachable, nothing is written rather than one dialect only.
  await withTemporaryPostgresDatabase(serverUrl, (postgresUrl) => {
    const sqliteDirectory = fs.mkdtempSync(path.join(os.tmpdir(), 'maillage-migration-'));
    try {
      const generated = {
        sqlite: generateFor('sqlite', name, timestamp, { MAILLAGE_DATA_DIR: sqliteDirectory }),
        postgres: generateFor('postgres', name, timestamp, { DATABASE_URL: postgresUrl }),
      };
      if (generated.sqlite !== generated.postgres) {
        console.warn('⚠ Un seul dialecte a changé : les migrations des deux dialectes avaient divergé, vérifiez-les.');
      }
    } finally {
      fs.rmSync(sqliteDirectory, { recursive: true, force: true });
    }
  });
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});

#!/usr/bin/env node
// The one test command (README, .ci/run): lint (which enforces the Nx module boundaries), then every Jest project.
// PostgreSQL and Redis suites run when MAILLAGE_TEST_DATABASE_URL / MAILLAGE_TEST_REDIS_URL are set, and say why they skip otherwise.
const { spawnSync } = require('child_process');
const path = require('path');

const root = path.resolve(__dirname, '..');
// Nx runs in-process here: no daemon left behind, no cloud.
process.env.NX_DAEMON ??= 'false';
process.env.NX_NO_CLOUD ??= 'true';
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

function run(title, command, args) {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  if (result.status !== 0) {
    console.error(`✖ ${title} a échoué (code ${result.status})`);
    process.exit(result.status || 1);
  }
}

for (const [name, variable] of [
  ['PostgreSQL', 'MAILLAGE_TEST_DATABASE_URL'],
  ['Redis', 'MAILLAGE_TEST_REDIS_URL'],
]) {
  console.log(process.env[variable] ? `${name} : ${process.env[variable]}` : `${name} : ${variable} absent, les suites ${name} seront ignorées`);
}

// The module-boundaries rule reads Nx's project graph from its cache and is skipped, with a mere warning, when a
// fresh clone has none yet: the graph is computed first, so that the lint enforces the boundaries everywhere.
run('Graphe des projets Nx', bin('nx'), ['show', 'projects']);
run('Lint', bin('eslint'), ['.', '--max-warnings=0']);
run('Tests', bin('jest'), ['--ci', '--passWithNoTests', ...process.argv.slice(2)]);

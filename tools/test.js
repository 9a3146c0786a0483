#!/usr/bin/env node
// The one test command (README, .ci/run): lint (which enforces the Nx module boundaries), then every Jest project.
// PostgreSQL and Redis suites run when MAILLAGE_TEST_DATABASE_URL / MAILLAGE_TEST_REDIS_URL are set, and say why they skip otherwise.
const { spawnSync } = require('child_process');
const path = require('path');

const root = path.resolve(__dirname, '..');
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

run('Lint', bin('eslint'), ['.', '--max-warnings=0']);
run('Tests', bin('jest'), ['--ci', '--passWithNoTests', ...process.argv.slice(2)]);

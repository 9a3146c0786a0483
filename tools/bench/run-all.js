#!/usr/bin/env node
// `npm run bench`: every benchmark of the repository, one after the other, each printing its own figures.
// They measure; none of them fails on a figure. Quoted in the README's "Benchmarks" section.
const { spawnSync } = require('child_process');
const path = require('path');

const root = path.resolve(__dirname, '../..');
const node = process.execPath;
const benches = [
  ['Validateur contre tableschema-js et papaparse (200 000 et 2 000 000 lignes)', [node, 'tools/bench/validator.js', '--runs', '3', '--large']],
  ['Du dépôt au rapport, 20 000 lignes', [node, 'tools/bench/upload-to-report/run.js', '20000', '3']],
  ['Publication et diff de 500 000 sites', [node, '--max-old-space-size=8192', 'tools/bench/publication/run.js', '500000']],
  ['API publique, 1 000 000 de sites (PostgreSQL)', [node, '--max-old-space-size=6144', 'tools/bench/public-api/run.js', '1000000', '20', '16']],
];

const only = process.argv[2];
for (const [title, [command, ...args], env] of benches) {
  if (only && !title.toLowerCase().includes(only.toLowerCase())) continue;
  console.log(`\n▶ ${title}\n  ${[path.relative(root, command) || command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) console.error(`✖ ${title} : arrêt avec le code ${result.status}`);
}

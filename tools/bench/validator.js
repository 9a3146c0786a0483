#!/usr/bin/env node
// Validator benchmark: the project's engine side by side with its peers, on the same file, in the same run.
//   node tools/bench/validator.js [--rows 200000] [--runs 3] [--large] [--skip-peers] [--shared-rows 100000]
// "ours" is validateFile (readers + engine) with every constraint of bench-peers/schema.json; "readers only" reads
// the same file through the readers without validating, so the engine's share is the difference.
// Each contender runs as its own process, `runs` times; the median run is reported (rows/s, MB/s, CPU seconds,
// peak RSS). Wall time suffers when the machine is shared: CPU seconds (user + sys) are given beside it, and for
// ours the main thread's own (the file is hashed and scanned by a worker thread beside it).
// Peers come from /work/shared/bench-peers (read-only), copied and installed once under tmp/bench-peers.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const root = path.resolve(__dirname, '..', '..');
const peersSource = path.resolve(root, '..', 'shared', 'bench-peers');
const peers = path.join(root, 'tmp', 'bench-peers');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : fallback;
};
const rowsWanted = Number(option('--rows', '200000'));
const runs = Number(option('--runs', '3'));
const sharedRows = Number(option('--shared-rows', '100000'));
const hasTime = fs.existsSync('/usr/bin/time');

function sh(command, commandArgs, cwd) {
  const result = spawnSync(command, commandArgs, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${command} ${commandArgs.join(' ')} a échoué :\n${result.stderr}`);
  return result.stdout;
}

function preparePeers() {
  if (!fs.existsSync(peersSource)) throw new Error(`Pairs introuvables : ${peersSource}`);
  if (!fs.existsSync(path.join(peers, 'node_modules', 'tableschema'))) {
    fs.rmSync(peers, { recursive: true, force: true });
    fs.cpSync(peersSource, peers, { recursive: true });
    for (const file of fs.readdirSync(peers)) fs.chmodSync(path.join(peers, file), 0o644);
    console.log('Installation des pairs (une fois) dans tmp/bench-peers…');
    sh('npm', ['install', '--no-audit', '--no-fund'], peers);
  }
  fs.mkdirSync(path.join(peers, 'data'), { recursive: true });
}

function generate(rows) {
  const file = path.join(peers, 'data', rows === 200000 ? 'sites.csv' : `sites-${rows}.csv`);
  const manifestFile = `${file}.manifest.json`;
  if (!fs.existsSync(manifestFile) || JSON.parse(fs.readFileSync(manifestFile, 'utf8')).rows !== rows) {
    console.log(`Génération de ${rows} lignes (graine 42)…`);
    sh('node', ['gen-data.js', String(rows), path.relative(peers, file), '42'], peers);
  }
  return { file, manifest: JSON.parse(fs.readFileSync(manifestFile, 'utf8')) };
}

/** Runs one process; returns its JSON line plus wall/CPU seconds and peak RSS measured from outside. */
function measure(command, commandArgs, cwd) {
  const full = hasTime ? ['/usr/bin/time', ['-f', 'TIME %e %U %S %M', command, ...commandArgs]] : [command, commandArgs];
  const started = process.hrtime.bigint();
  const result = spawnSync(full[0], full[1], { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) throw new Error(`${commandArgs.join(' ')} a échoué :\n${result.stderr.slice(-2000)}`);
  const line = result.stdout.trim().split('\n').filter((text) => text.startsWith('{')).pop();
  const output = line ? JSON.parse(line) : {};
  const time = /TIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(result.stderr);
  return {
    output,
    wall: time ? Number(time[1]) : wall,
    cpu: time ? Number(time[2]) + Number(time[3]) : NaN,
    rssMB: time ? Number(time[4]) / 1024 : output.maxRssMB ?? NaN,
  };
}

function median(samples) {
  const sorted = [...samples].sort((a, b) => a.wall - b.wall);
  return sorted[Math.floor(sorted.length / 2)];
}

function bench(name, command, commandArgs, cwd, rows, bytes) {
  const samples = [];
  for (let run = 0; run < runs; run++) samples.push(measure(command, commandArgs, cwd));
  const best = median(samples);
  const row = {
    name,
    rowsPerSecond: rows / best.wall,
    mbPerSecond: bytes / 1e6 / best.wall,
    wall: best.wall,
    cpu: best.cpu,
    rowsPerCpuSecond: rows / best.cpu,
    rssMB: Math.max(...samples.map((sample) => sample.rssMB)),
    output: best.output,
  };
  const mainThread = best.output.mainThreadCpu === undefined ? '' : `, main thread ${best.output.mainThreadCpu.toFixed(2)} s`;
  console.log(`  ${name}: ${best.wall.toFixed(2)} s (CPU ${best.cpu.toFixed(2)} s${mainThread}), ${Math.round(row.rssMB)} Mo`);
  return row;
}

function printTable(title, rows) {
  const format = (n, digits = 0) => (Number.isFinite(n) ? n.toLocaleString('fr-FR', { maximumFractionDigits: digits }) : '—');
  console.log(`\n${title}`);
  console.log('| contender | rows/s | MB/s | wall s | CPU s | rows per CPU s | peak RSS MB |');
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  for (const row of rows) {
    console.log(`| ${row.name} | ${format(row.rowsPerSecond)} | ${format(row.mbPerSecond, 1)} | ${format(row.wall, 2)} | ${format(row.cpu, 2)} | ${format(row.rowsPerCpuSecond)} | ${format(row.rssMB)} |`);
  }
}

/** Cells a correct validator must flag in the id column: bad pattern, or a repeat of an id still present earlier. */
function detectableIds(file) {
  const text = fs.readFileSync(file, 'utf8');
  const seen = new Set();
  let invalid = 0;
  let start = text.indexOf('\n') + 1;
  while (start < text.length) {
    const end = text.indexOf(',', start);
    const id = text.slice(start, end);
    if (!/^S[0-9]{7}$/.test(id) || seen.has(id)) invalid++;
    seen.add(id);
    start = text.indexOf('\n', end) + 1;
    if (start === 0) break;
  }
  return invalid;
}

function checkFindings(file, manifest, schemaFile) {
  const { output } = measure('node', [path.join(__dirname, 'run-ours.js'), file, schemaFile, '--all-errors'], root);
  const found = output.invalidCellsByField ?? {};
  const lines = [];
  let exact = true;
  for (const [column, injected] of Object.entries(manifest.injected)) {
    const expected = column === 'id' ? detectableIds(file) : injected;
    const ok = (found[column] ?? 0) === expected;
    exact &&= ok;
    const note = column === 'id' && expected !== injected ? ` (manifest ${injected}: ${injected - expected} injected duplicates point at a row whose id was itself replaced, so they are unique)` : '';
    lines.push(`  ${ok ? '✓' : '✗'} ${column}: injected ${expected}${note}, found ${found[column] ?? 0}`);
  }
  console.log(`\nInjected invalid cells found by ours (${exact ? 'all exact' : 'MISMATCH'}):`);
  console.log(lines.join('\n'));
  return exact;
}

/** Wall times on a shared machine mean little without its load: printed before and after the runs. */
function printLoad(when) {
  console.log(`${when}: load average ${os.loadavg().map((load) => load.toFixed(2)).join(', ')} (1, 5, 15 min) on ${os.cpus().length} cores`);
}

function main() {
  printLoad('Start');
  preparePeers();
  const { file, manifest } = generate(rowsWanted);
  const schemaFile = path.join(peers, 'schema.json');
  const bytes = fs.statSync(file).size;
  const rows = manifest.rows;
  console.log(`\nFichier : ${path.relative(root, file)} — ${rows} lignes, ${(bytes / 1e6).toFixed(1)} Mo, ${runs} exécutions par concurrent`);
  const results = [];
  if (!args.includes('--skip-peers')) {
    results.push(bench('read bytes only (floor)', 'node', ['read-only.js', file], peers, rows, bytes));
    results.push(bench('papaparse, parse only', 'node', ['parse-papaparse.js', file], peers, rows, bytes));
    results.push(bench('tableschema-js 1.12.6, validation', 'node', ['validate-tableschema.js', file, 'schema.json', 'validate'], peers, rows, bytes));
  }
  results.push(bench('maillage readers only (openFile, no validation)', 'node', [path.join(__dirname, 'run-ours.js'), file, schemaFile, '--read-only'], root, rows, bytes));
  const readers = results[results.length - 1];
  const ours = bench('maillage validateFile', 'node', [path.join(__dirname, 'run-ours.js'), file, schemaFile], root, rows, bytes);
  results.push(ours);
  printTable(`Table Schema validation, ${rows} rows (median of ${runs} runs)`, results);
  const papaparse = results.find((row) => row.name.startsWith('papaparse'));
  const tableschema = results.find((row) => row.name.startsWith('tableschema'));
  if (papaparse && tableschema) {
    console.log(`\nours / tableschema-js: ×${(ours.rowsPerSecond / tableschema.rowsPerSecond).toFixed(1)} wall, ×${(ours.rowsPerCpuSecond / tableschema.rowsPerCpuSecond).toFixed(1)} CPU (target ≥ ×10)`);
    console.log(`ours / papaparse parse-only: ${((100 * ours.rowsPerSecond) / papaparse.rowsPerSecond).toFixed(0)} % wall, ${((100 * ours.rowsPerCpuSecond) / papaparse.rowsPerCpuSecond).toFixed(0)} % CPU (target ≥ 60 %)`);
  }
  console.log(`engine share (validateFile − readers only): ${(ours.cpu - readers.cpu).toFixed(2)} CPU s, ${Math.round(rows / (ours.cpu - readers.cpu)).toLocaleString('fr-FR')} rows per CPU s`);
  console.log(`ours peak RSS: ${Math.round(ours.rssMB)} MB (target < 200 MB)`);
  checkFindings(file, manifest, schemaFile);

  const sharedSchema = path.join(root, 'schemas', 'sites-publics', '1.0.0', 'schema.json');
  if (fs.existsSync(sharedSchema) && sharedRows > 0) {
    const sharedFile = path.join(root, 'tmp', 'bench-shared', `sites-publics-${sharedRows}.csv`);
    if (!fs.existsSync(sharedFile)) sh('node', [path.join(__dirname, 'gen-shared.js'), String(sharedRows), sharedFile], root);
    const sharedBytes = fs.statSync(sharedFile).size;
    const shared = [
      bench('shared schema, Table Schema only', 'node', [path.join(__dirname, 'run-ours.js'), sharedFile, sharedSchema], root, sharedRows, sharedBytes),
      bench('shared schema + French checks', 'node', [path.join(__dirname, 'run-ours.js'), sharedFile, sharedSchema, '--french'], root, sharedRows, sharedBytes),
    ];
    printTable(`Shared schema sites-publics 1.0.0, ${sharedRows} rows from its example`, shared);
    console.log(`  errors: ${JSON.stringify(shared[1].output.errorCounts)}; warnings: ${JSON.stringify(shared[1].output.warningCounts)}`);
    const real = path.resolve(root, '..', 'shared', 'data', 'real', 'laposte_points_de_contact_2020-12.csv');
    const mapping = path.join(root, 'schemas', 'sites-publics', '1.0.0', 'mappings', 'laposte-points-de-contact.mapping.json');
    if (fs.existsSync(real) && fs.existsSync(mapping)) {
      const laposte = bench('La Poste 2020 (real), mapping + French checks', 'node', [path.join(__dirname, 'run-ours.js'), real, sharedSchema, '--french', '--mapping', mapping], root, 17716, fs.statSync(real).size);
      printTable('Real file: La Poste points de contact 2020-12 with its mapping', [laposte]);
    }
  }

  if (args.includes('--large')) {
    const large = generate(2000000);
    const largeBytes = fs.statSync(large.file).size;
    const readersOnly = bench('maillage readers only, 2,000,000 rows', 'node', [path.join(__dirname, 'run-ours.js'), large.file, schemaFile, '--read-only'], root, large.manifest.rows, largeBytes);
    const run = bench('maillage validateFile, 2,000,000 rows, unique + primary key', 'node', [path.join(__dirname, 'run-ours.js'), large.file, schemaFile], root, large.manifest.rows, largeBytes);
    printTable('Large file', [readersOnly, run]);
    console.log(`peak RSS ${Math.round(run.rssMB)} MB (target < 250 MB); unique-error ${run.output.errorCounts['unique-error']}, primary-key ${run.output.errorCounts['primary-key']}`);
  }
  printLoad('End');
}

main();

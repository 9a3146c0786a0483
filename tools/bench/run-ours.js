#!/usr/bin/env node
// One process, one validation with the project's engine (validateFile), as the bench runs each contender.
// Usage: node tools/bench/run-ours.js <file> <schema.json> [--mapping <mapping.json>] [--french] [--all-errors] [--read-only]
// Prints one JSON line: rows, ms, peak RSS, error counts; with --all-errors, invalid cells per column (for the manifest check).
// --read-only only reads the file through the project's readers (no validation): the readers' share of the time.
'use strict';
require('./compiled-require');
const fs = require('fs');
const path = require('path');
const { validateFile } = require('../../libs/validation/src/node/validate-file.ts');

const args = process.argv.slice(2);
const option = (name) => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
};
const [file, schemaPath] = args;
const schema = JSON.parse(fs.readFileSync(path.resolve(schemaPath), 'utf8'));
const mappingPath = option('--mapping');
const allErrors = args.includes('--all-errors');

/** CPU seconds of this process's main thread (Linux), apart from the inspection worker's and V8's helper threads. */
function mainThreadCpuSeconds() {
  try {
    const fields = fs.readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

(async () => {
  const checks = args.includes('--french') ? require('../../libs/validation/src/checks/french/index.ts').frenchChecks : [];
  const started = process.hrtime.bigint();
  if (args.includes('--read-only')) {
    const { openFile } = require('../../libs/validation/src/node/file-source.ts');
    const { SourceRevised } = require('../../libs/validation/src/core/contracts.ts');
    // As validateFile reads: in one pass, starting over if the whole file contradicts its start.
    let source = await openFile(path.resolve(file), { singlePass: true });
    let rows = 0;
    try {
      for await (const batch of source.batches()) rows += batch.rows.length;
    } catch (error) {
      if (!(error instanceof SourceRevised)) throw error;
      source = await error.reopen();
      rows = 0;
      for await (const batch of source.batches()) rows += batch.rows.length;
    }
    const ms = Math.round(Number(process.hrtime.bigint() - started) / 1e6);
    console.log(JSON.stringify({ impl: 'maillage-readers', rows, ms, mainThreadCpu: mainThreadCpuSeconds(), maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024) }));
    return;
  }
  const options = {
    schema,
    mapping: mappingPath ? JSON.parse(fs.readFileSync(path.resolve(mappingPath), 'utf8')) : undefined,
    checks,
    maxErrors: allErrors ? Number.MAX_SAFE_INTEGER : undefined,
  };
  const report = await validateFile(path.resolve(file), options);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const task = report.tasks[0];
  const result = {
    impl: 'maillage',
    rows: task.stats.rows,
    bytes: task.stats.bytes,
    ms: Math.round(ms),
    mainThreadCpu: mainThreadCpuSeconds(),
    maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    errors: task.stats.errors,
    warnings: task.stats.warnings,
    errorCounts: task.errorCounts,
    warningCounts: task.warningCounts,
  };
  if (allErrors) {
    // A primary-key error is the id cell's; a cell counts once whatever number of its constraints fail.
    const cells = new Map();
    for (const error of task.errors) {
      const field = error.type === 'primary-key' ? schema.primaryKey : error.fieldName;
      if (!field || error.rowNumber === undefined) continue;
      if (!cells.has(field)) cells.set(field, new Set());
      cells.get(field).add(error.rowNumber);
    }
    result.invalidCellsByField = Object.fromEntries([...cells].map(([field, rows]) => [field, rows.size]));
  }
  console.log(JSON.stringify(result));
})().catch((error) => {
  console.error(error);
  process.exit(1);
});

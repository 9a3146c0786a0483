#!/usr/bin/env node
// Writes a file of the shared schema's shape (sites-publics 1.0.0) by repeating its valid example with fresh ids,
// so that the French checks run on realistic rows. Usage: node tools/bench/gen-shared.js <rows> <out.csv>
'use strict';
const fs = require('fs');
const path = require('path');
const Papa = require('papaparse');

const [rowsArg = '100000', out = 'tmp/bench-shared/sites-publics.csv'] = process.argv.slice(2);
const wanted = Number(rowsArg);
const example = path.resolve(__dirname, '../../schemas/sites-publics/1.0.0/exemple-valide.csv');
const [header, ...rows] = Papa.parse(fs.readFileSync(example, 'utf8'), { skipEmptyLines: true }).data;
const id = header.indexOf('id');
const parent = header.indexOf('site_parent');

fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
const fd = fs.openSync(out, 'w');
fs.writeSync(fd, Papa.unparse([header]) + '\r\n');
let written = 0;
for (let copy = 0; written < wanted; copy++) {
  const batch = [];
  for (const row of rows) {
    if (written + batch.length >= wanted) break;
    const clone = [...row];
    if (copy > 0) {
      clone[id] = `${row[id]}.${copy}`;
      if (row[parent]) clone[parent] = `${row[parent]}.${copy}`;
    }
    batch.push(clone);
  }
  written += batch.length;
  fs.writeSync(fd, Papa.unparse(batch) + '\r\n');
}
fs.closeSync(fd);
console.log(JSON.stringify({ out, rows: written, bytes: fs.statSync(out).size }));

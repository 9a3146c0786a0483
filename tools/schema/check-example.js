#!/usr/bin/env node
// Checks the facts of every schemas/<name>/<version>/exemple-valide.csv (or of the files given) against their schema.
const fs = require('fs');
const path = require('path');
const { findSchemaVersions } = require('./lib/schema-folders');
const { checkExampleFacts, formatProblems } = require('./lib/example-facts');
const { DEFAULT_SCHEMAS_ROOT } = require('./generate');

const EXAMPLE_FILE = 'exemple-valide.csv';

function main() {
  let failed = false;
  for (const { name, version, directory, schema } of findSchemaVersions(DEFAULT_SCHEMAS_ROOT)) {
    const file = path.join(directory, EXAMPLE_FILE);
    if (!fs.existsSync(file)) continue;
    const { rows, problems, referenceDate } = checkExampleFacts(fs.readFileSync(file, 'utf8'), schema);
    if (problems.length) {
      failed = true;
      console.error(`${name} ${version} : ${problems.length} problème(s) dans ${EXAMPLE_FILE}\n${formatProblems(problems)}`);
    } else {
      console.log(`${name} ${version} : ${rows.length} lignes conformes (statuts évalués au ${referenceDate}).`);
    }
  }
  return failed ? 1 : 0;
}

if (require.main === module) process.exit(main());

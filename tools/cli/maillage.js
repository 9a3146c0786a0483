#!/usr/bin/env node
// The `maillage` command (validate a file, print the schema's documentation or template). It runs the TypeScript
// sources directly through tools/cli/register.js: no build step needed after `npm install`.
'use strict';
require('./register');
const { main } = require('../../libs/validation/src/node/cli/main.ts');

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error) => {
    process.stderr.write(`maillage : erreur inattendue : ${error && error.stack ? error.stack : error}\n`);
    process.exitCode = 2;
  },
);

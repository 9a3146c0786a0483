// Runs the API from its TypeScript sources for the end-to-end test: tools/cli/register.js, plus one fix. Node tries
// `.json` before extensions registered later (`.ts`), so `./geography/departement-boxes` would load the JSON table
// beside libs/territories/src/geography/departement-boxes.ts instead of the module. A relative request with a `.ts`
// sibling resolves to it first.
'use strict';
const fs = require('fs');
const path = require('path');
const Module = require('module');
require('../../../tools/cli/register');

const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, parent, ...rest) {
  if (request.startsWith('.') && parent && parent.filename && !path.extname(request)) {
    const candidate = path.resolve(path.dirname(parent.filename), `${request}.ts`);
    if (fs.existsSync(candidate)) return candidate;
  }
  return resolveFilename.call(this, request, parent, ...rest);
};

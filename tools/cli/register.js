// Runs the repository's TypeScript without a build: compiles each .ts file with SWC when Node requires it, and
// resolves the tsconfig path aliases (@maillage/…). Only files of the repository are compiled, never node_modules.
'use strict';
const fs = require('fs');
const path = require('path');
const Module = require('module');
const { transformSync } = require('@swc/core');

const root = path.resolve(__dirname, '..', '..');
const { compilerOptions } = JSON.parse(fs.readFileSync(path.join(root, 'tsconfig.base.json'), 'utf8'));
const aliases = new Map(Object.entries(compilerOptions.paths).map(([alias, [target]]) => [alias, path.join(root, target)]));

const swcOptions = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};

const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return resolveFilename.call(this, aliases.get(request) ?? request, ...rest);
};

require.extensions['.ts'] = function compileTypeScript(module, filename) {
  if (filename.includes(`${path.sep}node_modules${path.sep}`)) throw new Error(`Refus de compiler ${filename} (dépendance TypeScript non compilée)`);
  const { code } = transformSync(fs.readFileSync(filename, 'utf8'), { ...swcOptions, filename });
  module._compile(code, filename);
};
process.setSourceMapsEnabled(true);

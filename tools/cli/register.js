// Runs the repository's TypeScript without a build: compiles each .ts file with SWC when Node requires it, and
// resolves the tsconfig path aliases (@maillage/…). Only files of the repository are compiled, never node_modules.
// Compiled code is cached by content under node_modules/.cache/maillage-cli: later runs skip SWC altogether.
'use strict';
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const Module = require('module');

const root = path.resolve(__dirname, '..', '..');
const cacheFolder = path.join(root, 'node_modules', '.cache', 'maillage-cli');
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
const swcVersion = require('@swc/core/package.json').version;

function compile(source, filename) {
  const key = crypto.createHash('sha256').update(`${swcVersion}\0${JSON.stringify(swcOptions)}\0${filename}\0`).update(source).digest('hex');
  const cached = path.join(cacheFolder, `${key}.js`);
  try {
    return fs.readFileSync(cached, 'utf8');
  } catch {
    const { code } = require('@swc/core').transformSync(source, { ...swcOptions, filename });
    try {
      fs.mkdirSync(cacheFolder, { recursive: true });
      fs.writeFileSync(cached, code);
    } catch {
      // A read-only install compiles at every run: slower to start, same result.
    }
    return code;
  }
}

const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return resolveFilename.call(this, aliases.get(request) ?? request, ...rest);
};

require.extensions['.ts'] = function compileTypeScript(module, filename) {
  if (filename.includes(`${path.sep}node_modules${path.sep}`)) throw new Error(`Refus de compiler ${filename} (dépendance TypeScript non compilée)`);
  module._compile(compile(fs.readFileSync(filename, 'utf8'), filename), filename);
};
// Node tries extensions in registration order: '.ts' goes before '.json', else `./departement-boxes` resolves to
// departement-boxes.json beside departement-boxes.ts and the module's functions come out undefined.
for (const extension of ['.json', '.node']) {
  const loader = require.extensions[extension];
  delete require.extensions[extension];
  require.extensions[extension] = loader;
}
process.setSourceMapsEnabled(true);

// Lets the bench run the repository's TypeScript as production runs compiled JavaScript: each .ts file is compiled
// once with SWC and cached under tmp/bench-cache, so timed runs neither compile nor load SWC's native binary
// (which alone adds tens of MB of RSS). Path aliases (@maillage/…) are resolved from tsconfig.base.json.
// The cache key is the file's path, its content and the compiler's version: an edited file is compiled again. A cache
// file is written under a temporary name and renamed, so a process killed mid-write or a concurrent run never leaves
// a truncated file that would load as an empty module ("… is not a function" far from the cause).
'use strict';
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const Module = require('module');

const root = path.resolve(__dirname, '..', '..');
const cacheDir = path.join(root, 'tmp', 'bench-cache');
const compilerVersion = require('@swc/core/package.json').version;
const { compilerOptions } = JSON.parse(fs.readFileSync(path.join(root, 'tsconfig.base.json'), 'utf8'));
const aliases = new Map(Object.entries(compilerOptions.paths).map(([alias, [target]]) => [alias, path.join(root, target)]));
let swc = null;

const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return resolveFilename.call(this, aliases.get(request) ?? request, ...rest);
};

function compile(source, filename) {
  swc ??= require('@swc/core');
  return swc.transformSync(source, {
    filename,
    jsc: { parser: { syntax: 'typescript', decorators: true }, transform: { legacyDecorator: true, decoratorMetadata: true }, target: 'es2022', keepClassNames: true },
    module: { type: 'commonjs' },
  }).code;
}

require.extensions['.ts'] = function compiledTypeScript(module, filename) {
  const source = fs.readFileSync(filename, 'utf8');
  const key = crypto.createHash('sha1').update(compilerVersion).update(filename).update(source).digest('hex');
  const cached = path.join(cacheDir, `${key}.js`);
  let code;
  if (fs.existsSync(cached)) {
    code = fs.readFileSync(cached, 'utf8');
  } else {
    code = compile(source, filename);
    fs.mkdirSync(cacheDir, { recursive: true });
    const partial = `${cached}.${process.pid}.partial`;
    fs.writeFileSync(partial, code);
    fs.renameSync(partial, cached);
  }
  module._compile(code, filename);
};
// Node tries extensions in registration order: '.ts' goes before '.json', else `./departement-boxes` resolves to
// departement-boxes.json beside departement-boxes.ts and the module's functions come out undefined.
for (const extension of ['.json', '.node']) {
  const loader = require.extensions[extension];
  delete require.extensions[extension];
  require.extensions[extension] = loader;
}

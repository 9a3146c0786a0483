// Lets plain Node (and the TypeORM CLI it runs) require the API's TypeScript sources directly, with the same SWC
// settings as Jest (decorator metadata on) and the @maillage/* path aliases: no build needed to work on migrations.
const Module = require('module');
const path = require('path');
const { addHook } = require('pirates');
const { transformSync } = require('@swc/core');

const root = path.resolve(__dirname, '../..');
const { compilerOptions } = require(path.join(root, 'tsconfig.base.json'));
const aliases = Object.entries(compilerOptions.paths).map(([alias, [target]]) => [alias, path.join(root, target)]);

const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function resolveWithAliases(request, ...rest) {
  const alias = aliases.find(([name]) => name === request);
  return resolveFilename.call(this, alias ? alias[1] : request, ...rest);
};

addHook(
  (code, filename) =>
    transformSync(code, {
      filename,
      sourceMaps: 'inline',
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true },
        target: 'es2022',
        keepClassNames: true,
      },
      module: { type: 'commonjs' },
    }).code,
  { exts: ['.ts'], ignoreNodeModules: true },
);

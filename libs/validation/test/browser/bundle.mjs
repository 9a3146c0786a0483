// Bundles the library's browser entry into one IIFE script with Vite (Jest cannot load Vite, an ES module, itself).
// Usage: node bundle.mjs <entry.ts> <out.js>
import { build } from 'vite';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const [entry, out] = process.argv.slice(2);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const result = await build({
  configFile: false,
  logLevel: 'warn',
  root,
  resolve: {
    alias: {
      '@maillage/validation': path.join(root, 'libs/validation/src/index.ts'),
      '@maillage/territories': path.join(root, 'libs/territories/src/index.ts'),
    },
  },
  build: {
    write: false,
    minify: false,
    lib: { entry: path.resolve(entry), formats: ['iife'], name: 'maillage', fileName: () => 'maillage.js' },
    rolldownOptions: { output: { inlineDynamicImports: true } },
  },
});
const chunks = (Array.isArray(result) ? result : [result]).flatMap((output) => output.output);
writeFileSync(out, chunks.find((chunk) => chunk.type === 'chunk').code);

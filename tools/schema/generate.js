#!/usr/bin/env node
// Generates, for every schemas/<name>/<version>/ folder, the files derived from its schema.json
// (documentation.md, modele.csv, modele.xlsx, nomenclature-types-site.csv) and schemas/catalog.json.
// `--check` writes nothing and exits 1 when a committed output differs from what the schema gives.
const fs = require('fs');
const path = require('path');
const { findSchemaVersions } = require('./lib/schema-folders');
const { renderCatalog } = require('./lib/catalog');
const { renderDocumentation } = require('./lib/documentation');
const { renderCsvTemplate, renderNomenclatureCsv } = require('./lib/csv-outputs');
const { buildTemplateWorkbook } = require('./lib/xlsx-template');
const { readWorkbookContent } = require('./lib/workbook-content');

const DEFAULT_SCHEMAS_ROOT = path.resolve(__dirname, '../../schemas');

/** Every output as { file, kind, content }: text outputs as strings, the workbook as a Buffer. */
async function renderOutputs(schemasRoot) {
  const versions = findSchemaVersions(schemasRoot);
  const outputs = [{ file: path.join(schemasRoot, 'catalog.json'), kind: 'text', content: renderCatalog(versions) }];
  for (const { directory, schema } of versions) {
    outputs.push({ file: path.join(directory, 'documentation.md'), kind: 'text', content: renderDocumentation(schema) });
    outputs.push({ file: path.join(directory, 'modele.csv'), kind: 'text', content: renderCsvTemplate(schema) });
    const nomenclature = renderNomenclatureCsv(schema);
    if (nomenclature) outputs.push({ file: path.join(directory, 'nomenclature-types-site.csv'), kind: 'text', content: nomenclature });
    const workbook = Buffer.from(await buildTemplateWorkbook(schema).xlsx.writeBuffer());
    outputs.push({ file: path.join(directory, 'modele.xlsx'), kind: 'xlsx', content: workbook });
  }
  return outputs;
}

async function isUpToDate(output) {
  if (!fs.existsSync(output.file)) return false;
  if (output.kind === 'text') return fs.readFileSync(output.file, 'utf8') === output.content;
  const [committed, expected] = await Promise.all([readWorkbookContent(output.file), readWorkbookContent(output.content)]);
  return JSON.stringify(committed) === JSON.stringify(expected);
}

/** Files whose committed content is not what the schemas produce (relative to schemasRoot). */
async function staleOutputs(schemasRoot = DEFAULT_SCHEMAS_ROOT) {
  const stale = [];
  for (const output of await renderOutputs(schemasRoot)) if (!(await isUpToDate(output))) stale.push(path.relative(schemasRoot, output.file));
  return stale;
}

async function writeOutputs(schemasRoot = DEFAULT_SCHEMAS_ROOT) {
  const written = [];
  for (const output of await renderOutputs(schemasRoot)) {
    // An unchanged workbook is left alone: rewriting it would only change zip timestamps in git.
    if (await isUpToDate(output)) continue;
    fs.writeFileSync(output.file, output.content);
    written.push(path.relative(schemasRoot, output.file));
  }
  return written;
}

async function main(argv) {
  const check = argv.includes('--check');
  const rootArgument = argv.find((argument) => !argument.startsWith('--'));
  const schemasRoot = rootArgument ? path.resolve(rootArgument) : DEFAULT_SCHEMAS_ROOT;
  if (check) {
    const stale = await staleOutputs(schemasRoot);
    if (stale.length) {
      console.error(`Fichiers générés périmés (lancez node tools/schema/generate.js) :\n${stale.map((file) => `  - ${file}`).join('\n')}`);
      return 1;
    }
    console.log('Fichiers générés à jour.');
    return 0;
  }
  const written = await writeOutputs(schemasRoot);
  console.log(written.length ? `Fichiers générés :\n${written.map((file) => `  - ${file}`).join('\n')}` : 'Fichiers générés déjà à jour.');
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error) => {
      console.error(`Échec de la génération des fichiers du schéma : ${error.message}`);
      process.exit(1);
    },
  );
}

module.exports = { renderOutputs, staleOutputs, writeOutputs, DEFAULT_SCHEMAS_ROOT };

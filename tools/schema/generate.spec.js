// The generated files are committed: they must be what the schema gives, and the generator must say when they are not.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { staleOutputs, writeOutputs, DEFAULT_SCHEMAS_ROOT } = require('./generate');
const { readWorkbookContent } = require('./lib/workbook-content');
const { renderDocumentation } = require('./lib/documentation');

// Building and reading workbooks takes a few seconds on a loaded machine.
jest.setTimeout(30000);

const VERSION_DIRECTORY = path.join(DEFAULT_SCHEMAS_ROOT, 'sites-publics', '1.0.0');
const schema = JSON.parse(fs.readFileSync(path.join(VERSION_DIRECTORY, 'schema.json'), 'utf8'));

function copySchemasTo(directory) {
  const target = path.join(directory, 'sites-publics', '1.0.0');
  fs.cpSync(VERSION_DIRECTORY, target, { recursive: true });
  fs.copyFileSync(path.join(DEFAULT_SCHEMAS_ROOT, 'catalog.json'), path.join(directory, 'catalog.json'));
  return target;
}

describe('committed outputs', () => {
  it('are up to date with schema.json', async () => {
    expect(await staleOutputs()).toEqual([]);
  });
});

describe('staleness detection', () => {
  let root;
  let target;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'maillage-schemas-'));
    target = copySchemasTo(root);
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('reports every output a schema change touches, then nothing once regenerated', async () => {
    const changed = { ...schema, fields: schema.fields.map((field) => (field.name === 'nom' ? { ...field, title: 'Nom affiché' } : field)) };
    fs.writeFileSync(path.join(target, 'schema.json'), JSON.stringify(changed, null, 2));
    expect((await staleOutputs(root)).sort()).toEqual(['sites-publics/1.0.0/documentation.md', 'sites-publics/1.0.0/modele.xlsx']);
    expect((await writeOutputs(root)).sort()).toEqual(['sites-publics/1.0.0/documentation.md', 'sites-publics/1.0.0/modele.xlsx']);
    expect(await staleOutputs(root)).toEqual([]);
  });

  it('compares the workbook by content, not by bytes', async () => {
    const workbook = path.join(target, 'modele.xlsx');
    const before = fs.readFileSync(workbook);
    await writeOutputs(root);
    expect(fs.readFileSync(workbook).equals(before)).toBe(true);
    fs.writeFileSync(workbook, Buffer.from('pas un classeur'));
    await expect(staleOutputs(root)).rejects.toThrow();
  });

  it('reports a missing output and a hand-edited one', async () => {
    fs.rmSync(path.join(target, 'modele.csv'));
    fs.appendFileSync(path.join(target, 'nomenclature-types-site.csv'), 'ajout_manuel,Ajout,point_de_contact,,\n');
    expect((await staleOutputs(root)).sort()).toEqual(['sites-publics/1.0.0/modele.csv', 'sites-publics/1.0.0/nomenclature-types-site.csv']);
  });

  it('stops on a schema whose version does not match its folder', async () => {
    fs.writeFileSync(path.join(target, 'schema.json'), JSON.stringify({ ...schema, version: '1.0.1' }));
    await expect(staleOutputs(root)).rejects.toThrow('"version" vaut "1.0.1", le dossier s\'appelle "1.0.0"');
  });
});

describe('modele.xlsx', () => {
  let sheets;
  beforeAll(async () => {
    sheets = await readWorkbookContent(path.join(VERSION_DIRECTORY, 'modele.xlsx'));
  });
  const sheet = (name) => sheets.find((candidate) => candidate.name === name);
  const columnOf = (name) => schema.fields.findIndex((field) => field.name === name);

  it('opens on « Sites » with the header only, then « Colonnes » and « Nomenclatures »', () => {
    expect(sheets.map((candidate) => candidate.name)).toEqual(['Sites', 'Colonnes', 'Nomenclatures']);
    expect(sheet('Sites').rows).toEqual([{ row: 1, values: schema.fields.map((field) => field.name) }]);
  });

  it('offers a drop-down list on every enumerated column, down to the last template row', () => {
    const lists = sheet('Nomenclatures').rows;
    for (const field of schema.fields.filter((candidate) => candidate.constraints && candidate.constraints.enum)) {
      const { validation, lastValidation } = sheet('Sites').columns[columnOf(field.name)];
      expect(validation).toMatchObject({ type: 'list', showErrorMessage: true });
      expect(lastValidation).toEqual(validation);
      const [, letter, first, last] = /^'Nomenclatures'!\$([A-Z]+)\$(\d+):\$[A-Z]+\$(\d+)$/.exec(validation.formulae[0]);
      const column = letter.charCodeAt(0) - 65;
      const offered = lists.filter((row) => row.row >= Number(first) && row.row <= Number(last)).map((row) => row.values[column]);
      expect(offered).toEqual(field.constraints.enum);
    }
  });

  it('suggests reception modes without forbidding combinations', () => {
    const { validation } = sheet('Sites').columns[columnOf('mode_accueil')];
    expect(validation.type).toBe('list');
    expect(validation.showErrorMessage).toBeFalsy();
  });

  it('keeps leading zeros of codes and writes dates as AAAA-MM-JJ', () => {
    expect(sheet('Sites').columns[columnOf('code_postal')].numFmt).toBe('@');
    expect(sheet('Sites').columns[columnOf('code_insee')].numFmt).toBe('@');
    expect(sheet('Sites').columns[columnOf('date_maj')].numFmt).toBe('yyyy-mm-dd');
    expect(sheet('Sites').columns[columnOf('latitude')].validation).toMatchObject({ type: 'decimal', formulae: [-90, 90] });
  });

  it('explains every column on « Colonnes »', () => {
    const [header, ...rows] = sheet('Colonnes').rows;
    expect(header.values).toEqual(['Colonne', 'Titre', 'Obligatoire', 'Type', 'Valeurs ou format attendus', 'Description', 'Exemple']);
    expect(rows.map((row) => row.values[0])).toEqual(schema.fields.map((field) => field.name));
    for (const row of rows) expect(row.values[5].length).toBeGreaterThan(20);
  });

  it('gives each site type its label, category and BPE code on « Nomenclatures »', () => {
    const rows = sheet('Nomenclatures').rows;
    const header = rows[0].values;
    const codeColumn = header.indexOf('type_site');
    const byCode = new Map(rows.slice(1).map((row) => [row.values[codeColumn], row.values]));
    for (const entry of schema.fields.find((field) => field.name === 'type_site').nomenclature) {
      expect(byCode.get(entry.code).slice(codeColumn, codeColumn + 4)).toEqual([entry.code, entry.libelle, entry.categorie, entry.code_bpe]);
    }
  });
});

describe('documentation.md', () => {
  const documentation = fs.readFileSync(path.join(VERSION_DIRECTORY, 'documentation.md'), 'utf8');

  it('documents every field, every site type with its BPE code and every custom check', () => {
    for (const field of schema.fields) expect(documentation).toContain(`| \`${field.name}\` |`);
    for (const entry of schema.fields.find((field) => field.name === 'type_site').nomenclature) {
      expect(documentation).toContain(`| \`${entry.code}\` | ${entry.libelle} | \`${entry.categorie}\` | ${entry.code_bpe} |`);
    }
    for (const check of schema.custom_checks) expect(documentation).toContain(`- \`${check.name}\` — `);
  });

  it('keeps table rows intact when a description contains a pipe', () => {
    const modeRow = documentation.split('\n').find((line) => line.startsWith('| 18 |'));
    expect(modeRow.split(/(?<!\\)\|/).length).toBe(10);
  });

  it('refuses a custom check it cannot explain', () => {
    expect(() => renderDocumentation({ ...schema, custom_checks: [{ name: 'controle-inconnu', params: {} }] })).toThrow('Contrôle « controle-inconnu » sans explication');
  });
});

describe('modele.csv and nomenclature-types-site.csv', () => {
  it('writes the template header with a BOM and semicolons', () => {
    const template = fs.readFileSync(path.join(VERSION_DIRECTORY, 'modele.csv'), 'utf8');
    expect(template).toBe(`\uFEFF${schema.fields.map((field) => field.name).join(';')}\r\n`);
  });

  it('writes one nomenclature line per site type', () => {
    const lines = fs.readFileSync(path.join(VERSION_DIRECTORY, 'nomenclature-types-site.csv'), 'utf8').trim().split('\n');
    expect(lines[0]).toBe('code,libelle,categorie,code_bpe,precision');
    expect(lines).toHaveLength(schema.fields.find((field) => field.name === 'type_site').nomenclature.length + 1);
  });

  it('lists the schema in catalog.json', () => {
    expect(JSON.parse(fs.readFileSync(path.join(DEFAULT_SCHEMAS_ROOT, 'catalog.json'), 'utf8'))).toEqual({
      schemas: [{ name: 'sites-publics', versions: ['1.0.0'], latest: '1.0.0', path: 'sites-publics/1.0.0/schema.json' }],
    });
  });
});

describe('catalog of versions', () => {
  const { compareVersions } = require('./lib/schema-folders');
  const { renderCatalog } = require('./lib/catalog');

  it('orders versions semantically and points to the latest', () => {
    const versions = ['1.10.0', '1.2.0', '1.9.3', '2.0.0', '1.9.10'].sort(compareVersions);
    expect(versions).toEqual(['1.2.0', '1.9.3', '1.9.10', '1.10.0', '2.0.0']);
    const catalog = JSON.parse(renderCatalog(versions.map((version) => ({ name: 'sites-publics', version }))));
    expect(catalog.schemas).toEqual([{ name: 'sites-publics', versions, latest: '2.0.0', path: 'sites-publics/2.0.0/schema.json' }]);
  });
});

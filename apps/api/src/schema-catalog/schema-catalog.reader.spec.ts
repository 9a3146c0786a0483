import fs from 'fs';
import os from 'os';
import path from 'path';
import { compareVersions, readCatalogFile, scanSchemaFolders } from './schema-catalog.reader';

describe('schema catalog reader', () => {
  let directory: string;

  beforeEach(() => {
    directory = fs.mkdtempSync(path.join(os.tmpdir(), 'maillage-schemas-'));
    for (const version of ['1.0.0', '1.10.0', '1.9.2']) {
      fs.mkdirSync(path.join(directory, 'sites-publics', version), { recursive: true });
      fs.writeFileSync(
        path.join(directory, 'sites-publics', version, 'schema.json'),
        JSON.stringify({ name: 'sites-publics', title: `Sites publics ${version}`, description: 'Une ligne par site' }),
      );
    }
  });

  afterEach(() => fs.rmSync(directory, { recursive: true, force: true }));

  it('orders versions numerically, pre-releases first', () => {
    expect(['1.10.0', '1.9.2', '1.0.0', '1.10.0-rc.1'].sort(compareVersions)).toEqual(['1.0.0', '1.9.2', '1.10.0-rc.1', '1.10.0']);
  });

  it('reads catalog.json as tools/schema/generate.js writes it, completing titles from the schema files', () => {
    fs.writeFileSync(
      path.join(directory, 'catalog.json'),
      JSON.stringify({ schemas: [{ name: 'sites-publics', versions: ['1.0.0', '1.10.0', '1.9.2'], latest: '1.10.0' }] }),
    );
    expect(readCatalogFile(directory)).toEqual([
      {
        name: 'sites-publics',
        title: 'Sites publics 1.10.0',
        description: 'Une ligne par site',
        latestVersion: '1.10.0',
        versions: [
          { version: '1.0.0', path: 'sites-publics/1.0.0/schema.json' },
          { version: '1.9.2', path: 'sites-publics/1.9.2/schema.json' },
          { version: '1.10.0', path: 'sites-publics/1.10.0/schema.json' },
        ],
      },
    ]);
  });

  it('falls back to the folders when there is no catalog file', () => {
    expect(readCatalogFile(directory)).toBeNull();
    const [schema] = scanSchemaFolders(directory);
    expect(schema).toMatchObject({ name: 'sites-publics', latestVersion: '1.10.0', title: 'Sites publics 1.10.0' });
  });
});

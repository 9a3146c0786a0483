// The `maillage` command as users run it: the bin spawned with Node, exit codes and outputs checked.
const { spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = path.resolve(__dirname, '..', '..');
const bin = path.join(__dirname, 'maillage.js');
const example = path.join(root, 'schemas', 'sites-publics', '1.0.0', 'exemple-valide.csv');

jest.setTimeout(60_000);

function run(...args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: root });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

let folder;
beforeAll(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'maillage-cli-'));
});
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

function write(name, content) {
  const file = path.join(folder, name);
  fs.writeFileSync(file, content);
  return file;
}

/** The shared example with the latitude of its first site (row 2) made unreadable. */
function invalidExample() {
  const [header, first, ...rest] = fs.readFileSync(example, 'utf8').split('\n');
  const latitude = header.split(',').indexOf('latitude');
  const cells = first.split(',');
  cells[latitude] = 'quarante-six';
  return write('invalide.csv', [header, cells.join(','), ...rest].join('\n'));
}

describe('maillage validate', () => {
  it('exits 0 and says so in French for a valid file', async () => {
    const { code, stdout } = await run('validate', example);
    expect(stdout).toMatch(/^Le fichier est valide : \d+ lignes contrôlées, aucune erreur\./);
    expect(code).toBe(0);
  });

  it('prints the frictionless report with --format json', async () => {
    const { code, stdout } = await run('validate', example, '--format', 'json');
    const report = JSON.parse(stdout);
    expect(code).toBe(0);
    expect(report).toMatchObject({ valid: true, stats: { tasks: 1, errors: 0 } });
    expect(report.tasks[0]).toMatchObject({ name: 'exemple-valide.csv', detected: { format: 'csv', encoding: 'utf-8', delimiter: ',' } });
    expect(report.tasks[0].stats.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('exits 1 with the error at its row for an invalid file', async () => {
    const file = invalidExample();
    const text = await run('validate', file);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/^Le fichier contient \d+ erreurs?/);
    const json = await run('validate', file, '--format', 'json', '--max-errors', '5');
    expect(json.code).toBe(1);
    const errors = JSON.parse(json.stdout).tasks[0].errors;
    expect(errors).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'type-error', rowNumber: 2, fieldName: 'latitude', cell: 'quarante-six' })]));
  });

  it('reports an empty file as an invalid file with a source error, not a crash', async () => {
    const { code, stdout, stderr } = await run('validate', write('vide.csv', ''), '--format', 'json');
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.valid).toBe(false);
    expect(report.tasks[0].errors[0]).toMatchObject({ type: 'source-error', note: 'Le fichier est vide (0 octet).' });
  });

  it('reports a binary file as an invalid file with an encoding error', async () => {
    const { code, stdout } = await run('validate', write('image.csv', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0, 0])), '--format', 'json');
    expect(code).toBe(1);
    expect(JSON.parse(stdout).tasks[0].errors[0].type).toBe('encoding-error');
  });

  it('exits 2 with a French message for a file that does not exist', async () => {
    const { code, stdout, stderr } = await run('validate', path.join(folder, 'absent.csv'));
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('Fichier introuvable (fichier à valider)');
  });

  it('exits 2 on bad usage: unknown option, missing file argument, bad value, broken schema', async () => {
    expect((await run('validate', example, '--couleur', 'bleu')).stderr).toContain('Option inconnue « --couleur »');
    expect((await run('validate')).code).toBe(2);
    expect((await run('validate', example, '--format', 'xml')).stderr).toContain('--format vaut « text » ou « json »');
    const schema = write('schema.json', JSON.stringify({ fields: [{ name: 'id', type: 'texte' }] }));
    const broken = await run('validate', example, '--schema', schema);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('Schéma invalide');
  });
});

describe('maillage schema', () => {
  it('prints the CSV template of the shared schema', async () => {
    const { code, stdout } = await run('schema', 'template');
    expect(code).toBe(0);
    expect(stdout.replace(/^\uFEFF/, '')).toMatch(/^id[;,]nom[;,]/);
  });

  it('writes the documentation to --output', async () => {
    const output = path.join(folder, 'documentation.md');
    const { code } = await run('schema', 'doc', '--output', output);
    expect(code).toBe(0);
    expect(fs.readFileSync(output, 'utf8')).toMatch(/^# /);
  });

  it('prints the usage with --help', async () => {
    const { code, stdout } = await run('--help');
    expect(code).toBe(0);
    expect(stdout).toContain('maillage validate <fichier>');
  });
});

import { spawnSync } from 'child_process';
import { createHash } from 'crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'fs';
import { createServer, type Server } from 'http';
import type { AddressInfo } from 'net';
import { tmpdir } from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { chromium, type Browser, type Page } from 'playwright-core';
import { frenchChecks, validate } from '../../src';
import { nodeHasher } from '../../src/node';
import { CsvParser, openTable } from '../../src/readers';

// Proof that the library runs in a browser: its public entry bundled by Vite, loaded in Chromium, validating a
// Windows-1252 ';' file given as a File (read through file.stream()), with the same report as in Node.
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const root = path.resolve(__dirname, '../../../..');
const available = existsSync(CHROMIUM);
if (!available) console.warn(`${CHROMIUM} absent (apt-get install chromium) : preuve dans le navigateur ignorée.`);

jest.setTimeout(180_000);

const NOW = '2026-11-25T12:00:00Z';
const BROKEN_ROW = 3;

function sharedSchema(): object {
  const catalog = JSON.parse(readFileSync(path.join(root, 'schemas/catalog.json'), 'utf8'));
  return JSON.parse(readFileSync(path.join(root, 'schemas', catalog.schemas[0].path), 'utf8'));
}

/** The shared valid example as a French Excel export: ';', CRLF, Windows-1252, with ’ and a latitude in words. */
function excelExport(): Uint8Array {
  const records: string[][] = [];
  const parser = new CsvParser(',', '\n');
  parser.push(readFileSync(path.join(root, 'schemas/sites-publics/1.0.0/exemple-valide.csv'), 'utf8'), records);
  parser.finish(records);
  const latitude = records[0].indexOf('latitude');
  records[BROKEN_ROW - 1][latitude] = 'l’est du bourg';
  const quote = (cell: string) => (/[;"\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  const text = records.filter((record) => record.length > 0).map((record) => record.map(quote).join(';')).join('\r\n') + '\r\n';
  return new Uint8Array(iconv.encode(text, 'win1252'));
}

(available ? describe : describe.skip)('the validation library in Chromium', () => {
  let folder: string;
  let server: Server;
  let browser: Browser;
  let page: Page;
  /** Files the page downloads to build its File objects (passing megabytes through page.evaluate is very slow). */
  const files = new Map<string, Uint8Array>();

  beforeAll(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'maillage-browser-'));
    const bundle = path.join(folder, 'maillage.js');
    const built = spawnSync(process.execPath, [path.join(__dirname, 'bundle.mjs'), path.join(__dirname, 'page-entry.ts'), bundle], { cwd: root, encoding: 'utf8' });
    if (built.status !== 0) throw new Error(`Bundle Vite en échec :\n${built.stderr}`);
    const script = readFileSync(bundle);
    server = createServer((request, response) => {
      const file = files.get(request.url ?? '');
      if (request.url === '/maillage.js') response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(script);
      else if (file) response.writeHead(200, { 'content-type': 'application/octet-stream' }).end(file);
      else response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><meta charset="utf-8"><title>Maillage</title><script src="/maillage.js"></script>');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    page = await browser.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    await page.waitForFunction(() => 'maillage' in globalThis);
    expect(pageErrors).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('validates a Windows-1252 ";" File exactly as Node does', async () => {
    const bytes = excelExport();
    const schema = sharedSchema();
    files.set('/sites-prefecture.csv', bytes);
    const inBrowser = await page.evaluate(
      async ({ schema, now }) => {
        const file = new File([await (await fetch('/sites-prefecture.csv')).arrayBuffer()], 'sites-prefecture.csv', { type: 'text/csv' });
        const { maillage } = globalThis as unknown as { maillage: { validateFile(file: File, schema: object, now: string): Promise<unknown> } };
        return JSON.parse(JSON.stringify(await maillage.validateFile(file, schema, now)));
      },
      { schema, now: NOW },
    );

    expect(inBrowser.detected).toEqual({ format: 'csv', encoding: 'windows-1252', delimiter: ';' });
    const task = inBrowser.report.tasks[0];
    expect(inBrowser.report.valid).toBe(false);
    expect(task.errors).toEqual([expect.objectContaining({ type: 'type-error', rowNumber: BROKEN_ROW, fieldName: 'latitude', cell: 'l’est du bourg' })]);

    const source = await openTable(
      async function* () {
        yield bytes;
      },
      { name: 'sites-prefecture.csv', hasher: nodeHasher },
    );
    const inNode = await validate(source, { schema, checks: frenchChecks, now: new Date(NOW) });
    expect(inBrowser.stats).toEqual(source.stats());
    expect(task.errors).toEqual(JSON.parse(JSON.stringify(inNode.tasks[0].errors)));
    expect(task.warnings).toEqual(JSON.parse(JSON.stringify(inNode.tasks[0].warnings)));
    expect(task.stats.rows).toBe(inNode.tasks[0].stats.rows);
  });

  it('reads an XLSX workbook with ExcelJS in the page', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Sites');
    sheet.addRow(['id', 'effectif', 'ouverture', 'nom']);
    sheet.addRow(['S1', 12.5, new Date(Date.UTC(2024, 8, 2)), 'Mairie d’Aubusson']);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    files.set('/sites.xlsx', bytes);
    const read = await page.evaluate(async () => {
      const file = new File([await (await fetch('/sites.xlsx')).arrayBuffer()], 'sites.xlsx');
      const { maillage } = globalThis as unknown as { maillage: { readFile(file: File): Promise<unknown> } };
      return maillage.readFile(file);
    });
    expect(read).toEqual({
      labels: ['id', 'effectif', 'ouverture', 'nom'],
      detected: { format: 'xlsx', sheet: 'Sites' },
      rows: [['S1', '12.5', '2024-09-02', 'Mairie d’Aubusson']],
      stats: { bytes: bytes.length, md5: createHash('md5').update(bytes).digest('hex'), sha256: createHash('sha256').update(bytes).digest('hex') },
    });
  });

  it('streams a multi-megabyte file in chunks, with the digests Node computes', async () => {
    const lines = ['id;nom;commentaire'];
    for (let index = 1; index <= 40_000; index++) lines.push(`S${index};Mairie n° ${index};"l’accueil ; « œuvre »\r\nsur deux lignes"`);
    const bytes = new Uint8Array(iconv.encode(lines.join('\r\n') + '\r\n', 'win1252'));
    expect(bytes.length).toBeGreaterThan(2_000_000);
    files.set('/gros.csv', bytes);
    const read = await page.evaluate(async () => {
      const file = new File([await (await fetch('/gros.csv')).arrayBuffer()], 'gros.csv');
      const { maillage } = globalThis as unknown as { maillage: { readFile(file: File): Promise<{ detected: unknown; rows: string[][]; stats: unknown }> } };
      const { detected, rows, stats } = await maillage.readFile(file);
      return { detected, count: rows.length, last: rows.at(-1), stats };
    });
    const source = await openTable(
      async function* () {
        yield bytes;
      },
      { name: 'gros.csv', hasher: nodeHasher },
    );
    expect(read).toEqual({
      detected: { format: 'csv', encoding: 'windows-1252', delimiter: ';' },
      count: 40_000,
      last: ['S40000', 'Mairie n° 40000', 'l’accueil ; « œuvre »\r\nsur deux lignes'],
      stats: source.stats(),
    });
  });
});

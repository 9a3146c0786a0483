import ExcelJS from 'exceljs';
import { SITE_FIELDS } from '../../review/diff/site-record';
import { asAsync, collect } from './test/collect';
import { trickySites } from './test/tricky-sites';
import { writeSitesXlsx } from './xlsx-writer';

async function readBack(buffer: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('sites');
  if (!sheet) throw new Error('feuille « sites » absente');
  return sheet;
}

const column = (field: string) => SITE_FIELDS.indexOf(field as (typeof SITE_FIELDS)[number]) + 1;

describe('writeSitesXlsx', () => {
  let sheet: ExcelJS.Worksheet;
  beforeAll(async () => {
    sheet = await readBack(await collect(writeSitesXlsx(asAsync(trickySites()))));
  });

  it('writes a header of the schema fields, bold, frozen, with filters', () => {
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([...SITE_FIELDS]);
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toEqual(expect.objectContaining({ state: 'frozen', ySplit: 1 }));
    expect(sheet.getColumn(column('nom')).width).toBe(40);
  });

  it('keeps text beginning with =, +, - or @ as a string cell, never a formula', () => {
    const row = sheet.getRow(3);
    for (const [field, text] of [
      ['responsable', '=HYPERLINK("http://exemple.invalid","clic")'],
      ['adresse', '+33 place du Marché'],
      ['complement_adresse', '-1er étage'],
      ['commune', '@Ajaccio'],
    ]) {
      const cell = row.getCell(column(field));
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
      expect(cell.value).toBe(text);
    }
  });

  it('keeps codes as text, leading zeros included', () => {
    const cell = sheet.getRow(2).getCell(column('code_postal'));
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe('07000');
  });

  it('writes numbers as numbers and dates as dates', () => {
    const row = sheet.getRow(2);
    expect(row.getCell(column('latitude')).type).toBe(ExcelJS.ValueType.Number);
    expect(row.getCell(column('latitude')).value).toBe(44.735269);
    expect(row.getCell(column('etp')).value).toBe(120.5);
    const opening = row.getCell(column('date_ouverture'));
    expect(opening.type).toBe(ExcelJS.ValueType.Date);
    expect((opening.value as Date).toISOString()).toBe('1800-02-17T00:00:00.000Z');
    expect(opening.numFmt).toBe('yyyy-mm-dd');
  });

  it('keeps line breaks, quotes, spaces and characters beyond the BMP', () => {
    expect(sheet.getRow(3).getCell(column('nom')).value).toBe('Espace « France services », dit "le relais"\nsur deux lignes');
    expect(sheet.getRow(3).getCell(column('horaires')).value).toBe('  espaces en tête et en fin  ');
    expect(sheet.getRow(4).getCell(column('nom')).value).toBe('Bus itinérant 🚌 Haute-Corse');
  });

  it('leaves null cells empty', () => {
    const row = sheet.getRow(4);
    expect(row.getCell(column('latitude')).type).toBe(ExcelJS.ValueType.Null);
    expect(row.getCell(column('adresse')).value).toBeNull();
  });

  it('refuses an impossible date, naming the site and the field', async () => {
    await expect(collect(writeSitesXlsx([{ ...trickySites()[0], date_maj: '2026-02-30' }]))).rejects.toThrow('Site « pref-07 », champ date_maj : date « 2026-02-30 » invalide');
  });

  it('streams 20,000 rows in many chunks', async () => {
    const template = trickySites()[0];
    async function* many() {
      for (let index = 0; index < 20_000; index++) yield { ...template, id: `site-${index}`, nom: `Site ${index}` };
    }
    const started = performance.now();
    let chunks = 0;
    const parts: Buffer[] = [];
    for await (const chunk of writeSitesXlsx(many())) {
      chunks++;
      parts.push(Buffer.from(chunk));
    }
    const seconds = (performance.now() - started) / 1000;
    const bytes = Buffer.concat(parts);
    console.log(`XLSX : 20 000 sites en ${seconds.toFixed(2)} s, ${(bytes.length / 1e6).toFixed(1)} Mo, ${chunks} morceaux`);
    expect(chunks).toBeGreaterThan(10);
    const read = await readBack(bytes);
    expect(read.rowCount).toBe(20_001);
    expect(read.getRow(20_001).getCell(1).value).toBe('site-19999');
  }, 120_000);
});

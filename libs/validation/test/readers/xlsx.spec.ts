import ExcelJS from 'exceljs';
import { SourceError } from '../../src/core/contracts';
import { allRows, numberedRows, open, utf8Bytes } from './helpers';

async function workbookBytes(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const typedWorkbook = () =>
  workbookBytes((workbook) => {
    const notes = workbook.addWorksheet('Notes');
    notes.addRow(['à ignorer']);
    const sites = workbook.addWorksheet('Sites');
    sites.addRow(['id', 'effectif', 'latitude', 'ouverture', 'maj', 'horaire', 'accessible', 'total', 'nom', 'site', 'erreur']);
    sites.addRow([
      'S1',
      215,
      45.0712,
      new Date(Date.UTC(2020, 0, 15)),
      new Date(Date.UTC(2023, 3, 9, 1, 39, 40)),
      new Date(Date.UTC(1899, 11, 30, 8, 30)),
      true,
      { formula: 'B2*2', result: 430 },
      { richText: [{ text: 'Mairie ' }, { font: { bold: true }, text: 'annexe' }] },
      { text: 'le site', hyperlink: 'https://example.fr' },
      { error: '#N/A' },
    ]);
    sites.getCell('D2').numFmt = 'dd/mm/yyyy';
    sites.getCell('F2').numFmt = 'hh:mm';
    sites.addRow(['S2', 0.1 + 0.2]);
    sites.getRow(5).getCell(1).value = 'S4';
  });

describe('XLSX', () => {
  it('reads the named sheet with cells in Table Schema lexical form', async () => {
    const source = await open(await typedWorkbook(), { name: 'sites.xlsx', sheet: 'Sites' });
    expect(source.detected).toEqual({ format: 'xlsx', sheet: 'Sites' });
    expect(source.labels).toEqual(['id', 'effectif', 'latitude', 'ouverture', 'maj', 'horaire', 'accessible', 'total', 'nom', 'site', 'erreur']);
    const rows = await numberedRows(source);
    expect(rows.get(2)).toEqual(['S1', '215', '45.0712', '2020-01-15', '2023-04-09T01:39:40', '08:30:00', 'true', '430', 'Mairie annexe', 'le site', '#N/A']);
    expect(rows.get(3)).toEqual(['S2', '0.3', '', '', '', '', '', '', '', '', '']);
    expect(rows.get(4)).toEqual([]);
    expect(rows.get(5)?.[0]).toBe('S4');
  });

  it('reads the first sheet by default and says which', async () => {
    const source = await open(await typedWorkbook(), { name: 'sites.xlsx' });
    expect(source.detected.sheet).toBe('Notes');
    expect(source.labels).toEqual(['à ignorer']);
  });

  it('names the sheets when the requested one is missing', async () => {
    const error = await open(await typedWorkbook(), { name: 'sites.xlsx', sheet: 'Inconnue' }).catch((caught) => caught);
    expect(error).toBeInstanceOf(SourceError);
    expect(error.note).toBe('La feuille « Inconnue » est introuvable dans le classeur (feuilles : « Notes », « Sites »).');
  });

  it('reads a workbook renamed .csv as XLSX', async () => {
    const source = await open(await typedWorkbook(), { name: 'export.csv', sheet: 'Sites' });
    expect(source.detected.format).toBe('xlsx');
    expect((await allRows(source))[0][0]).toBe('S1');
  });

  it('reports a damaged workbook as a format error', async () => {
    const bytes = (await typedWorkbook()).slice(0, 300);
    await expect(open(bytes, { name: 'sites.xlsx' })).rejects.toMatchObject({ type: 'format-error', note: expect.stringContaining('XLSX est illisible') });
  });

  it('refuses Excel 97-2003 files with advice', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(100).fill(0)]);
    await expect(open(ole, { name: 'vieux.csv' })).rejects.toMatchObject({ type: 'format-error', note: expect.stringContaining('.xlsx') });
    await expect(open(utf8Bytes('a,b'), { name: 'vieux.xls' })).rejects.toMatchObject({ type: 'format-error' });
  });
});

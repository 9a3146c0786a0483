import type { CellValue, Workbook, Worksheet } from 'exceljs';
import { SourceError, type SourceStats, type TableSource } from '../core/contracts';
import { batchesOf, trimTrailingEmpty } from './rows';

/**
 * XLSX through ExcelJS, from the bytes in memory (the same code runs in the browser). ExcelJS is loaded on first
 * use only: it is heavy, and most files are CSV. Row numbers are the sheet's own, so they match what the producer
 * sees in Excel: row 1 is the header, missing rows are blank records.
 */
export async function openXlsx(name: string, bytes: Uint8Array, sheetName: string | undefined, stats: SourceStats): Promise<TableSource> {
  const ExcelJS = (await import('exceljs')).default;
  const workbook: Workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new SourceError('format-error', `Le classeur XLSX est illisible ou endommagé (${(error as Error).message}) : ouvrez-le dans Excel et enregistrez-le de nouveau au format .xlsx.`);
  }
  const worksheet = pickWorksheet(workbook, sheetName);
  const rows = readRows(worksheet);
  if (rows.length === 0) throw new SourceError('source-error', `La feuille « ${worksheet.name} » du classeur est vide.`);
  const labels = trimTrailingEmpty(rows[0]);
  const width = labels.length;
  const records = rows.slice(1).map((row) => padRow(row, width));
  return {
    name,
    labels,
    detected: { format: 'xlsx', sheet: worksheet.name },
    batches: () => batchesOf(records, 2),
    stats: () => stats,
  };
}

function pickWorksheet(workbook: Workbook, sheetName: string | undefined): Worksheet {
  const sheets = workbook.worksheets;
  const names = sheets.map((sheet) => `« ${sheet.name} »`).join(', ');
  if (sheetName !== undefined) {
    const sheet = workbook.getWorksheet(sheetName);
    if (!sheet) throw new SourceError('source-error', `La feuille « ${sheetName} » est introuvable dans le classeur (feuilles : ${names || 'aucune'}).`);
    return sheet;
  }
  // The first sheet the producer sees: hidden sheets are skipped unless there is nothing else.
  const sheet = sheets.find((candidate) => candidate.state === 'visible' || candidate.state === undefined) ?? sheets[0];
  if (!sheet) throw new SourceError('format-error', 'Le classeur XLSX ne contient aucune feuille.');
  return sheet;
}

function readRows(worksheet: Worksheet): string[][] {
  const rows: string[][] = [];
  const last = worksheet.rowCount;
  for (let rowNumber = 1; rowNumber <= last; rowNumber++) {
    const values = worksheet.findRow(rowNumber)?.values;
    if (!Array.isArray(values)) {
      rows.push([]);
      continue;
    }
    // row.values is indexed from 1 (column A).
    const cells: string[] = [];
    for (let column = 1; column < values.length; column++) cells.push(lexicalValue(values[column]));
    rows.push(trimTrailingEmpty(cells));
  }
  return rows;
}

/** Short rows get '' up to the header's width (Excel does not store trailing empty cells); a blank row stays blank. */
function padRow(row: string[], width: number): string[] {
  if (row.length === 0 || row.length >= width) return row;
  const padded = row.slice();
  while (padded.length < width) padded.push('');
  return padded;
}

/** A cell in Table Schema's lexical form. */
export function lexicalValue(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return lexicalNumber(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return lexicalDate(value);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return lexicalValue((value as { result?: CellValue }).result);
  if ('error' in value) return value.error;
  if ('text' in value) return lexicalValue(value.text as CellValue);
  return '';
}

/** Excel keeps 15 significant digits: rounding there drops binary artefacts (0.30000000000000004 → 0.3). */
function lexicalNumber(value: number): string {
  return Number.isFinite(value) ? String(Number(value.toPrecision(15))) : '';
}

const EXCEL_EPOCH_DAY = '1899-12-30';

/** ExcelJS gives dates in UTC; a time-only cell sits on Excel's day zero (1899-12-30). */
function lexicalDate(value: Date): string {
  if (Number.isNaN(value.getTime())) return '';
  const iso = new Date(Math.round(value.getTime() / 1000) * 1000).toISOString();
  const day = iso.slice(0, 10);
  const time = iso.slice(11, 19);
  if (day === EXCEL_EPOCH_DAY) return time;
  return time === '00:00:00' ? day : `${day}T${time}`;
}

import { once } from 'events';
import { PassThrough, type Writable } from 'stream';
import ExcelJS from 'exceljs';
import { SITE_FIELD_KINDS, SITE_FIELDS, type SiteField, type SiteRecord } from '../../review/diff/site-record';
import { lexicalNumber, type SiteSource } from './site-source';

export interface XlsxExportOptions {
  sheetName?: string;
  /** Written in the workbook's properties (the producer or the portal). */
  creator?: string;
}

/** Widths in characters, from the lengths the fields usually have. */
const COLUMN_WIDTHS: Readonly<Partial<Record<SiteField, number>>> = {
  id: 18,
  nom: 40,
  categorie: 20,
  type_site: 26,
  responsable: 30,
  siret: 16,
  adresse: 36,
  complement_adresse: 24,
  code_postal: 12,
  commune: 28,
  code_insee: 11,
  telephone: 16,
  courriel: 30,
  site_web: 34,
  horaires: 40,
  mode_accueil: 26,
  services_partenaires: 30,
  statut: 18,
  site_parent: 18,
};
const NUMBER_WIDTH = 12;
const DATE_WIDTH = 12;
const DATE_FORMAT = 'yyyy-mm-dd';
/**
 * One style object per column, shared by all its cells: ExcelJS gives each cell a fresh copy otherwise, and
 * resolves each copy again (a third of the writing time); it recognises an object it has already seen.
 */
const CELL_STYLES: ReadonlyArray<Partial<ExcelJS.Style>> = SITE_FIELDS.map((field) =>
  SITE_FIELD_KINDS[field] === 'date' ? { numFmt: DATE_FORMAT } : {},
);
/** Rows between two pauses letting the zip stream drain, so memory stays flat on half a million rows. */
const ROWS_PER_PAUSE = 2_000;

/**
 * The sites as an XLSX workbook, written as it streams (ExcelJS's WorkbookWriter). Every cell is a typed value:
 * text as shared strings — so a value beginning with `=`, `+`, `-` or `@` is text, never a formula —, numbers as
 * numbers, dates as dates (UTC midnight, shown `yyyy-mm-dd`), null as an empty cell. Header in bold on a coloured
 * band, frozen, with filters.
 */
export async function* writeSitesXlsx(sites: SiteSource, options: XlsxExportOptions = {}): AsyncGenerator<Uint8Array> {
  const output = new PassThrough();
  const writing = writeWorkbook(sites, output, options).catch((error: unknown) => {
    output.destroy(error as Error);
    throw error;
  });
  // Observed below; this only keeps an early failure from being reported as unhandled meanwhile.
  writing.catch(() => undefined);
  try {
    for await (const chunk of output) yield chunk as Uint8Array;
    await writing;
  } finally {
    output.destroy();
  }
}

async function writeWorkbook(sites: SiteSource, output: Writable, options: XlsxExportOptions): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: true });
  workbook.creator = options.creator ?? 'Maillage';
  const sheet = workbook.addWorksheet(options.sheetName ?? 'sites', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = SITE_FIELDS.map((field) => ({
    header: field,
    key: field,
    width: COLUMN_WIDTHS[field] ?? (SITE_FIELD_KINDS[field] === 'date' ? DATE_WIDTH : NUMBER_WIDTH),
    ...(SITE_FIELD_KINDS[field] === 'date' ? { style: { numFmt: DATE_FORMAT } } : {}),
  }));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: SITE_FIELDS.length } };
  const header = sheet.getRow(1);
  header.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF000091' } };
  header.alignment = { vertical: 'middle' };
  header.commit();

  let rows = 0;
  for await (const site of sites) {
    if (output.destroyed) return;
    const row = sheet.addRow(cells(site));
    row.eachCell({ includeEmpty: true }, (cell, columnNumber) => {
      cell.style = CELL_STYLES[columnNumber - 1];
    });
    row.commit();
    if (++rows % ROWS_PER_PAUSE === 0) await drained(output);
  }
  sheet.commit();
  await workbook.commit();
}

function cells(site: SiteRecord): Array<string | number | Date | null> {
  return SITE_FIELDS.map((field) => {
    const value = site[field];
    if (value === null || value === undefined) return null;
    switch (SITE_FIELD_KINDS[field]) {
      case 'number':
        lexicalNumber(value as number, site.id, field);
        return value as number;
      case 'date':
        return isoDateToUtc(value as string, site.id, field);
      default:
        return String(value);
    }
  });
}

function isoDateToUtc(text: string, siteId: string, field: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!date || date.toISOString().slice(0, 10) !== text) {
    throw new Error(`Site « ${siteId} », champ ${field} : date « ${text} » invalide, format attendu AAAA-MM-JJ.`);
  }
  return date;
}

/** Lets queued zip output reach the reader before more rows are added. */
async function drained(output: Writable): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  if (output.writableNeedDrain) await Promise.race([once(output, 'drain'), once(output, 'close')]);
}

import { SourceError, type SourceFormat } from '../core/contracts';

const FORMAT_BY_EXTENSION: Record<string, SourceFormat> = {
  csv: 'csv',
  tsv: 'csv',
  txt: 'csv',
  xlsx: 'xlsx',
  xlsm: 'xlsx',
  json: 'json',
  geojson: 'geojson',
};

/** Bytes the format is sniffed from when the name says nothing. */
export const SNIFF_LENGTH = 64;

export function formatFromName(name: string): SourceFormat | undefined {
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (extension === 'xls' || extension === 'ods') throw unsupportedSpreadsheet(extension);
  return extension ? FORMAT_BY_EXTENSION[extension] : undefined;
}

/**
 * The format from the first bytes. A zip is an XLSX whatever its extension (a workbook renamed .csv is common),
 * unless the caller forced the format; the same goes for an Excel 97-2003 workbook, which we cannot read.
 */
export function sniffFormat(head: Uint8Array, fromName: SourceFormat | undefined, forced: boolean): SourceFormat {
  if (forced && fromName) return fromName;
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return 'xlsx';
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) throw unsupportedSpreadsheet('xls');
  if (fromName) return fromName;
  const first = firstMeaningfulByte(head);
  return first === 0x5b || first === 0x7b ? 'json' : 'csv';
}

function firstMeaningfulByte(head: Uint8Array): number | undefined {
  let index = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  while (index < head.length && (head[index] === 0x20 || head[index] === 0x09 || head[index] === 0x0a || head[index] === 0x0d)) index++;
  return head[index];
}

function unsupportedSpreadsheet(extension: string): SourceError {
  return new SourceError(
    'format-error',
    `Le format .${extension} n'est pas pris en charge : enregistrez le classeur au format .xlsx (Excel) ou CSV.`,
  );
}

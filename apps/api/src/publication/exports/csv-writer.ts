import { SITE_FIELD_KINDS, SITE_FIELDS, type SiteRecord } from '../../review/diff/site-record';
import { CHUNK_CHARACTERS, lexicalNumber, type SiteSource } from './site-source';

export interface CsvExportOptions {
  /**
   * LF by default, like the schema's own `exemple-valide.csv` and most open-data portals; CRLF on request for
   * strict RFC 4180 consumers. Fields holding either are quoted, so both read back identically.
   */
  lineTerminator?: '\n' | '\r\n';
}

const NEEDS_QUOTES = /[",\r\n]/;

/**
 * The sites as CSV conforming to `sites-publics`: the schema's fields as header, in schema order, comma-separated,
 * RFC 4180 quoting (only fields containing a comma, a quote or a line break, quotes doubled), UTF-8 without BOM, an
 * empty field for null, numbers in their shortest lexical form, dates ISO. Text is written byte for byte as given:
 * no trimming, no formula escaping (that is for spreadsheets, and would alter the data).
 */
export async function* writeSitesCsv(sites: SiteSource, options: CsvExportOptions = {}): AsyncGenerator<Uint8Array> {
  const newline = options.lineTerminator ?? '\n';
  let buffer = SITE_FIELDS.join(',') + newline;
  for await (const site of sites) {
    buffer += csvLine(site) + newline;
    if (buffer.length >= CHUNK_CHARACTERS) {
      yield Buffer.from(buffer, 'utf8');
      buffer = '';
    }
  }
  if (buffer) yield Buffer.from(buffer, 'utf8');
}

function csvLine(site: SiteRecord): string {
  let line = '';
  for (let index = 0; index < SITE_FIELDS.length; index++) {
    const field = SITE_FIELDS[index];
    const value = site[field];
    if (index > 0) line += ',';
    if (value === null || value === undefined) continue;
    if (SITE_FIELD_KINDS[field] === 'number') line += lexicalNumber(value as number, site.id, field);
    else line += quoted(String(value));
  }
  return line;
}

function quoted(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

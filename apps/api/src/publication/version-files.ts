import { Inject, Injectable } from '@nestjs/common';
import Papa from 'papaparse';
import { Readable } from 'stream';
import { SITE_FIELD_KINDS, SITE_FIELDS, type SiteRecord } from '../review/diff/site-record';
import { FILE_STORAGE, FileStorage, StoredFile } from '../storage/file-storage';
import { writeSitesCsv, writeSitesGeoJson, writeSitesXlsx, type SiteSource } from './exports';

export type ExportFormat = 'csv' | 'geojson' | 'xlsx';

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  geojson: 'application/geo+json',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

const WRITERS: Record<ExportFormat, (sites: SiteSource) => AsyncGenerator<Uint8Array>> = {
  csv: (sites) => writeSitesCsv(sites),
  geojson: (sites) => writeSitesGeoJson(sites),
  xlsx: (sites) => writeSitesXlsx(sites),
};

/**
 * The files of published versions in the storage. A version's canonical CSV (the schema's fields, as the exports
 * write them) is its content of record: publishing later, restoring after a retraction and "download as it was"
 * all read it back.
 */
@Injectable()
export class VersionFiles {
  constructor(@Inject(FILE_STORAGE) private readonly storage: FileStorage) {}

  store(format: ExportFormat, sites: SiteSource): Promise<StoredFile> {
    return this.storage.put(Readable.from(WRITERS[format](sites)), { prefix: 'published', contentType: EXPORT_CONTENT_TYPES[format] });
  }

  open(key: string): Promise<Readable> {
    return this.storage.get(key);
  }

  delete(key: string): Promise<void> {
    return this.storage.delete(key);
  }

  /** The sites of a canonical CSV, typed by the schema's kinds (an empty cell is null). */
  async readSites(key: string): Promise<SiteRecord[]> {
    const chunks: Buffer[] = [];
    for await (const chunk of await this.storage.get(key)) chunks.push(chunk as Buffer);
    const parsed = Papa.parse<string[]>(Buffer.concat(chunks).toString('utf8'), { skipEmptyLines: true });
    if (parsed.errors.length > 0) throw new Error(`Version publiée illisible (${key}) : ${parsed.errors[0].message}, ligne ${(parsed.errors[0].row ?? 0) + 1}`);
    const [header, ...rows] = parsed.data;
    if (header?.join(',') !== SITE_FIELDS.join(',')) throw new Error(`Version publiée ${key} : en-tête inattendu « ${header?.join(',')} »`);
    return rows.map(toRecord);
  }
}

function toRecord(cells: string[]): SiteRecord {
  const record: Record<string, unknown> = {};
  for (let index = 0; index < SITE_FIELDS.length; index++) {
    const field = SITE_FIELDS[index];
    const cell = cells[index] ?? '';
    record[field] = cell === '' ? null : SITE_FIELD_KINDS[field] === 'number' ? Number(cell) : cell;
  }
  return record as unknown as SiteRecord;
}

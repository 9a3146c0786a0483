import { Inject, Injectable } from '@nestjs/common';
import Papa from 'papaparse';
import { Readable } from 'stream';
import { SITE_FIELDS, type SiteRecord } from '../review/diff/site-record';
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
    // The delimiter is ours: letting Papa guess it parses the start of the file once per candidate.
    const parsed = Papa.parse<string[]>(Buffer.concat(chunks).toString('utf8'), { delimiter: ',', skipEmptyLines: true });
    if (parsed.errors.length > 0) throw new Error(`Version publiée illisible (${key}) : ${parsed.errors[0].message}, ligne ${(parsed.errors[0].row ?? 0) + 1}`);
    const [header, ...rows] = parsed.data;
    // toRecord reads cells by position: the header must be the schema's fields in the order toRecord spells them.
    if (header?.join(',') !== SITE_FIELDS.join(',')) throw new Error(`Version publiée ${key} : en-tête inattendu « ${header?.join(',')} »`);
    return rows.map(toRecord);
  }
}

const text = (cell: string | undefined): string | null => (cell === undefined || cell === '' ? null : cell);
const number = (cell: string | undefined): number | null => (cell === undefined || cell === '' ? null : Number(cell));

/** Spelled out in schema order (see `emptySiteRecord`): every record gets the same shape, which the diff reads fast. */
function toRecord(cells: string[]): SiteRecord {
  return {
    id: cells[0],
    nom: cells[1],
    categorie: text(cells[2]) as SiteRecord['categorie'],
    type_site: text(cells[3]),
    responsable: text(cells[4]),
    siret: text(cells[5]),
    adresse: text(cells[6]),
    complement_adresse: text(cells[7]),
    code_postal: text(cells[8]),
    commune: text(cells[9]),
    code_insee: text(cells[10]),
    latitude: number(cells[11]),
    longitude: number(cells[12]),
    telephone: text(cells[13]),
    courriel: text(cells[14]),
    site_web: text(cells[15]),
    horaires: text(cells[16]),
    mode_accueil: text(cells[17]),
    services_partenaires: text(cells[18]),
    date_ouverture: text(cells[19]),
    date_fermeture: text(cells[20]),
    statut: text(cells[21]) as SiteRecord['statut'],
    etp: number(cells[22]),
    site_parent: text(cells[23]),
    date_maj: text(cells[24]),
  };
}

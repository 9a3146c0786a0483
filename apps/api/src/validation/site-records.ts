import { emptySiteRecord, SITE_FIELDS, SiteRecord } from '../review/diff/site-record';

/** A mapped, cast row as the engine's `onRow` gives it, turned into the diff's and publication's SiteRecord. */
export function toSiteRecord(row: Record<string, unknown>): SiteRecord {
  const record = emptySiteRecord(String(row.id ?? ''), String(row.nom ?? '')) as unknown as Record<string, unknown>;
  for (const field of SITE_FIELDS) {
    const value = row[field];
    if (value === undefined || value === null || value === '') continue;
    record[field] = value instanceof Date ? value.toISOString().slice(0, 10) : value;
  }
  return record as unknown as SiteRecord;
}

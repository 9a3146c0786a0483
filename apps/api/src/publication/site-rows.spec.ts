import { emptySiteRecord, SITE_FIELD_KINDS, SITE_FIELDS, type SiteRecord } from '../review/diff/site-record';
import { sameRecord } from './site-rows';

function filled(): SiteRecord {
  const site: Record<string, unknown> = { ...emptySiteRecord('s1', 'Site') };
  for (const field of SITE_FIELDS) site[field] = SITE_FIELD_KINDS[field] === 'number' ? 1.5 : `${field}-valeur`;
  return site as unknown as SiteRecord;
}

describe('sameRecord', () => {
  it('holds for equal records, whatever their object identity', () => {
    expect(sameRecord(filled(), filled())).toBe(true);
    expect(sameRecord(emptySiteRecord('s1', 'Site'), emptySiteRecord('s1', 'Site'))).toBe(true);
  });

  it.each(SITE_FIELDS)('tells records apart by %s (spelled out: a schema field must not be forgotten)', (field) => {
    const changed: Record<string, unknown> = { ...filled() };
    changed[field] = SITE_FIELD_KINDS[field] === 'number' ? 2.5 : null;
    expect(sameRecord(filled(), changed as unknown as SiteRecord)).toBe(false);
  });
});

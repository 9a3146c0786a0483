import type { SiteRecord } from '../../review/diff/site-record';

/** Sites as the exports read them: from a database cursor (async) or from memory. */
export type SiteSource = AsyncIterable<SiteRecord> | Iterable<SiteRecord>;

/** Output chunks are flushed once they reach about this many characters. */
export const CHUNK_CHARACTERS = 64 * 1024;

/** A number in the lexical form of Table Schema's `number` (shortest round-trip decimal); refuses NaN and infinities. */
export function lexicalNumber(value: number, siteId: string, field: string): string {
  if (!Number.isFinite(value)) {
    throw new Error(`Site « ${siteId} », champ ${field} : valeur numérique non finie (${value}), impossible à exporter.`);
  }
  return Object.is(value, -0) ? '0' : String(value);
}

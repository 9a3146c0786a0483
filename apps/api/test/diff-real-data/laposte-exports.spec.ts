/** The open-data exports on a real list: La Poste's 17,716 points de contact of December 2020. */
import { existsSync } from 'fs';
import path from 'path';
import Papa from 'papaparse';
import { writeSitesCsv, writeSitesGeoJson, writeSitesXlsx } from '../../src/publication/exports';
import type { SiteRecord } from '../../src/review/diff';
import { readLaPosteSites } from './laposte';

const FILE_2020 = path.resolve(__dirname, '../../../../../shared/data/real/laposte_points_de_contact_2020-12.csv');
const available = existsSync(FILE_2020);
if (!available) console.warn(`Données réelles absentes (${FILE_2020}) : les exports La Poste 2020 sont ignorés.`);

async function timed(label: string, chunks: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const started = performance.now();
  const parts: Buffer[] = [];
  for await (const chunk of chunks) parts.push(Buffer.from(chunk));
  const bytes = Buffer.concat(parts);
  console.log(`${label} : ${((performance.now() - started) / 1000).toFixed(2)} s, ${(bytes.length / 1e6).toFixed(1)} Mo`);
  return bytes;
}

(available ? describe : describe.skip)('exports of La Poste points de contact, 2020-12', () => {
  let sites: SiteRecord[];
  beforeAll(() => {
    sites = readLaPosteSites(FILE_2020, '2020-12-15');
  });

  it('writes a CSV that papaparse reads back to the same values', async () => {
    const text = (await timed('CSV', writeSitesCsv(sites))).toString('utf8');
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(17_716);
    const expected = sites.map((site) => Object.fromEntries(Object.entries(site).map(([field, value]) => [field, value === null ? '' : String(value)])));
    expect(parsed.data).toEqual(expected);
  });

  it('writes GeoJSON points, with a null geometry for the 13 sites without coordinates', async () => {
    const collection = JSON.parse((await timed('GeoJSON', writeSitesGeoJson(sites))).toString('utf8'));
    expect(collection.features).toHaveLength(17_716);
    expect(collection.features.filter((feature: { geometry: unknown }) => feature.geometry === null)).toHaveLength(13);
    const tournon = collection.features.find((feature: { id: string }) => feature.id === '01145A');
    expect(tournon.geometry.coordinates).toEqual([4.828298, 45.070598]);
  });

  it('writes the XLSX as a zip stream', async () => {
    const bytes = await timed('XLSX', writeSitesXlsx(sites));
    expect(bytes.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    expect(bytes.length).toBeGreaterThan(500_000);
  }, 60_000);
});

import { SITE_FIELD_KINDS, SITE_FIELDS, type SiteRecord } from '../../review/diff/site-record';
import { CHUNK_CHARACTERS, lexicalNumber, type SiteSource } from './site-source';

/**
 * The sites as a GeoJSON FeatureCollection (RFC 7946): one Point per site at [longitude, latitude] (WGS 84), a null
 * geometry for a site without both coordinates, the site's id as feature id and every schema field as properties
 * (null kept, numbers as numbers, dates as ISO strings).
 */
export async function* writeSitesGeoJson(sites: SiteSource): AsyncGenerator<Uint8Array> {
  let buffer = '{"type":"FeatureCollection","features":[';
  let first = true;
  for await (const site of sites) {
    buffer += (first ? '\n' : ',\n') + JSON.stringify(feature(site));
    first = false;
    if (buffer.length >= CHUNK_CHARACTERS) {
      yield Buffer.from(buffer, 'utf8');
      buffer = '';
    }
  }
  yield Buffer.from(`${buffer}\n]}\n`);
}

function feature(site: SiteRecord): object {
  const properties: Record<string, unknown> = {};
  for (const field of SITE_FIELDS) {
    const value = site[field];
    // Checked for finiteness: JSON.stringify would silently turn NaN into null.
    if (typeof value === 'number' && SITE_FIELD_KINDS[field] === 'number') lexicalNumber(value, site.id, field);
    properties[field] = value ?? null;
  }
  const located = site.latitude !== null && site.longitude !== null;
  return {
    type: 'Feature',
    id: site.id,
    geometry: located ? { type: 'Point', coordinates: [site.longitude, site.latitude] } : null,
    properties,
  };
}

import { SITE_FIELDS } from '../../review/diff/site-record';
import { writeSitesGeoJson } from './geojson-writer';
import { asAsync, collect } from './test/collect';
import { trickySites } from './test/tricky-sites';

async function featureCollection(sites = trickySites()) {
  return JSON.parse((await collect(writeSitesGeoJson(asAsync(sites)))).toString('utf8'));
}

describe('writeSitesGeoJson', () => {
  it('writes a FeatureCollection of points at [longitude, latitude]', async () => {
    const collection = await featureCollection();
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features).toHaveLength(3);
    expect(collection.features[0]).toEqual(
      expect.objectContaining({ type: 'Feature', id: 'pref-07', geometry: { type: 'Point', coordinates: [4.599039, 44.735269] } }),
    );
  });

  it('gives a site without coordinates a null geometry', async () => {
    expect((await featureCollection()).features[2].geometry).toBeNull();
  });

  it('carries every field as a property, typed, nulls included', async () => {
    const sites = trickySites();
    const { features } = await featureCollection(sites);
    expect(Object.keys(features[1].properties)).toEqual([...SITE_FIELDS]);
    // JSON has no negative zero: -0 is written 0.
    const expected = sites.map((site) => ({ ...site, latitude: site.latitude === 0 ? 0 : site.latitude }));
    expect(features.map((feature: { properties: unknown }) => feature.properties)).toEqual(expected);
  });

  it('writes an empty collection', async () => {
    expect(await featureCollection([])).toEqual({ type: 'FeatureCollection', features: [] });
  });

  it('refuses a non-finite number instead of writing null', async () => {
    await expect(collect(writeSitesGeoJson([{ ...trickySites()[0], latitude: Number.POSITIVE_INFINITY }]))).rejects.toThrow('champ latitude');
  });
});

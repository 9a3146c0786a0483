import { allRows, numberedRows, open, utf8Bytes } from './helpers';

const json = (value: unknown) => utf8Bytes(JSON.stringify(value));

describe('JSON', () => {
  it('reads an array of objects: labels are every key in first-seen order, typed values in lexical form', async () => {
    const source = await open(json([{ id: 'S1', effectif: 12, ouvert: true }, { id: 'S2', horaires: { lundi: ['09:00'] }, effectif: null, tags: ['a'] }]), {
      name: 'sites.json',
    });
    expect(source.detected).toEqual({ format: 'json', encoding: 'utf-8' });
    expect(source.labels).toEqual(['id', 'effectif', 'ouvert', 'horaires', 'tags']);
    expect([...(await numberedRows(source)).entries()]).toEqual([
      [2, ['S1', '12', 'true', '', '']],
      [3, ['S2', '', '', '{"lundi":["09:00"]}', '["a"]']],
    ]);
  });

  it('sniffs JSON in a file without extension', async () => {
    const source = await open(utf8Bytes('\n  [{"a": 1}]'), { name: 'export' });
    expect(source.detected.format).toBe('json');
  });

  it('says where malformed JSON breaks', async () => {
    await expect(open(utf8Bytes('[{"a": 1}\n {"a": 2}]'), { name: 'sites.json' })).rejects.toMatchObject({
      type: 'format-error',
      note: expect.stringMatching(/^Le fichier JSON est mal formé \(ligne 2, colonne 2\) : vérifiez les virgules/),
    });
    await expect(open(utf8Bytes('[{"a": }]'), { name: 'sites.json' })).rejects.toMatchObject({
      type: 'format-error',
      note: expect.stringMatching(/^Le fichier JSON est mal formé : vérifiez/),
    });
  });

  it('wants an array of objects', async () => {
    await expect(open(json({ a: 1 }), { name: 'sites.json' })).rejects.toMatchObject({ type: 'format-error', note: expect.stringContaining("tableau d'objets") });
    await expect(open(json([{ a: 1 }, 2]), { name: 'sites.json' })).rejects.toMatchObject({ type: 'format-error', note: expect.stringContaining("L'élément n° 2 du tableau JSON (ligne 3)") });
    await expect(open(json([]), { name: 'sites.json' })).rejects.toMatchObject({ type: 'source-error' });
  });
});

describe('GeoJSON', () => {
  const point = (properties: Record<string, unknown>, coordinates: number[] | null) => ({
    type: 'Feature',
    properties,
    geometry: coordinates && { type: 'Point', coordinates },
  });

  it('reads point features: properties, then longitude and latitude from the geometry', async () => {
    const collection = { type: 'FeatureCollection', features: [point({ id: 'S1', nom: 'Poste' }, [4.83, 45.07]), point({ id: 'S2' }, null)] };
    const source = await open(json(collection), { name: 'sites.geojson' });
    expect(source.detected.format).toBe('geojson');
    expect(source.labels).toEqual(['id', 'nom', 'longitude', 'latitude']);
    expect(await allRows(source)).toEqual([
      ['S1', 'Poste', '4.83', '45.07'],
      ['S2', '', '', ''],
    ]);
  });

  it('keeps coordinates the properties already carry, and recognises a FeatureCollection named .json', async () => {
    const collection = { type: 'FeatureCollection', features: [point({ id: 'S1', latitude: '45,07', longitude: '4,83' }, [4.83, 45.07])] };
    const source = await open(json(collection), { name: 'sites.json' });
    expect(source.detected.format).toBe('geojson');
    expect(source.labels).toEqual(['id', 'latitude', 'longitude']);
    expect(await allRows(source)).toEqual([['S1', '45,07', '4,83']]);
  });

  it('names the feature whose geometry is not a point', async () => {
    const polygon = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [] } };
    const collection = { type: 'FeatureCollection', features: [point({ id: 'S1' }, [1, 2]), polygon] };
    await expect(open(json(collection), { name: 'sites.geojson' })).rejects.toMatchObject({
      type: 'format-error',
      note: "L'entité n° 2 (ligne 3) de la FeatureCollection a une géométrie « Polygon » : seuls les points (« Point ») sont acceptés, un site par point.",
    });
  });
});

import { departementBox, distanceOutsideDepartementKm, locatePoint } from '../src';

describe('locatePoint', () => {
  it.each([
    ['Paris', 48.8566, 2.3522, 'metropole'],
    ['Brest', 48.39, -4.49, 'metropole'],
    ['Ouessant (missing from 1:50m outlines)', 48.457, -5.096, 'metropole'],
    ['Belle-Île', 47.35, -3.15, 'metropole'],
    ['Ferney-Voltaire, on the Swiss border', 46.2557, 6.1071, 'metropole'],
    ['Ajaccio', 41.9192, 8.7386, 'corse'],
    ['Bastia', 42.697, 9.45, 'corse'],
    ['Pointe-à-Pitre', 16.241, -61.533, 'guadeloupe'],
    ['Les Saintes', 15.87, -61.61, 'guadeloupe'],
    ['Fort-de-France', 14.6, -61.07, 'martinique'],
    ['Cayenne', 4.93, -52.33, 'guyane'],
    ['Maripasoula', 3.64, -54.03, 'guyane'],
    ['Saint-Denis', -20.88, 55.45, 'reunion'],
    ['Mamoudzou', -12.78, 45.23, 'mayotte'],
  ])('places %s in %s', (_name, latitude, longitude, area) => {
    expect(locatePoint(latitude, longitude)).toMatchObject({ inFrance: true, area, inSchemaScope: true });
  });

  it.each([
    ['Saint-Pierre', 46.78, -56.17, 'saint-pierre-et-miquelon'],
    ['Gustavia', 17.9, -62.85, 'saint-barthelemy'],
    ['Marigot', 18.07, -63.08, 'saint-martin'],
    ['Mata-Utu', -13.28, -176.18, 'wallis-et-futuna'],
    ['Papeete', -17.53, -149.57, 'polynesie-francaise'],
    ['Nouméa', -22.27, 166.45, 'nouvelle-caledonie'],
  ])('places %s in France but outside the schema’s scope', (_name, latitude, longitude, area) => {
    expect(locatePoint(latitude, longitude)).toMatchObject({ inFrance: true, area, inSchemaScope: false });
  });

  it.each([
    ['Monaco Condamine', 43.734126, 7.418477],
    ['Monte-Carlo', 43.738531, 7.425498],
    ['Fontvieille', 43.72813, 7.41787],
    ['Monaco-Ville', 43.730896, 7.423522],
    ['Herculis', 43.737366, 7.417528],
    ['Moulins', 43.745017, 7.429255],
    ['Larvotto', 43.747082, 7.433233],
  ])('places La Poste’s %s office in Monaco', (_name, latitude, longitude) => {
    expect(locatePoint(latitude, longitude)).toMatchObject({ inFrance: false, countryName: 'Monaco' });
  });

  it.each([
    ['Beausoleil', 43.7437, 7.4231],
    ['La Poste’s Beausoleil office', 43.743196, 7.425291],
    ['La Poste’s Beausoleil Moneghetti relais, 120 m from Monaco’s Herculis office', 43.7385, 7.4174],
    ['Cap-d’Ail', 43.7215, 7.404],
    ['Roquebrune-Cap-Martin', 43.76, 7.46],
  ])('keeps %s, around Monaco, in France', (_name, latitude, longitude) => {
    expect(locatePoint(latitude, longitude)).toMatchObject({ inFrance: true, area: 'metropole' });
  });

  it('names Andorra, which the La Poste network serves', () => {
    expect(locatePoint(42.53311, 1.57789)).toMatchObject({ inFrance: false, countryName: 'Andorre' });
    expect(locatePoint(43.775, 7.5)).toMatchObject({ inFrance: true }); // Menton
  });

  it('puts swapped, null and absurd coordinates outside France', () => {
    expect(locatePoint(2.3522, 48.8566)).toMatchObject({ inFrance: false });
    expect(locatePoint(0, 0)).toMatchObject({ inFrance: false });
    expect(locatePoint(49.5, 49.5)).toMatchObject({ inFrance: false, countryName: 'Kazakhstan' });
    expect(locatePoint(44.5, 496833)).toMatchObject({ inFrance: false });
    expect(locatePoint(40.4, -3.7)).toMatchObject({ inFrance: false, countryName: 'Espagne' });
    expect(locatePoint(46.0, -8.0)).toMatchObject({ inFrance: false, countryName: undefined });
  });
});

describe('département boxes', () => {
  it('has a box for every département of the schema’s scope', () => {
    for (const code of ['01', '2A', '2B', '75', '95', '971', '972', '973', '974', '976']) expect(departementBox(code)).toBeDefined();
  });

  it('measures how far a point lies outside a département', () => {
    expect(distanceOutsideDepartementKm('75', 48.8566, 2.3522)).toBe(0);
    expect(distanceOutsideDepartementKm('13', 48.8566, 2.3522)).toBeGreaterThan(400);
    expect(distanceOutsideDepartementKm('987', 0, 0)).toBeUndefined();
  });
});

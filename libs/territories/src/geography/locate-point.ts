import { AreaGrid, buildAreaGrid } from './area-grid';
import { AreaOutline, CountryOutline, FRANCE_AREAS, FranceArea, worldOutlines } from './outlines';
import { boundingBoxOf, boxContains, distanceToBoxKm, distanceToRingsKm, flattenRing, isWithinKmOfRings, polygonContains, Ring } from './planar';

export type PointLocation =
  | {
      inFrance: true;
      area: FranceArea;
      areaName: string;
      /** False for the overseas collectivities (Saint-Pierre-et-Miquelon … Nouvelle-Calédonie). */
      inSchemaScope: boolean;
      /** Known when the area is a single département (DROM, collectivities) or Corsica. */
      departementCodes: readonly string[];
    }
  | {
      inFrance: false;
      /** In French when known; absent at sea. */
      countryName?: string;
      distanceToFranceKm: number;
    };

/** Coasts at 1:50m are coarse and small islands are missing: a point this close to an outline, at sea, is on the coast or an island. */
const SEA_MARGIN_KM = 40;
/** A point this close to France's coarse outline is French even inside a neighbour's coarse outline (a border town). */
const BORDER_MARGIN_KM = 5;

/**
 * Monaco's outline at 1:50m is seven points and misses Fontvieille and Larvotto: a finer outline (≈ 100 m), drawn
 * between Cap-d'Ail, Beausoleil and Roquebrune, so that those French communes stay in France.
 */
const MONACO: Ring[] = [
  flattenRing([
    [7.409, 43.7247], [7.411, 43.73], [7.414, 43.7355], [7.42, 43.7398], [7.4265, 43.743], [7.43, 43.7475], [7.434, 43.75],
    [7.4398, 43.7515], [7.442, 43.748], [7.43, 43.739], [7.425, 43.733], [7.422, 43.727], [7.417, 43.723], [7.409, 43.7247],
  ]),
];
const MONACO_BOX = boundingBoxOf(MONACO);
const ANDORRA_ISO = '020';
const MONACO_ISO = '492';

const FRENCH_COUNTRY_NAMES: Record<string, string> = {
  '020': 'Andorre',
  '492': 'Monaco',
  '724': 'Espagne',
  '380': 'Italie',
  '756': 'Suisse',
  '276': 'Allemagne',
  '056': 'Belgique',
  '442': 'Luxembourg',
  '826': 'Royaume-Uni',
  '832': 'Jersey',
  '831': 'Guernesey',
  '528': 'Pays-Bas',
  '620': 'Portugal',
  '504': 'Maroc',
  '012': 'Algérie',
  '788': 'Tunisie',
  '288': 'Ghana',
  '384': "Côte d'Ivoire",
  '266': 'Gabon',
  '120': 'Cameroun',
  '226': 'Guinée équatoriale',
  '478': 'Mauritanie',
  '686': 'Sénégal',
  '466': 'Mali',
  '562': 'Niger',
  '566': 'Nigeria',
  '148': 'Tchad',
  '434': 'Libye',
  '818': 'Égypte',
  '740': 'Suriname',
  '076': 'Brésil',
  '450': 'Madagascar',
  '174': 'Comores',
  '480': 'Maurice',
  '124': 'Canada',
  '840': 'États-Unis',
  '398': 'Kazakhstan',
  '643': 'Russie',
  '156': 'Chine',
  '356': 'Inde',
  '010': 'Antarctique',
};

/** One object per area, shared: locating a point inside France allocates nothing. */
const FRANCE_LOCATIONS = Object.fromEntries(
  Object.entries(FRANCE_AREAS).map(([area, definition]) => [
    area,
    Object.freeze({ inFrance: true, area, areaName: definition.name, inSchemaScope: definition.inSchemaScope, departementCodes: definition.departementCodes }),
  ]),
) as Record<FranceArea, PointLocation>;

function franceLocation(area: FranceArea): PointLocation {
  return FRANCE_LOCATIONS[area];
}

let grid: AreaGrid | undefined;

function containingFrancePart(parts: readonly AreaOutline[], longitude: number, latitude: number): AreaOutline | undefined {
  for (const part of parts) {
    if (boxContains(part.box, longitude, latitude) && polygonContains(part.rings, longitude, latitude)) return part;
  }
  return undefined;
}

/** The first part of France within `km` of the point, if any: cheaper than finding the nearest. */
function francePartWithin(parts: readonly AreaOutline[], longitude: number, latitude: number, km: number): AreaOutline | undefined {
  for (const part of parts) {
    if (distanceToBoxKm(part.box, longitude, latitude) <= km && isWithinKmOfRings(part.rings, longitude, latitude, km)) return part;
  }
  return undefined;
}

function distanceToFranceKm(parts: readonly AreaOutline[], longitude: number, latitude: number): number {
  let nearestKm = Infinity;
  for (const part of parts) {
    if (distanceToBoxKm(part.box, longitude, latitude) >= nearestKm) continue;
    nearestKm = Math.min(nearestKm, distanceToRingsKm(part.rings, longitude, latitude));
  }
  return nearestKm;
}

function foreignCountryAt(countries: readonly CountryOutline[], longitude: number, latitude: number): CountryOutline | undefined {
  for (const country of countries) {
    if (boxContains(country.box, longitude, latitude) && polygonContains(country.rings, longitude, latitude)) return country;
  }
  return undefined;
}

function foreignLocation(country: { isoNumeric: string; name: string } | undefined, distanceKm: number): PointLocation {
  return {
    inFrance: false,
    countryName: country ? (FRENCH_COUNTRY_NAMES[country.isoNumeric] ?? country.name) : undefined,
    distanceToFranceKm: Math.round(distanceKm),
  };
}

/**
 * Where a WGS84 point lies: which part of France (metropolitan France, Corsica, a DROM, an overseas
 * collectivity), or which foreign country / the sea. Precision is that of 1:50m outlines: a few km on coasts and borders.
 * Most points are answered by a raster of metropolitan France; the outlines decide near coasts and borders.
 */
export function locatePoint(latitude: number, longitude: number): PointLocation {
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude) || Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
    return { inFrance: false, distanceToFranceKm: Infinity };
  }
  const { france, foreign } = worldOutlines();
  grid ??= buildAreaGrid(france);
  const gridArea = grid.areaAt(longitude, latitude);
  if (gridArea) return franceLocation(gridArea);
  if (boxContains(MONACO_BOX, longitude, latitude) && polygonContains(MONACO, longitude, latitude)) return foreignLocation({ isoNumeric: MONACO_ISO, name: 'Monaco' }, 0);
  const andorra = foreign.find((country) => country.isoNumeric === ANDORRA_ISO);
  if (andorra && boxContains(andorra.box, longitude, latitude) && polygonContains(andorra.rings, longitude, latitude)) {
    return foreignLocation(andorra, distanceToFranceKm(france, longitude, latitude));
  }
  const part = containingFrancePart(france, longitude, latitude) ?? francePartWithin(france, longitude, latitude, BORDER_MARGIN_KM);
  if (part) return franceLocation(part.area);
  const country = foreignCountryAt(foreign, longitude, latitude);
  if (!country) {
    const coast = francePartWithin(france, longitude, latitude, SEA_MARGIN_KM);
    if (coast) return franceLocation(coast.area);
  }
  return foreignLocation(country, distanceToFranceKm(france, longitude, latitude));
}

import { AreaOutline, FRANCE_AREAS, FranceArea, worldOutlines } from './outlines';
import { boxContains, distanceToBoxKm, distanceToRingsKm, polygonContains } from './planar';

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
/** A point inside a neighbour's coarse outline but this close to France's is a border town. */
const BORDER_MARGIN_KM = 5;

/** Monaco's outline at 1:50m is seven points and misses Fontvieille: its real extent, trimmed off Beausoleil. */
const MONACO_BOX = { west: 7.409, south: 43.7247, east: 7.4395, north: 43.741 };
const ANDORRA_ISO = '020';

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

function franceLocation(area: FranceArea): PointLocation {
  const definition = FRANCE_AREAS[area];
  return { inFrance: true, area, areaName: definition.name, inSchemaScope: definition.inSchemaScope, departementCodes: definition.departementCodes };
}

function containingFrancePart(parts: readonly AreaOutline[], longitude: number, latitude: number): AreaOutline | undefined {
  for (const part of parts) {
    if (boxContains(part.box, longitude, latitude) && polygonContains(part.rings, longitude, latitude)) return part;
  }
  return undefined;
}

function nearestFrancePart(parts: readonly AreaOutline[], longitude: number, latitude: number): { part: AreaOutline; distanceKm: number } {
  let nearest = parts[0];
  let nearestKm = Infinity;
  for (const part of parts) {
    if (distanceToBoxKm(part.box, longitude, latitude) >= nearestKm) continue;
    const distance = distanceToRingsKm(part.rings, longitude, latitude);
    if (distance < nearestKm) {
      nearest = part;
      nearestKm = distance;
    }
  }
  return { part: nearest, distanceKm: nearestKm };
}

function foreignCountryAt(longitude: number, latitude: number): { isoNumeric: string; name: string } | undefined {
  for (const country of worldOutlines().foreign) {
    if (boxContains(country.box, longitude, latitude) && polygonContains(country.rings, longitude, latitude)) return country;
  }
  return undefined;
}

function foreignLocation(country: { isoNumeric: string; name: string } | undefined, distanceToFranceKm: number): PointLocation {
  return {
    inFrance: false,
    countryName: country ? (FRENCH_COUNTRY_NAMES[country.isoNumeric] ?? country.name) : undefined,
    distanceToFranceKm: Math.round(distanceToFranceKm),
  };
}

/**
 * Where a WGS84 point lies: which part of France (metropolitan France, Corsica, a DROM, an overseas
 * collectivity), or which foreign country / the sea. Precision is that of 1:50m outlines: a few km on coasts and borders.
 */
export function locatePoint(latitude: number, longitude: number): PointLocation {
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude) || Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
    return { inFrance: false, distanceToFranceKm: Infinity };
  }
  if (boxContains(MONACO_BOX, longitude, latitude)) return foreignLocation({ isoNumeric: '492', name: 'Monaco' }, 0);
  const { france } = worldOutlines();
  const part = containingFrancePart(france, longitude, latitude);
  if (part) return franceLocation(part.area);
  const nearest = nearestFrancePart(france, longitude, latitude);
  const country = foreignCountryAt(longitude, latitude);
  if (country && (country.isoNumeric === ANDORRA_ISO || nearest.distanceKm > BORDER_MARGIN_KM)) {
    return foreignLocation(country, nearest.distanceKm);
  }
  if (nearest.distanceKm <= (country ? BORDER_MARGIN_KM : SEA_MARGIN_KM)) return franceLocation(nearest.part.area);
  return foreignLocation(country, nearest.distanceKm);
}

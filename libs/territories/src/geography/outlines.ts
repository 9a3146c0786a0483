/**
 * Country outlines from Natural Earth 1:50m (world-atlas), decoded once on first use.
 * At this scale France is one MultiPolygon of 10 parts: the mainland, Corsica, Oléron, Guadeloupe (Basse-Terre
 * + Grande-Terre and Marie-Galante), Martinique, Guyane, La Réunion and Mayotte. Smaller islands (Ré, Belle-Île,
 * Ouessant, Yeu, Les Saintes…) are missing and coasts are simplified: callers allow a sea margin.
 * The overseas collectivities are countries of their own there.
 */
import { feature } from 'topojson-client';
import countries50m from 'world-atlas/countries-50m.json';
import { BoundingBox, boundingBoxOf, flattenRing, Ring } from './planar';

export type FranceArea =
  | 'metropole'
  | 'corse'
  | 'guadeloupe'
  | 'martinique'
  | 'guyane'
  | 'reunion'
  | 'mayotte'
  | 'saint-pierre-et-miquelon'
  | 'saint-barthelemy'
  | 'saint-martin'
  | 'wallis-et-futuna'
  | 'polynesie-francaise'
  | 'nouvelle-caledonie';

export interface AreaDefinition {
  name: string;
  /** The schema covers metropolitan France and the five DROM; the collectivities are France but outside it. */
  inSchemaScope: boolean;
  departementCodes: readonly string[];
}

export const FRANCE_AREAS: Record<FranceArea, AreaDefinition> = {
  metropole: { name: 'France métropolitaine', inSchemaScope: true, departementCodes: [] },
  corse: { name: 'Corse', inSchemaScope: true, departementCodes: ['2A', '2B'] },
  guadeloupe: { name: 'Guadeloupe', inSchemaScope: true, departementCodes: ['971'] },
  martinique: { name: 'Martinique', inSchemaScope: true, departementCodes: ['972'] },
  guyane: { name: 'Guyane', inSchemaScope: true, departementCodes: ['973'] },
  reunion: { name: 'La Réunion', inSchemaScope: true, departementCodes: ['974'] },
  mayotte: { name: 'Mayotte', inSchemaScope: true, departementCodes: ['976'] },
  'saint-pierre-et-miquelon': { name: 'Saint-Pierre-et-Miquelon', inSchemaScope: false, departementCodes: ['975'] },
  'saint-barthelemy': { name: 'Saint-Barthélemy', inSchemaScope: false, departementCodes: ['977'] },
  'saint-martin': { name: 'Saint-Martin', inSchemaScope: false, departementCodes: ['978'] },
  'wallis-et-futuna': { name: 'Wallis-et-Futuna', inSchemaScope: false, departementCodes: ['986'] },
  'polynesie-francaise': { name: 'Polynésie française', inSchemaScope: false, departementCodes: ['987'] },
  'nouvelle-caledonie': { name: 'Nouvelle-Calédonie', inSchemaScope: false, departementCodes: ['988'] },
};

export interface Outline {
  rings: Ring[];
  box: BoundingBox;
}

export interface AreaOutline extends Outline {
  area: FranceArea;
}

export interface CountryOutline extends Outline {
  /** Natural Earth's ISO 3166-1 numeric code, as world-atlas keys its features. */
  isoNumeric: string;
  name: string;
}

export interface Outlines {
  france: AreaOutline[];
  foreign: CountryOutline[];
}

const FRANCE_ISO = '250';
const COLLECTIVITIES: Record<string, FranceArea> = {
  '666': 'saint-pierre-et-miquelon',
  '652': 'saint-barthelemy',
  '663': 'saint-martin',
  '876': 'wallis-et-futuna',
  '258': 'polynesie-francaise',
  '540': 'nouvelle-caledonie',
};

/** Which of France's parts a polygon is, from where it lies. */
function areaOfFrancePart(box: BoundingBox): FranceArea {
  const longitude = (box.west + box.east) / 2;
  const latitude = (box.south + box.north) / 2;
  if (latitude > 41 && longitude > 8 && longitude < 10) return 'corse';
  if (latitude > 41) return 'metropole';
  if (longitude > 50) return 'reunion';
  if (longitude > 40) return 'mayotte';
  if (latitude < 10) return 'guyane';
  if (latitude < 15) return 'martinique';
  return 'guadeloupe';
}

interface TopologyFeature {
  id?: string | number;
  properties: { name?: string } | null;
  geometry: { type: 'Polygon'; coordinates: number[][][] } | { type: 'MultiPolygon'; coordinates: number[][][][] } | null;
}

function polygonsOf(geometry: TopologyFeature['geometry']): Ring[][] {
  if (!geometry) return [];
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.map((rings) => rings.map(flattenRing));
}

let outlines: Outlines | undefined;

export function worldOutlines(): Outlines {
  if (!outlines) {
    const topology = countries50m as any;
    const collection = feature(topology, topology.objects.countries) as unknown as { features: TopologyFeature[] };
    const france: AreaOutline[] = [];
    const foreign: CountryOutline[] = [];
    for (const country of collection.features) {
      const isoNumeric = String(country.id ?? '');
      for (const rings of polygonsOf(country.geometry)) {
        const box = boundingBoxOf(rings);
        if (isoNumeric === FRANCE_ISO) france.push({ area: areaOfFrancePart(box), rings, box });
        else if (COLLECTIVITIES[isoNumeric]) france.push({ area: COLLECTIVITIES[isoNumeric], rings, box });
        else foreign.push({ isoNumeric, name: country.properties?.name ?? '', rings, box });
      }
    }
    // The mainland first: most points fall there.
    france.sort((a, b) => b.rings[0].length - a.rings[0].length);
    outlines = { france, foreign };
  }
  return outlines;
}

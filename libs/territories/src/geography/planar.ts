/** Geometry on longitude/latitude pairs, good enough at the scale of a country for "inside" and "how far". */
export type Position = readonly [number, number];
export type Ring = readonly Position[];

export interface BoundingBox {
  west: number;
  south: number;
  east: number;
  north: number;
}

const KM_PER_DEGREE = 111.32;

export function boundingBoxOf(rings: readonly Ring[]): BoundingBox {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const ring of rings) {
    for (const [longitude, latitude] of ring) {
      if (longitude < west) west = longitude;
      if (longitude > east) east = longitude;
      if (latitude < south) south = latitude;
      if (latitude > north) north = latitude;
    }
  }
  return { west, south, east, north };
}

export function boxContains(box: BoundingBox, longitude: number, latitude: number): boolean {
  return longitude >= box.west && longitude <= box.east && latitude >= box.south && latitude <= box.north;
}

/** Even-odd rule over every ring, so holes count as outside. */
export function polygonContains(rings: readonly Ring[], longitude: number, latitude: number): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (yi > latitude !== yj > latitude && longitude < ((xj - xi) * (latitude - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** Shortest distance in km from a point to the edges of rings (equirectangular around the point). */
export function distanceToRingsKm(rings: readonly Ring[], longitude: number, latitude: number): number {
  const xScale = Math.cos((latitude * Math.PI) / 180);
  let best = Infinity;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const ax = (ring[j][0] - longitude) * xScale;
      const ay = ring[j][1] - latitude;
      const bx = (ring[i][0] - longitude) * xScale;
      const by = ring[i][1] - latitude;
      const dx = bx - ax;
      const dy = by - ay;
      const lengthSquared = dx * dx + dy * dy;
      const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / lengthSquared));
      const px = ax + t * dx;
      const py = ay + t * dy;
      const distance = px * px + py * py;
      if (distance < best) best = distance;
    }
  }
  return Math.sqrt(best) * KM_PER_DEGREE;
}

/** Distance in km from a point to a box (0 inside). */
export function distanceToBoxKm(box: BoundingBox, longitude: number, latitude: number): number {
  const dLatitude = latitude < box.south ? box.south - latitude : latitude > box.north ? latitude - box.north : 0;
  const dLongitude = longitude < box.west ? box.west - longitude : longitude > box.east ? longitude - box.east : 0;
  const xScale = Math.cos((latitude * Math.PI) / 180);
  return Math.hypot(dLongitude * xScale, dLatitude) * KM_PER_DEGREE;
}

export function distanceKm(fromLongitude: number, fromLatitude: number, toLongitude: number, toLatitude: number): number {
  const xScale = Math.cos((((fromLatitude + toLatitude) / 2) * Math.PI) / 180);
  return Math.hypot((toLongitude - fromLongitude) * xScale, toLatitude - fromLatitude) * KM_PER_DEGREE;
}

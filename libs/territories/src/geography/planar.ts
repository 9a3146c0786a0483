/** Geometry on longitude/latitude pairs, good enough at the scale of a country for "inside" and "how far". */
/** A closed ring as [longitude0, latitude0, longitude1, latitude1, …]: flat typed arrays keep the hot loops fast. */
export type Ring = Float64Array;

export function flattenRing(positions: readonly (readonly number[])[]): Ring {
  const ring = new Float64Array(positions.length * 2);
  positions.forEach((position, index) => {
    ring[index * 2] = position[0];
    ring[index * 2 + 1] = position[1];
  });
  return ring;
}

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
    for (let index = 0; index < ring.length; index += 2) {
      const longitude = ring[index];
      const latitude = ring[index + 1];
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
    for (let i = 0, j = ring.length - 2; i < ring.length; j = i, i += 2) {
      const xi = ring[i];
      const yi = ring[i + 1];
      const xj = ring[j];
      const yj = ring[j + 1];
      if (yi > latitude !== yj > latitude && longitude < ((xj - xi) * (latitude - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/**
 * Smallest squared distance, in degrees of latitude, from a point to the edges of rings (equirectangular around
 * the point); stops early once below `enough` (squared degrees).
 */
function squaredDistanceToRings(rings: readonly Ring[], longitude: number, latitude: number, enough: number): number {
  const xScale = Math.cos((latitude * Math.PI) / 180);
  let best = Infinity;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 2; i < ring.length; j = i, i += 2) {
      const ax = (ring[j] - longitude) * xScale;
      const ay = ring[j + 1] - latitude;
      const dx = (ring[i] - longitude) * xScale - ax;
      const dy = ring[i + 1] - latitude - ay;
      const lengthSquared = dx * dx + dy * dy;
      let t = lengthSquared === 0 ? 0 : -(ax * dx + ay * dy) / lengthSquared;
      t = t < 0 ? 0 : t > 1 ? 1 : t;
      const px = ax + t * dx;
      const py = ay + t * dy;
      const distance = px * px + py * py;
      if (distance < best) {
        best = distance;
        if (best <= enough) return best;
      }
    }
  }
  return best;
}

/** Shortest distance in km from a point to the edges of rings. */
export function distanceToRingsKm(rings: readonly Ring[], longitude: number, latitude: number): number {
  return Math.sqrt(squaredDistanceToRings(rings, longitude, latitude, -1)) * KM_PER_DEGREE;
}

/** Whether a point lies within `km` of the edges of rings; faster than measuring, as it stops at the first edge close enough. */
export function isWithinKmOfRings(rings: readonly Ring[], longitude: number, latitude: number, km: number): boolean {
  const limit = (km / KM_PER_DEGREE) ** 2;
  return squaredDistanceToRings(rings, longitude, latitude, limit) <= limit;
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

const EARTH_RADIUS_METERS = 6_371_008.8;
const RADIANS = Math.PI / 180;

export interface LatLon {
  latitude: number | null;
  longitude: number | null;
}

/** Great-circle distance in metres; null when either point has no coordinates. */
export function distanceMeters(a: LatLon, b: LatLon): number | null {
  if (a.latitude === null || a.longitude === null || b.latitude === null || b.longitude === null) return null;
  const dLat = (b.latitude - a.latitude) * RADIANS;
  const dLon = (b.longitude - a.longitude) * RADIANS;
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * RADIANS) * Math.cos(b.latitude * RADIANS) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Points bucketed in square cells of `cellDegrees`: the points within a radius smaller than a cell (in latitude, and in
 * longitude at the latitudes of France) are all in the 3 × 3 cells around a point, so a lookup costs a few cells.
 */
export class SpatialGrid<T extends LatLon> {
  private readonly cells = new Map<string, T[]>();

  constructor(private readonly cellDegrees: number) {}

  add(item: T): void {
    if (item.latitude === null || item.longitude === null) return;
    const key = this.key(Math.floor(item.latitude / this.cellDegrees), Math.floor(item.longitude / this.cellDegrees));
    const cell = this.cells.get(key);
    if (cell) cell.push(item);
    else this.cells.set(key, [item]);
  }

  /** Items of the 3 × 3 cells around the point (a superset of those within one cell size). */
  *around(point: LatLon): Iterable<T> {
    if (point.latitude === null || point.longitude === null) return;
    const row = Math.floor(point.latitude / this.cellDegrees);
    const column = Math.floor(point.longitude / this.cellDegrees);
    for (let dRow = -1; dRow <= 1; dRow++) {
      for (let dColumn = -1; dColumn <= 1; dColumn++) {
        const cell = this.cells.get(this.key(row + dRow, column + dColumn));
        if (cell) yield* cell;
      }
    }
  }

  private key(row: number, column: number): string {
    return `${row}:${column}`;
  }
}

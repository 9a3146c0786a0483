import type { AreaOutline, FranceArea } from './outlines';

/**
 * A raster of metropolitan France at 0.025° (≈ 2.5 km) answering "which part is this point in" in O(1) for the
 * cells away from any coast or border; cells an outline crosses answer `undefined` and the caller falls back
 * to point-in-polygon. Built by scanlines in a few milliseconds on first use.
 */
export interface AreaGrid {
  areaAt(longitude: number, latitude: number): FranceArea | undefined;
}

const CELL = 0.025;
const WEST = -5.5;
const SOUTH = 41.0;
const COLUMNS = 640; // to 10.5° E
const ROWS = 440; // to 52° N

export function buildAreaGrid(parts: readonly AreaOutline[]): AreaGrid {
  const areas: FranceArea[] = [];
  const cells = new Uint8Array(COLUMNS * ROWS); // 0 = outside or unknown, n = areas[n - 1]
  const boundary = new Uint8Array(COLUMNS * ROWS);
  const covered = parts.filter((part) => part.box.west >= WEST && part.box.east <= WEST + COLUMNS * CELL && part.box.south >= SOUTH && part.box.north <= SOUTH + ROWS * CELL);

  for (const part of covered) {
    for (const ring of part.rings) {
      for (let i = 0, j = ring.length - 2; i < ring.length; j = i, i += 2) {
        const firstColumn = Math.max(0, Math.floor((Math.min(ring[i], ring[j]) - WEST) / CELL));
        const lastColumn = Math.min(COLUMNS - 1, Math.floor((Math.max(ring[i], ring[j]) - WEST) / CELL));
        const firstRow = Math.max(0, Math.floor((Math.min(ring[i + 1], ring[j + 1]) - SOUTH) / CELL));
        const lastRow = Math.min(ROWS - 1, Math.floor((Math.max(ring[i + 1], ring[j + 1]) - SOUTH) / CELL));
        for (let row = firstRow; row <= lastRow; row++) boundary.fill(1, row * COLUMNS + firstColumn, row * COLUMNS + lastColumn + 1);
      }
    }
  }

  for (const part of covered) {
    let code = areas.indexOf(part.area) + 1;
    if (code === 0) code = areas.push(part.area);
    for (let row = 0; row < ROWS; row++) {
      const latitude = SOUTH + (row + 0.5) * CELL;
      if (latitude < part.box.south || latitude > part.box.north) continue;
      const crossings: number[] = [];
      for (const ring of part.rings) {
        for (let i = 0, j = ring.length - 2; i < ring.length; j = i, i += 2) {
          const xi = ring[i];
          const yi = ring[i + 1];
          const xj = ring[j];
          const yj = ring[j + 1];
          if (yi > latitude !== yj > latitude) crossings.push(xi + ((latitude - yi) * (xj - xi)) / (yj - yi));
        }
      }
      crossings.sort((a, b) => a - b);
      for (let k = 0; k + 1 < crossings.length; k += 2) {
        const firstColumn = Math.max(0, Math.ceil((crossings[k] - WEST) / CELL - 0.5));
        const lastColumn = Math.min(COLUMNS - 1, Math.floor((crossings[k + 1] - WEST) / CELL - 0.5));
        for (let column = firstColumn; column <= lastColumn; column++) cells[row * COLUMNS + column] = code;
      }
    }
  }

  return {
    areaAt(longitude, latitude) {
      const column = Math.floor((longitude - WEST) / CELL);
      const row = Math.floor((latitude - SOUTH) / CELL);
      if (column < 0 || column >= COLUMNS || row < 0 || row >= ROWS) return undefined;
      const index = row * COLUMNS + column;
      if (boundary[index] === 1 || cells[index] === 0) return undefined;
      return areas[cells[index] - 1];
    },
  };
}

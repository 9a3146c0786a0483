/**
 * Web Mercator tile arithmetic (the scheme of OpenStreetMap-style `{z}/{x}/{y}` servers), done by hand so the
 * public map needs no map library: choose a zoom that fits the points, list the tiles covering the view.
 */
export const TILE_SIZE = 256;
const MAX_ZOOM = 14;

export interface TileView {
  zoom: number;
  width: number;
  height: number;
  /** World pixel (at `zoom`) of the view's top-left corner. */
  originX: number;
  originY: number;
  tiles: { key: string; x: number; y: number; left: number; top: number }[];
}

export function worldPixel(latitude: number, longitude: number, zoom: number): { x: number; y: number } {
  const size = TILE_SIZE * 2 ** zoom;
  const sin = Math.min(Math.max(Math.sin((latitude * Math.PI) / 180), -0.9999), 0.9999);
  return { x: ((longitude + 180) / 360) * size, y: (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * size };
}

/** The largest zoom at which every point fits in `width` × `height` with a margin, and the tiles that cover it. */
export function tileView(points: { latitude: number; longitude: number }[], width: number, height: number, margin = 24): TileView {
  const latitudes = points.map((point) => point.latitude);
  const longitudes = points.map((point) => point.longitude);
  const north = Math.max(...latitudes);
  const south = Math.min(...latitudes);
  const west = Math.min(...longitudes);
  const east = Math.max(...longitudes);
  let zoom = MAX_ZOOM;
  while (zoom > 0) {
    const topLeft = worldPixel(north, west, zoom);
    const bottomRight = worldPixel(south, east, zoom);
    if (bottomRight.x - topLeft.x <= width - 2 * margin && bottomRight.y - topLeft.y <= height - 2 * margin) break;
    zoom--;
  }
  const topLeft = worldPixel(north, west, zoom);
  const bottomRight = worldPixel(south, east, zoom);
  const originX = Math.round((topLeft.x + bottomRight.x) / 2 - width / 2);
  const originY = Math.round((topLeft.y + bottomRight.y) / 2 - height / 2);
  const count = 2 ** zoom;
  const tiles: TileView['tiles'] = [];
  for (let y = Math.floor(originY / TILE_SIZE); y * TILE_SIZE < originY + height; y++) {
    if (y < 0 || y >= count) continue;
    for (let x = Math.floor(originX / TILE_SIZE); x * TILE_SIZE < originX + width; x++) {
      const wrapped = ((x % count) + count) % count;
      tiles.push({ key: `${x}/${y}`, x: wrapped, y, left: x * TILE_SIZE - originX, top: y * TILE_SIZE - originY });
    }
  }
  return { zoom, width, height, originX, originY, tiles };
}

export function tileUrl(template: string, zoom: number, x: number, y: number): string {
  return template.replace('{z}', String(zoom)).replace('{x}', String(x)).replace('{y}', String(y));
}

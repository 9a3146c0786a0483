import { tileUrl, tileView, TILE_SIZE, worldPixel } from './tiles';

describe('tuiles Web Mercator', () => {
  it('place les points comme les serveurs de tuiles {z}/{x}/{y}', () => {
    // Paris falls in tile 8/129/88 (OpenStreetMap's numbering).
    const paris = worldPixel(48.8566, 2.3522, 8);
    expect(Math.floor(paris.x / TILE_SIZE)).toBe(129);
    expect(Math.floor(paris.y / TILE_SIZE)).toBe(88);
    expect(worldPixel(0, 0, 0)).toEqual({ x: 128, y: 128 });
  });

  it('choisit le zoom le plus fort où tous les points tiennent, et les tuiles qui couvrent la vue', () => {
    const ardeche = [
      { latitude: 45.36, longitude: 4.36 },
      { latitude: 44.26, longitude: 4.65 },
    ];
    const view = tileView(ardeche, 768, 480);
    expect(view.zoom).toBe(8);
    for (const point of ardeche) {
      const pixel = worldPixel(point.latitude, point.longitude, view.zoom);
      expect(pixel.x - view.originX).toBeGreaterThanOrEqual(24);
      expect(pixel.y - view.originY).toBeGreaterThanOrEqual(24);
      expect(pixel.y - view.originY).toBeLessThanOrEqual(480 - 24);
    }
    const covered = view.tiles.map((tile) => [tile.left, tile.top]);
    expect(Math.min(...covered.map(([left]) => left))).toBeLessThanOrEqual(0);
    expect(Math.max(...covered.map(([left]) => left)) + TILE_SIZE).toBeGreaterThanOrEqual(768);
    expect(view.tiles.length).toBeLessThanOrEqual(4 * 3);
  });

  it('un seul point : zoom maximal', () => {
    expect(tileView([{ latitude: 48.85, longitude: 2.35 }], 768, 480).zoom).toBe(14);
  });

  it('remplit le gabarit d’adresse', () => {
    expect(tileUrl('https://tiles.example/{z}/{x}/{y}.png', 8, 129, 88)).toBe('https://tiles.example/8/129/88.png');
  });
});

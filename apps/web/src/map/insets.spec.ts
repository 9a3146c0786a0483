import { INSETS, placeOnMap } from './insets';
import { project } from './projection';

const inside = (point: { x: number; y: number } | null, code: string) => {
  const box = INSETS.find((inset) => inset.code === code)?.box;
  return Boolean(point && box && point.x > box.minX && point.x < box.maxX && point.y > box.minY && point.y < box.maxY);
};

describe('encarts de l’outre-mer', () => {
  it('place chaque chef-lieu d’outre-mer dans son encart', () => {
    expect(inside(placeOnMap(15.9985, -61.7261), '971')).toBe(true); // Basse-Terre
    expect(inside(placeOnMap(14.6161, -61.0588), '972')).toBe(true); // Fort-de-France
    expect(inside(placeOnMap(4.9372, -52.326), '973')).toBe(true); // Cayenne
    expect(inside(placeOnMap(-20.8789, 55.4481), '974')).toBe(true); // Saint-Denis
    expect(inside(placeOnMap(-12.7806, 45.2278), '976')).toBe(true); // Mamoudzou
    expect(placeOnMap(-20.8789, 55.4481)?.inset).toBe('974');
  });

  it('garde l’orientation dans l’encart : Saint-Pierre au sud-ouest de Saint-Benoît (La Réunion)', () => {
    const saintPierre = placeOnMap(-21.3393, 55.4781) as { x: number; y: number };
    const saintBenoit = placeOnMap(-21.0339, 55.7128) as { x: number; y: number };
    expect(saintPierre.x).toBeLessThan(saintBenoit.x);
    expect(saintPierre.y).toBeGreaterThan(saintBenoit.y);
  });

  it('laisse la métropole à sa projection et écarte les autres territoires', () => {
    expect(placeOnMap(48.8566, 2.3522)).toEqual(project(48.8566, 2.3522));
    expect(placeOnMap(46.7758, -56.1806)).toBeNull(); // Saint-Pierre-et-Miquelon: not a département of this map
  });

  it('n’empiète pas sur la côte atlantique de la métropole', () => {
    const vendeeCoast = project(46.5, -1.8);
    for (const inset of INSETS) expect(inset.box.maxX).toBeLessThan(vendeeCoast.x);
  });
});

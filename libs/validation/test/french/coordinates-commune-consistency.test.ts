import { coordinatesCommuneConsistency } from '../../src/checks/french';
import { expectRendered, fakeRow, runCheck } from './harness';

const params = { latitude_field: 'latitude', longitude_field: 'longitude', commune_code_field: 'code_insee' };

function site(rowNumber: number, latitude: number, longitude: number, code: string) {
  return fakeRow(rowNumber, { latitude: String(latitude), longitude: String(longitude), code_insee: code }, { latitude, longitude });
}

describe('coordinates-commune-consistency', () => {
  it('accepts points inside or near their commune’s département', () => {
    const rows = [site(2, 45.070598, 4.828298, '07324'), site(3, 48.8566, 2.3522, '75108'), site(4, 41.9192, 8.7386, '2A004'), site(5, -12.78, 45.23, '97611'), site(6, 46.26, 6.1, '01160')];
    expect(runCheck(coordinatesCommuneConsistency, params, rows)).toEqual([]);
  });

  it('warns when the point is in another part of France', () => {
    const emitted = runCheck(coordinatesCommuneConsistency, params, [site(2, 48.8566, 2.3522, '13055'), site(3, 48.8566, 2.3522, '97411')]);
    expect(emitted.map((error) => [error.type, error.severity, error.rowNumber])).toEqual([
      ['coordinates-commune-consistency', 'warning', 2],
      ['coordinates-commune-consistency', 'warning', 3],
    ]);
    expect(emitted[0].message).toMatch(/^Ligne 2 : le point \(48\.8566, 2\.3522\) est à \d+ km du département Bouches-du-Rhône \(13\) de la commune 13055 \(Marseille\)\.$/);
    expectRendered(emitted);
  });

  it('leaves points outside France and unknown communes to the other checks', () => {
    expect(runCheck(coordinatesCommuneConsistency, params, [site(2, 0, 0, '13055'), site(3, 48.8566, 2.3522, '99138')])).toEqual([]);
  });
});

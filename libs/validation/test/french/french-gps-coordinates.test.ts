import { frenchGpsCoordinates } from '../../src/checks/french';
import { expectRendered, fakeRow, runCheck } from './harness';

const params = { latitude_field: 'latitude', longitude_field: 'longitude' };

function point(rowNumber: number, latitude: string, longitude: string) {
  return fakeRow(rowNumber, { latitude, longitude }, { latitude: latitude === '' ? null : Number(latitude), longitude: longitude === '' ? null : Number(longitude) });
}

describe('french-gps-coordinates', () => {
  it('accepts metropolitan France, Corsica and each DROM', () => {
    const rows = [
      point(2, '45.070598', '4.828298'), // Tournon-sur-Rhône, La Poste 2020
      point(3, '41.9192', '8.7386'),
      point(4, '16.241', '-61.533'),
      point(5, '14.6', '-61.07'),
      point(6, '4.93', '-52.33'),
      point(7, '-20.88', '55.45'),
      point(8, '-12.78', '45.23'),
      point(9, '', ''),
    ];
    expect(runCheck(frenchGpsCoordinates, params, rows)).toEqual([]);
  });

  it('says plainly when latitude and longitude are swapped', () => {
    const emitted = runCheck(frenchGpsCoordinates, params, [point(2, '4.828298', '45.070598'), point(3, '55.45', '-20.88')]);
    expect(emitted.map((error) => [error.type, error.rowNumber])).toEqual([
      ['french-gps-coordinates-swapped', 2],
      ['french-gps-coordinates-swapped', 3],
    ]);
    expect(emitted[0].message).toBe(
      'Ligne 2 : latitude 4.828298 et longitude 45.070598 semblent inversées (une fois échangées, le point tombe en France (France métropolitaine)).',
    );
    expect(emitted[1].note).toContain('La Réunion');
  });

  it('names (0, 0), projected values, identical values, foreign countries and the sea', () => {
    const emitted = runCheck(frenchGpsCoordinates, params, [
      point(2, '0', '0'),
      point(3, '44.5', '496833'), // pcb-05046-01 in the annuaire
      point(4, '49.5', '49.5'),
      point(5, '42.53311', '1.57789'), // La Poste's Encamp agency, Andorra
      point(6, '43.734126', '7.418477'), // Monaco Condamine
      point(7, '46.0', '-8.0'),
    ]);
    expect(emitted.every((error) => error.type === 'french-gps-coordinates' && error.severity === 'error')).toBe(true);
    expect(emitted.map((error) => error.note)).toEqual([
      'le point (0, 0), dans le golfe de Guinée, est la valeur par défaut d’un géocodage manqué',
      'valeur hors des bornes des degrés (±90, ±180) : coordonnées projetées (Lambert 93 ?) ou séparateur décimal perdu',
      expect.stringMatching(/^le point est à l’étranger \(Kazakhstan, à \d+ km de la France\) ; latitude et longitude identiques$/),
      expect.stringMatching(/^le point est à l’étranger \(Andorre, à \d+ km de la France\)$/),
      'le point est à l’étranger (Monaco)',
      expect.stringMatching(/^le point est en mer, à \d+ km des côtes françaises$/),
    ]);
    expectRendered(emitted);
  });

  it('warns about overseas collectivities, France but outside the schema’s usual scope', () => {
    const emitted = runCheck(frenchGpsCoordinates, params, [point(2, '18.07', '-63.08')]);
    expect(emitted).toEqual([expect.objectContaining({ type: 'french-gps-coordinates-out-of-scope', severity: 'warning', note: 'Saint-Martin' })]);
  });
});

import { frenchSiretValue, isValidSiren, isValidSiret } from '../../src/checks/french';
import { expectRendered, fakeRow, runCheck } from './harness';

describe('french-siret-value', () => {
  it('accepts real SIRETs, including La Poste’s exception to Luhn', () => {
    expect(isValidSiret('13002526500013')).toBe(true); // DINUM
    expect(isValidSiret('35600000000048')).toBe(true); // La Poste head office: Luhn
    expect(isValidSiret('35600000049837')).toBe(true); // a La Poste office: digits sum to 45, not Luhn
    expect(isValidSiret('35600000049830')).toBe(false);
    expect(isValidSiret('13002526500014')).toBe(false);
    expect(isValidSiren('130025265')).toBe(true);
    expect(isValidSiren('130025266')).toBe(false);
  });

  it('reports a wrong key, spaces and a wrong length', () => {
    const rows = [
      fakeRow(2, { siret: '13002526500013' }),
      fakeRow(3, { siret: '13002526500014' }),
      fakeRow(4, { siret: '130 025 265 00013' }),
      fakeRow(5, { siret: '1300252650001' }),
      fakeRow(6, { siret: '' }),
    ];
    const emitted = runCheck(frenchSiretValue, { column: 'siret' }, rows);
    expect(emitted.map((error) => [error.type, error.rowNumber, error.fieldName])).toEqual([
      ['french-siret-value', 3, 'siret'],
      ['french-siret-value', 4, 'siret'],
      ['french-siret-value', 5, 'siret'],
    ]);
    expect(emitted[0].message).toBe('Ligne 3, colonne « siret » : « 13002526500014 » n’est pas un SIRET valide (clé de contrôle fausse : un chiffre est probablement erroné ou inversé).');
    expect(emitted[1].note).toBe('retirez les espaces et les points');
    expect(emitted[2].note).toBe('14 chiffres attendus, 13 caractères trouvés');
    expectRendered(emitted);
  });

  it('checks SIREN columns when asked, in English too', () => {
    const emitted = runCheck(frenchSiretValue, { column: 'siren', kind: 'siren' }, [fakeRow(2, { siren: '130025265' }), fakeRow(3, { siren: '13002526500013' })], { locale: 'en' });
    expect(emitted).toHaveLength(1);
    expect(emitted[0].message).toBe('Row 3, field "siren": "13002526500013" is not a valid SIREN (9 digits expected, 14 characters found).');
  });

  it('refuses a declaration without its column, in French', () => {
    expect(() => frenchSiretValue.create({})).toThrow('Le contrôle « french-siret-value » attend le paramètre « column »');
  });
});

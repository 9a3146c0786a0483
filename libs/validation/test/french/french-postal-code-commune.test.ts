import { frenchPostalCodeCommune } from '../../src/checks/french';
import { expectRendered, fakeRow, runCheck } from './harness';

function run(...pairs: [string, string][]) {
  return runCheck(
    frenchPostalCodeCommune,
    { postal_code_field: 'code_postal', commune_code_field: 'code_insee' },
    pairs.map(([postalCode, communeCode], index) => fakeRow(index + 2, { code_postal: postalCode, code_insee: communeCode })),
  );
}

describe('french-postal-code-commune', () => {
  it('accepts consistent pairs, arrondissements, former communes and DROM', () => {
    expect(run(['07300', '07324'], ['75008', '75108'], ['75008', '75056'], ['49120', '49071'], ['97600', '97611'], ['20000', '2A004'], ['', '07324'])).toEqual([]);
  });

  it('warns about CEDEX codes of the same département', () => {
    const emitted = run(['01011', '01053']);
    expect(emitted).toEqual([expect.objectContaining({ type: 'french-postal-code-commune-cedex', severity: 'warning', fieldName: 'code_postal' })]);
    expect(emitted[0].message).toBe(
      'Ligne 2, colonne « code_postal » : « 01011 » est un code CEDEX ou particulier ; le code postal de l’adresse d’accueil de Bourg-en-Bresse est 01000.',
    );
  });

  it('rejects another commune’s code and suggests the commune’s own', () => {
    const emitted = run(['75002', '75101'], ['98000', '06083'], ['07324', '07324']);
    expect(emitted.map((error) => [error.type, error.severity, error.rowNumber])).toEqual([
      ['french-postal-code-commune', 'error', 2],
      ['french-postal-code-commune', 'error', 3],
      ['french-postal-code-commune', 'error', 4],
    ]);
    expect(emitted[0].message).toBe('Ligne 2, colonne « code_postal » : le code postal « 75002 » ne correspond pas à la commune 75101 (Paris 1er Arrondissement) : codes postaux de la commune : 75001.');
    expect(emitted[1].note).toMatch(/^c’est un code postal de Monaco, hors du champ du schéma/);
    expect(emitted[2].note).toBe('c’est le code INSEE de la commune, pas son code postal (07300)');
    expectRendered(emitted);
  });

  it('leaves unknown communes to french-commune-code-value', () => {
    expect(run(['09920', '09920'], ['98000', '99138'])).toEqual([]);
  });
});

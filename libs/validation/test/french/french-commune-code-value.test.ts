import { frenchCommuneCodeValue } from '../../src/checks/french';
import { expectRendered, fakeRow, runCheck } from './harness';

function run(...codes: string[]) {
  return runCheck(frenchCommuneCodeValue, { column: 'code_insee' }, codes.map((code, index) => fakeRow(index + 2, { code_insee: code })));
}

describe('french-commune-code-value', () => {
  it('accepts current communes, Corsica, Paris/Lyon/Marseille and DROM communes', () => {
    expect(run('07324', '2A004', '2B033', '75056', '69123', '13055', '97611', '97411', '')).toEqual([]);
  });

  it('warns about arrondissement codes where the schema wants the commune’s', () => {
    const emitted = run('75108', '69381', '13215');
    expect(emitted.map((error) => [error.type, error.severity, error.params?.communeCode])).toEqual([
      ['french-commune-code-value-arrondissement', 'warning', '75056'],
      ['french-commune-code-value-arrondissement', 'warning', '69123'],
      ['french-commune-code-value-arrondissement', 'warning', '13055'],
    ]);
    expect(emitted[0].message).toBe('Ligne 2, colonne « code_insee » : 75108 est le code de Paris 8e Arrondissement ; indiquez 75056 (Paris).');
  });

  it('warns about a commune merged since, naming the current one', () => {
    const emitted = run('49071', '01018');
    expect(emitted.map((error) => [error.type, error.severity, error.params])).toEqual([
      ['french-commune-code-value-merged', 'warning', { currentCode: '49092', currentName: 'Chemillé-en-Anjou' }],
      ['french-commune-code-value-merged', 'warning', { currentCode: '01033', currentName: 'Valserhône' }],
    ]);
    expect(emitted[0].message).toBe(
      'Ligne 2, colonne « code_insee » : la commune 49071 (Chanzeaux) a été rattachée à Chemillé-en-Anjou ; indiquez 49092 (Chemillé-en-Anjou).',
    );
    expectRendered(emitted);
  });

  it('puts Monaco, Andorra and foreign countries out of the schema’s scope', () => {
    const emitted = run('99138', '09920', '99109');
    expect(emitted.map((error) => [error.type, error.severity])).toEqual([
      ['french-commune-code-value-out-of-scope', 'error'],
      ['french-commune-code-value-out-of-scope', 'error'],
      ['french-commune-code-value-out-of-scope', 'error'],
    ]);
    expect(emitted[0].message).toBe('Ligne 2, colonne « code_insee » : « 99138 » est le code pays INSEE de Monaco, hors du champ du schéma.');
    expect(emitted[1].note).toBe('le code postal des bureaux de La Poste en Andorre');
  });

  it('explains unknown codes: lost leading zero, old Corsican code, bad format, absent', () => {
    const emitted = run('1053', '20999', 'ABCDE', '01999');
    expect(emitted.every((error) => error.type === 'french-commune-code-value' && error.severity === 'error')).toBe(true);
    expect(emitted.map((error) => error.note)).toEqual([
      '4 chiffres : le zéro initial a-t-il été perdu (01053) ?',
      'en Corse, le code commence par 2A ou 2B',
      '5 caractères attendus : 2 chiffres ou 2A/2B, puis 3 chiffres',
      'absent du Code officiel géographique',
    ]);
  });

  it('warns about communes of overseas collectivities', () => {
    expect(run('97801')).toEqual([expect.objectContaining({ type: 'french-commune-code-value-overseas-collectivity', severity: 'warning', note: 'Saint-Martin' })]);
  });
});

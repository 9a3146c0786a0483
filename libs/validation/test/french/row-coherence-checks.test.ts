import { cohesiveColumnsValue, compareColumnsValue, statusDatesCoherence, typeCategoryCoherence } from '../../src/checks/french';
import { expectRendered, fakeRow, runCheck } from './harness';

const day = (text: string) => new Date(`${text}T00:00:00Z`);

describe('compare-columns-value', () => {
  const params = { column: 'date_fermeture', column2: 'date_ouverture', op: '>' };

  it('compares dates and numbers when both are filled', () => {
    const rows = [
      fakeRow(2, { date_fermeture: '2025-01-01', date_ouverture: '2020-01-01' }, { date_fermeture: day('2025-01-01'), date_ouverture: day('2020-01-01') }),
      fakeRow(3, { date_fermeture: '2019-01-01', date_ouverture: '2020-01-01' }, { date_fermeture: day('2019-01-01'), date_ouverture: day('2020-01-01') }),
      fakeRow(4, { date_fermeture: '', date_ouverture: '2020-01-01' }, { date_fermeture: null, date_ouverture: day('2020-01-01') }),
      fakeRow(5, { date_fermeture: '2020-01-01', date_ouverture: '2020-01-01' }, { date_fermeture: day('2020-01-01'), date_ouverture: day('2020-01-01') }),
    ];
    const emitted = runCheck(compareColumnsValue, params, rows);
    expect(emitted.map((error) => error.rowNumber)).toEqual([3, 5]);
    expect(emitted[0].message).toBe('Ligne 3 : « date_fermeture » (2019-01-01) devrait être supérieure à « date_ouverture » (2020-01-01).');
    expectRendered(emitted);
    const numbers = [fakeRow(2, { a: '0.3', b: '0.1' }, { a: 0.1 + 0.2, b: 0.3 })];
    expect(runCheck(compareColumnsValue, { column: 'a', column2: 'b', op: '==' }, numbers)).toEqual([]);
    expect(runCheck(compareColumnsValue, { column: 'a', column2: 'b', op: '!=' }, numbers)).toHaveLength(1);
  });

  it('reports values that cannot be compared and refuses unknown operators', () => {
    const emitted = runCheck(compareColumnsValue, { column: 'a', column2: 'b', op: '<=' }, [fakeRow(2, { a: '3', b: 'x' }, { a: 3, b: 'x' })]);
    expect(emitted[0].note).toBe('n’est pas comparable à « b » (x)');
    expect(() => compareColumnsValue.create({ column: 'a', column2: 'b', op: '=>' })).toThrow('« op »');
  });
});

describe('status-dates-coherence', () => {
  const params = { status_field: 'statut', opening_date_field: 'date_ouverture', closing_date_field: 'date_fermeture' };
  const now = new Date('2026-06-15T23:30:00Z'); // already 16 June in Paris

  function site(rowNumber: number, statut: string, opening: string, closing: string) {
    return fakeRow(
      rowNumber,
      { statut, date_ouverture: opening, date_fermeture: closing },
      { date_ouverture: opening ? day(opening) : null, date_fermeture: closing ? day(closing) : null },
    );
  }

  it('accepts coherent statuses, judged on the French calendar day', () => {
    const rows = [
      site(2, 'ouvert', '2020-01-01', ''),
      site(3, 'ouvert', '2026-06-16', '2026-06-17'),
      site(4, 'ouverture_prevue', '2026-09-01', ''),
      site(5, 'fermeture_prevue', '2010-01-01', '2026-12-31'),
      site(6, 'ferme', '2010-01-01', '2026-06-16'),
    ];
    expect(runCheck(statusDatesCoherence, params, rows, { now })).toEqual([]);
  });

  it('reports each incoherence on the date to fix', () => {
    const rows = [
      site(2, 'ouvert', '2026-09-01', ''),
      site(3, 'ouvert', '2020-01-01', '2026-06-01'),
      site(4, 'ouverture_prevue', '', ''),
      site(5, 'ouverture_prevue', '2026-01-01', ''),
      site(6, 'fermeture_prevue', '2020-01-01', ''),
      site(7, 'fermeture_prevue', '2020-01-01', '2026-06-16'),
      site(8, 'ferme', '2020-01-01', ''),
      site(9, 'ferme', '2020-01-01', '2026-06-17'),
    ];
    const emitted = runCheck(statusDatesCoherence, params, rows, { now });
    expect(emitted.map((error) => [error.rowNumber, error.fieldName])).toEqual([
      [2, 'date_ouverture'],
      [3, 'date_fermeture'],
      [4, 'date_ouverture'],
      [5, 'date_ouverture'],
      [6, 'date_fermeture'],
      [7, 'date_fermeture'],
      [8, 'date_fermeture'],
      [9, 'date_fermeture'],
    ]);
    expect(emitted[0].message).toBe('Ligne 2 : statut « ouvert » incohérent au 2026-06-16 : la date d’ouverture est à venir (statut attendu : ouverture_prevue).');
    expectRendered(emitted);
  });

  it('accepts ISO texts for dates and skips dates that failed their type', () => {
    const text = fakeRow(2, { statut: 'ferme', date_ouverture: '', date_fermeture: '2030-01-01' }, { date_ouverture: null, date_fermeture: '2030-01-01' });
    const broken = fakeRow(3, { statut: 'ferme', date_ouverture: '', date_fermeture: '31/02/2020' }, { date_ouverture: null, date_fermeture: null });
    expect(runCheck(statusDatesCoherence, params, [text, broken], { now }).map((error) => error.rowNumber)).toEqual([2]);
  });
});

describe('type-category-coherence', () => {
  it('reports a type filed under another category', () => {
    const params = { type_field: 'type_site', category_field: 'categorie', types: { bureau_de_poste: 'point_de_contact', prefecture: 'presence_etat' } };
    const rows = [
      fakeRow(2, { type_site: 'bureau_de_poste', categorie: 'point_de_contact' }),
      fakeRow(3, { type_site: 'prefecture', categorie: 'point_de_contact' }),
      fakeRow(4, { type_site: 'inconnu', categorie: 'point_de_contact' }),
    ];
    const emitted = runCheck(typeCategoryCoherence, params, rows);
    expect(emitted).toHaveLength(1);
    expect(emitted[0].message).toBe('Ligne 3 : le type « prefecture » relève de la catégorie « presence_etat », pas « point_de_contact ».');
    expect(() => typeCategoryCoherence.create({ type_field: 'a', category_field: 'b', types: ['x'] })).toThrow('« types »');
  });
});

describe('cohesive-columns-value', () => {
  it('wants the columns all filled or all empty', () => {
    const params = { column: 'latitude', othercolumns: ['longitude'] };
    const rows = [fakeRow(2, { latitude: '45.1', longitude: '4.8' }), fakeRow(3, { latitude: '', longitude: '' }), fakeRow(4, { latitude: '45.1', longitude: '' })];
    const emitted = runCheck(cohesiveColumnsValue, params, rows);
    expect(emitted.map((error) => [error.rowNumber, error.fieldName])).toEqual([[4, 'longitude']]);
    expect(emitted[0].message).toBe('Ligne 4 : les colonnes « latitude », « longitude » doivent être toutes remplies ou toutes vides ; vide(s) : « longitude ».');
  });
});

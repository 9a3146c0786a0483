import { DomainException } from '../domain.exception';
import { parseListQuery } from './list-query';

const rules = {
  sortable: ['name', 'createdAt'] as const,
  defaultSort: { field: 'name' as const, order: 'ASC' as const },
  filterable: ['q', 'id'],
  maxPageSize: 100,
};

function refusal(raw: Record<string, string>): string {
  try {
    parseListQuery(raw, rules);
  } catch (error) {
    expect(error).toBeInstanceOf(DomainException);
    return (error as Error).message;
  }
  throw new Error('la requête aurait dû être refusée');
}

describe('parseListQuery (react-admin simple-rest)', () => {
  it('defaults to the first page of 25 in the default order', () => {
    expect(parseListQuery({}, rules)).toEqual({ sort: { field: 'name', order: 'ASC' }, offset: 0, limit: 25, filter: {} });
  });

  it('reads sort, inclusive range and filter', () => {
    expect(parseListQuery({ sort: '["createdAt","desc"]', range: '[50,74]', filter: '{"q":"poste","id":["a","b"]}' }, rules)).toEqual({
      sort: { field: 'createdAt', order: 'DESC' },
      offset: 50,
      limit: 25,
      filter: { q: 'poste', id: ['a', 'b'] },
    });
  });

  it('explains each refusal in French', () => {
    expect(refusal({ sort: 'name' })).toContain('Le paramètre sort doit être du JSON');
    expect(refusal({ sort: '["siren","ASC"]' })).toContain('Tri impossible sur « siren » : champs triables : name, createdAt');
    expect(refusal({ sort: '["name","UP"]' })).toContain('ASC ou DESC');
    expect(refusal({ range: '[10,5]' })).toContain('début ≤ fin');
    expect(refusal({ range: '[0,500]' })).toContain('Une page ne peut dépasser 100 éléments (demandé : 501)');
    expect(refusal({ filter: '["q"]' })).toContain('objet JSON');
    expect(refusal({ filter: '{"password":"x"}' })).toContain('Filtre inconnu : password');
  });
});

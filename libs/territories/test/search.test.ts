import { normalizeName, searchTerritories } from '../src';

describe('searchTerritories', () => {
  it('normalises accents, hyphens and abbreviations', () => {
    expect(normalizeName('Saint-Étienne')).toBe('saint etienne');
    expect(normalizeName('ST ETIENNE')).toBe('saint etienne');
    expect(normalizeName("L'Haÿ-les-Roses")).toBe('l hay les roses');
  });

  it('finds communes by name, biggest first', () => {
    const results = searchTerritories('saint-etienne', { limit: 5 });
    expect(results[0]).toMatchObject({ kind: 'commune', code: '42218', name: 'Saint-Étienne' });
  });

  it('finds a département and a region by name or code', () => {
    expect(searchTerritories('2A', { limit: 1 })[0]).toMatchObject({ kind: 'departement', name: 'Corse-du-Sud' });
    expect(searchTerritories('Bretagne', { limit: 1 })[0]).toMatchObject({ kind: 'region', code: '53' });
    expect(searchTerritories('finistere', { limit: 1 })[0]).toMatchObject({ kind: 'departement', code: '29' });
    expect(searchTerritories('Mayotte', { kinds: ['region'] })[0]).toMatchObject({ code: '06' });
  });

  it('finds an EPCI and a commune by INSEE code', () => {
    expect(searchTerritories('terre valserhone', { kinds: ['epci'] })[0]?.name).toBe('CC Terre Valserhône (CCTV)');
    expect(searchTerritories('75056')[0]).toMatchObject({ kind: 'commune', name: 'Paris' });
  });

  it('finds the communes a postal code serves', () => {
    // 01200 is also an INSEE code (an exact code match comes first), then the communes it serves, largest first.
    const codes = searchTerritories('01200', { kinds: ['commune'] }).map((result) => result.code);
    expect(codes.slice(0, 2)).toEqual(['01200', '01033']);
    expect(searchTerritories('75008', { limit: 3 }).map((result) => result.code)).toEqual(['75056', '75108']);
  });

  it('returns nothing for an empty query', () => {
    expect(searchTerritories('  ')).toEqual([]);
  });
});

import {
  currentCommuneOf,
  departementOfCommune,
  epciOfCommune,
  findCommune,
  populationOf,
  regionOfDepartement,
  resolveCommuneCode,
  sitesPer10000Inhabitants,
} from '../src';

describe('communes', () => {
  it('finds a current commune with its département, region and population', () => {
    const commune = findCommune('01033');
    expect(commune).toMatchObject({ name: 'Valserhône', kind: 'commune', departementCode: '01', regionCode: '84', zone: 'metro' });
    expect(commune?.population).toBeGreaterThan(10000);
  });

  it('resolves the former communes of a commune nouvelle to it, naming the commune déléguée', () => {
    expect(resolveCommuneCode('49092')).toMatchObject({ status: 'current' });
    expect(resolveCommuneCode('49071')).toEqual({ status: 'merged', currentCode: '49092', currentName: 'Chemillé-en-Anjou', formerName: 'Chanzeaux' });
    // Bellegarde-sur-Valserine shares its code with Valserhône: the commune nouvelle wins.
    expect(resolveCommuneCode('01033')).toMatchObject({ status: 'current', commune: { name: 'Valserhône' } });
    expect(resolveCommuneCode('01018')).toMatchObject({ status: 'merged', currentCode: '01033' });
    // A commune associée to a commune of another département.
    expect(resolveCommuneCode('02285')).toMatchObject({ status: 'merged', currentCode: '59545' });
    expect(departementOfCommune('02285')?.code).toBe('59');
  });

  it('says unknown for codes that never were communes', () => {
    expect(resolveCommuneCode('09920')).toEqual({ status: 'unknown' });
    expect(resolveCommuneCode('99138')).toEqual({ status: 'unknown' });
    expect(findCommune('49071')).toBeUndefined();
  });

  it('knows Corsica by 2A/2B and its pre-1976 codes', () => {
    expect(findCommune('2A004')).toMatchObject({ name: 'Ajaccio', departementCode: '2A', regionCode: '94' });
    expect(resolveCommuneCode('20004')).toMatchObject({ status: 'merged', currentCode: '2A004' });
    expect(departementOfCommune('2B033')?.name).toBe('Haute-Corse');
    expect(regionOfDepartement('2A')?.name).toBe('Corse');
  });

  it('accepts Paris, Lyon and Marseille as well as their arrondissements', () => {
    expect(findCommune('75056')).toMatchObject({ name: 'Paris', kind: 'commune' });
    for (let arrondissement = 1; arrondissement <= 20; arrondissement++) {
      const code = `751${String(arrondissement).padStart(2, '0')}`;
      expect(findCommune(code)).toMatchObject({ kind: 'arrondissement-municipal', communeCode: '75056', departementCode: '75' });
    }
    expect(findCommune('75121')).toBeUndefined();
    expect(findCommune('69381')).toMatchObject({ communeCode: '69123' });
    expect(findCommune('13201')).toMatchObject({ communeCode: '13055' });
    expect(currentCommuneOf('69381')?.name).toBe('Lyon 1er Arrondissement');
  });

  it('places overseas communes in their DROM or collectivity', () => {
    expect(findCommune('97611')).toMatchObject({ name: 'Mamoudzou', departementCode: '976', zone: 'drom' });
    expect(regionOfDepartement('976')?.name).toBe('Mayotte');
    expect(regionOfDepartement('971')?.name).toBe('Guadeloupe');
    expect(findCommune('97701')).toMatchObject({ name: 'Saint-Barthélemy', zone: 'com' });
  });

  it('finds the EPCI of a commune, and of an arrondissement through its commune', () => {
    expect(epciOfCommune('75108')).toMatchObject({ name: 'Métropole du Grand Paris', type: 'METRO' });
    expect(epciOfCommune('69123')).toMatchObject({ type: 'MET69' });
    expect(epciOfCommune('01033')?.name).toBe('CC Terre Valserhône (CCTV)');
    expect(epciOfCommune('29155')).toBeUndefined(); // Ouessant belongs to no EPCI
  });

  it('adds populations up by département and region, without counting arrondissements twice', () => {
    const paris = populationOf('commune', '75056') ?? 0;
    expect(populationOf('departement', '75')).toBe(paris);
    const ileDeFrance = populationOf('region', '11') ?? 0;
    expect(ileDeFrance).toBeGreaterThan(12_000_000);
    expect(ileDeFrance).toBeLessThan(13_000_000);
    expect(sitesPer10000Inhabitants(210, 'commune', '75056')).toBeCloseTo((210 * 10000) / paris);
    expect(sitesPer10000Inhabitants(3, 'commune', '55039')).toBeUndefined(); // a commune "morte pour la France"
  });
});

import { communesOfPostalCode, isCedexLike, isKnownPostalCode, isPostalCodeOfCommune, postalCodesOfCommune } from '../src';

describe('postal codes', () => {
  it('lists the communes of a postal code shared by several', () => {
    const names = communesOfPostalCode('01200').map((commune) => commune.code);
    expect(names).toContain('01033');
    expect(communesOfPostalCode('99999')).toEqual([]);
  });

  it('lists the postal codes of a commune, and of the commune a former one merged into', () => {
    expect(postalCodesOfCommune('49092')).toEqual(expect.arrayContaining(['49120', '49310', '49670', '49750']));
    expect(postalCodesOfCommune('49071')).toEqual(postalCodesOfCommune('49092'));
    expect(postalCodesOfCommune('2A004')).toContain('20000');
  });

  it('matches Paris and its arrondissements with their postal codes', () => {
    expect(isPostalCodeOfCommune('75001', '75101')).toBe(true);
    expect(isPostalCodeOfCommune('75001', '75056')).toBe(true);
    expect(isPostalCodeOfCommune('75116', '75116')).toBe(true);
    expect(isPostalCodeOfCommune('75002', '75101')).toBe(false);
    expect(isPostalCodeOfCommune('69001', '69381')).toBe(true);
    expect(isPostalCodeOfCommune('13001', '13055')).toBe(true);
  });

  it('knows overseas postal codes', () => {
    expect(isPostalCodeOfCommune('97600', '97611')).toBe(true);
    expect(isPostalCodeOfCommune('97133', '97701')).toBe(true);
  });

  it('recognises CEDEX-like codes of the commune’s département', () => {
    expect(isKnownPostalCode('01011')).toBe(false);
    expect(isCedexLike('01011', '01053')).toBe(true); // Bourg-en-Bresse Cedex
    expect(isCedexLike('20187', '2A004')).toBe(true); // Corsican CEDEX codes start with 20
    expect(isCedexLike('97405', '97411')).toBe(true);
    expect(isCedexLike('01200', '01053')).toBe(false); // a real postal code, of another commune
    expect(isCedexLike('33011', '01053')).toBe(false); // another département
    expect(isCedexLike('98000', '06083')).toBe(false); // Monaco is not Menton's CEDEX
  });
});

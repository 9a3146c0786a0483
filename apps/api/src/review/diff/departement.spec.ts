import { departementOf } from './departement';

describe('departementOf', () => {
  it.each([
    ['07324', '07'],
    ['2A004', '2A'],
    ['2b033', '2B'],
    ['97411', '974'],
    ['97611', '976'],
    ['98735', '987'],
    ['75056', '75'],
  ])('%s is in %s', (code, departement) => {
    expect(departementOf(code)).toBe(departement);
  });

  it.each([[null], [''], ['7324'], ['ABCDE'], ['073240']])('%s has no département', (code) => {
    expect(departementOf(code)).toBeNull();
  });
});

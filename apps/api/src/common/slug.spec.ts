import { slugify } from './slug';

describe('slugify', () => {
  it('drops accents and punctuation, joins words with dashes', () => {
    expect(slugify('Direction générale des Finances publiques')).toBe('direction-generale-des-finances-publiques');
    expect(slugify('  Œuvre d’État — Île-de-France ! ')).toBe('oeuvre-d-etat-ile-de-france');
    expect(slugify('???')).toBe('');
  });
});

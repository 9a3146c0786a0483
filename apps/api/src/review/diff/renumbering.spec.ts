import { renumberingPredicate } from './renumbering';

describe('renumberingPredicate', () => {
  // Lacalm (12117) merged into Argences-en-Aubrac (12223) in 2016.
  const current: Record<string, string> = { '12117': '12223', '12223': '12223', '07324': '07324' };
  const isRenumbering = renumberingPredicate((code) => current[code]);

  it('sees a merged commune and the commune it joined as one', () => {
    expect(isRenumbering('12117', '12223')).toBe(true);
  });

  it('sees two current communes as two places', () => {
    expect(isRenumbering('07324', '12223')).toBe(false);
  });

  it('never takes an unknown code for a renumbering', () => {
    expect(isRenumbering('99999', '99998')).toBe(false);
    expect(isRenumbering('12117', '99999')).toBe(false);
  });
});

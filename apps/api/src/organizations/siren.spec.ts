import { isValidSiren } from './siren';

describe('isValidSiren', () => {
  it.each(['130004880', '356000000', '110020013', '732829320'])('accepts %s', (siren) => {
    expect(isValidSiren(siren)).toBe(true);
  });

  it.each(['130004881', '123456789', '12345678', '1300048800', '13000488A', ''])('refuses %s', (siren) => {
    expect(isValidSiren(siren)).toBe(false);
  });
});

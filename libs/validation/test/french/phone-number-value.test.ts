import { CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { phoneNumberValue } from '../../src/checks/french';
import { expectRendered, fakeRow, runCheck } from './harness';

function run(...values: string[]) {
  return runCheck(phoneNumberValue, { column: 'telephone' }, values.map((value, index) => fakeRow(index + 2, { telephone: value })));
}

describe('phone-number-value', () => {
  it('accepts French numbers as producers write them, and overseas ones', () => {
    expect(
      run(
        '04 50 56 87 49',
        '04.74.38.00.35',
        '+33 1 23 45 67 89',
        '+ 33 2 47 64 37 37',
        '0 806 000 126',
        '0590 82 00 00', // Guadeloupe, national format
        '0(590)806363', // as the annuaire writes it
        '0262 41 00 00',
        '0269 61 00 00',
        '0639 69 00 00',
        '00(687)279350', // Nouvelle-Calédonie, international
        '',
      ),
    ).toEqual([]);
  });

  it('warns about national short numbers: real, but not the site’s direct number', () => {
    const emitted = run('3631', '32 30', '39 49');
    expect(emitted.map((error) => [error.type, error.severity])).toEqual([
      ['phone-number-value-short-number', 'warning'],
      ['phone-number-value-short-number', 'warning'],
      ['phone-number-value-short-number', 'warning'],
    ]);
    expect(emitted[1].message).toBe('Ligne 3, colonne « telephone » : « 32 30 » est un numéro court national, pas le numéro direct du site.');
  });

  it('rejects wrong lengths, letters, two numbers and foreign numbers', () => {
    const emitted = run('04 50 56 87', 'Tél. 04 50 56 87 49', '04 50 56 87 49 / 04 50 56 87 50', '+32 2 555 12 12', '0000000000');
    expect(emitted.map((error) => [error.type, error.rowNumber, error.note])).toEqual([
      ['phone-number-value', 2, '8 chiffres au lieu de 10'],
      ['phone-number-value', 3, 'lettres dans le numéro'],
      ['phone-number-value', 4, 'un seul numéro attendu'],
      ['phone-number-value', 5, 'numéro étranger (BE, +32)'],
      ['phone-number-value', 6, 'numéro inexistant dans le plan de numérotation français'],
    ]);
    expectRendered(emitted);
  });
});

describe('phone-number-value prefix cache', () => {
  it('judges numbers sharing their first five digits as libphonenumber does one by one', () => {
    const regions: CountryCode[] = ['FR', 'GP', 'MQ', 'GF', 'RE', 'YT'];
    const prefixes = ['04501', '05900', '05901', '06901', '06913', '06391', '02623', '02631', '02690', '05960', '05941', '06940', '07090', '08000', '09761'];
    const numbers = prefixes.flatMap((prefix) => ['00000', '12345', '99999'].map((suffix) => `${prefix}${suffix}`));
    const emitted = runCheck(phoneNumberValue, { column: 'telephone' }, numbers.map((number, index) => fakeRow(index + 2, { telephone: number })));
    const invalidByCheck = new Set(emitted.map((error) => error.rowNumber));
    numbers.forEach((number, index) => {
      const valid = regions.some((region) => parsePhoneNumberFromString(number, region)?.isValid());
      expect([number, !invalidByCheck.has(index + 2)]).toEqual([number, valid]);
    });
  });
});

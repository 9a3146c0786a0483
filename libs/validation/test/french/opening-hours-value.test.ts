import { openingHoursValue } from '../../src/checks/french';
import { expectRendered, fakeRow, runCheck } from './harness';

function run(values: string[], locale: 'fr' | 'en' = 'fr') {
  return runCheck(openingHoursValue, { column: 'horaires' }, values.map((value, index) => fakeRow(index + 2, { horaires: value })), { locale });
}

describe('opening-hours-value', () => {
  it('accepts OpenStreetMap opening_hours', () => {
    expect(run(['Mo-Fr 08:30-12:00,13:30-17:00; Sa 09:00-12:00', '24/7', 'Mo-Fr 09:00-12:00; PH off', 'Tu,Th 14:00-16:30', ''])).toEqual([]);
  });

  it('rejects the France services notation with the parser’s message in French', () => {
    const emitted = run(['09:00 - 12:00 / 13:30 - 17:00']);
    expect(emitted).toEqual([expect.objectContaining({ type: 'opening-hours-value', severity: 'error', rowNumber: 2, fieldName: 'horaires' })]);
    expect(emitted[0].note).toBe('opening_hours.js a été appelé en mode "plage horaire". Point dans le temps trouvé. (après « 09:00 - 12:00 / 13:30 »)');
    expectRendered(emitted);
  });

  it('rejects a misspelt day and says where', () => {
    const [error] = run(['Mo-Fx 09:00-12:00']);
    expect(error.note).toMatch(/^Caractère inattendu.*\(après « Mo-F »\)$/);
  });

  it('warns when the text reads but probably not as meant', () => {
    const emitted = run(['Mo-Fr 08:00-12:00 14:00-17:00']);
    expect(emitted).toEqual([expect.objectContaining({ type: 'opening-hours-value-warning', severity: 'warning' })]);
    expect(emitted[0].note).toContain('Plages horaires non connectés');
  });

  it('speaks English when asked, and judges each distinct text once', () => {
    const emitted = run(['Mo-Fx 09:00-12:00', 'Mo-Fx 09:00-12:00'], 'en');
    expect(emitted).toHaveLength(2);
    expect(emitted[1].message).toMatch(/^Row 3, field "horaires": opening hours "Mo-Fx 09:00-12:00" cannot be read: Unexpected/);
  });
});

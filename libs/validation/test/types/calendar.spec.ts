import { utcDays, utcMillis } from '../../src/types/calendar';

/** What the platform's calendar says, years 0–99 included (Date.UTC alone would read them as 1900–1999). */
function platformMillis(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, millis = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, millis);
  return date.getTime();
}

describe('calendar arithmetic', () => {
  it('gives the platform calendar’s day for every day of years 1 to 2500', () => {
    let mismatches = 0;
    for (let days = -719162; days <= 193702; days++) {
      const date = new Date(days * 86400000);
      const [year, month, day] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
      if (utcDays(year, month, day) !== days) mismatches++;
    }
    expect(mismatches).toBe(0);
  });

  it.each([
    [2024, 2, 29, 23, 59, 59, 999],
    [1970, 1, 1, 0, 0, 0, 0],
    [1969, 12, 31, 12, 30, 15, 500],
    [45, 7, 14, 8, 0, 0, 0],
    [1, 1, 1, 0, 0, 0, 0],
    [9999, 12, 31, 24, 0, 0, 0],
  ])('gives the platform calendar’s instant for %i-%i-%i %i:%i:%i.%i', (year, month, day, hour, minute, second, millis) => {
    expect(utcMillis(year, month, day, hour, minute, second, millis)).toBe(platformMillis(year, month, day, hour, minute, second, millis));
  });
});

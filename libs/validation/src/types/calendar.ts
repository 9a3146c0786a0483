const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function isValidDay(year: number, month: number, day: number): boolean {
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  return day <= (month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]);
}

export function utcMillis(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, millis = 0): number {
  if (year >= 100) return Date.UTC(year, month - 1, day, hour, minute, second, millis);
  // Date.UTC maps years 0–99 to 1900–1999: set the full year explicitly.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, millis);
  return date.getTime();
}


const MILLIS_PER_DAY = 86400000;

/** Days since 1970-01-01: a small integer, which V8 stores unboxed (dates are kept this way, datetimes in ms). */
export function utcDays(year: number, month: number, day: number): number {
  return Math.round(utcMillis(year, month, day) / MILLIS_PER_DAY);
}

export function daysToDate(days: number): Date {
  return new Date(days * MILLIS_PER_DAY);
}

export function millisToDays(millis: number): number {
  return Math.floor(millis / MILLIS_PER_DAY);
}

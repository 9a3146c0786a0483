import { INVALID } from './invalid';
import { isValidDay, utcMillis } from './calendar';
import { parseIsoDatetime } from './iso';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * The `any` format (frictionless-py hands it to dateutil's liberal parser): ISO dates and datetimes,
 * year-first "2024/03/31", and otherwise month-first "03/31/2024" unless the first number cannot be a month.
 * Returns UTC epoch milliseconds.
 */
export function parseLooseDate(text: string): number | typeof INVALID {
  const trimmed = text.trim();
  const iso = parseIsoDatetime(trimmed.replace(' ', 'T'));
  if (iso !== INVALID) return iso;
  const match = /^(\d{1,4})[-/. ](\d{1,2}|[a-z]{3,9})[-/. ](\d{1,4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/i.exec(trimmed);
  if (match === null) return INVALID;
  const [, a, b, c, hour = '0', minute = '0', second = '0'] = match;
  const named = /^[a-z]/i.test(b) ? MONTHS.indexOf(b.slice(0, 3).toLowerCase()) + 1 : 0;
  let year: number, month: number, day: number;
  if (a.length === 4) {
    year = Number(a); month = named || Number(b); day = Number(c);
  } else {
    year = Number(c) < 100 ? Number(c) + (Number(c) < 69 ? 2000 : 1900) : Number(c);
    if (named) { month = named; day = Number(a); }
    else if (Number(a) > 12) { day = Number(a); month = Number(b); }
    else { month = Number(a); day = Number(b); }
  }
  if (!isValidDay(year, month, day) || Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) return INVALID;
  return utcMillis(year, month, day, Number(hour), Number(minute), Number(second));
}

import { INVALID, type CastFunction } from './invalid';
import { daysToDate, millisToDays, utcDays, utcMillis } from './calendar';
import { parseIsoDate, parseIsoDatetime, parseIsoTime } from './iso';
import { createStrptime } from './strptime';
import { parseLooseDate } from './loose-date';

/** Temporal values are kept as numbers (dates in days and datetimes in milliseconds since 1970 UTC, times in seconds of the day, year-months in months) to compare and index cheaply. */
export function createDateCast(format: string): CastFunction {
  if (format === 'default') return parseIsoDate;
  if (format === 'any') {
    return (text) => {
      const parsed = parseLooseDate(text);
      return parsed === INVALID ? INVALID : millisToDays(parsed as number);
    };
  }
  const parse = createStrptime(format);
  return (text) => {
    const parts = parse(text);
    return parts === null ? INVALID : utcDays(parts.year, parts.month, parts.day);
  };
}

export function createDatetimeCast(format: string): CastFunction {
  if (format === 'default') return parseIsoDatetime;
  if (format === 'any') return parseLooseDate;
  const parse = createStrptime(format);
  return (text) => {
    const parts = parse(text);
    if (parts === null) return INVALID;
    return utcMillis(parts.year, parts.month, parts.day, parts.hour, parts.minute, parts.second, parts.millis) - parts.offsetMinutes * 60000;
  };
}

export function createTimeCast(format: string): CastFunction {
  if (format === 'default' || format === 'any') return parseIsoTime;
  const parse = createStrptime(format);
  return (text) => {
    const parts = parse(text);
    return parts === null ? INVALID : parts.hour * 3600 + parts.minute * 60 + parts.second + parts.millis / 1000;
  };
}

export function castYear(text: string): number | typeof INVALID {
  if (!/^\d{4}$/.test(text)) return INVALID;
  return Number(text);
}

/** "YYYY-MM" as year * 12 + month - 1; frictionless splits on "-" and takes any integer month 1–12. */
export function castYearmonth(text: string): number | typeof INVALID {
  const match = /^\s*(\d+)\s*-\s*(\d+)\s*$/.exec(text);
  if (match === null) return INVALID;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return INVALID;
  return Number(match[1]) * 12 + month - 1;
}

const DURATION = /^[+-]?P(?!$)(?:\d+(?:[.,]\d+)?Y)?(?:\d+(?:[.,]\d+)?M)?(?:\d+(?:[.,]\d+)?W)?(?:\d+(?:[.,]\d+)?D)?(?:T(?=\d)(?:\d+(?:[.,]\d+)?H)?(?:\d+(?:[.,]\d+)?M)?(?:\d+(?:[.,]\d+)?S)?)?$/;

export function castDuration(text: string): string | typeof INVALID {
  return DURATION.test(text) ? text : INVALID;
}

/** Back to what custom checks expect: a Date for dates and datetimes, "hh:mm:ss" for times, "YYYY-MM" for year-months. */
export function temporalToPublic(type: string): ((value: unknown) => unknown) | null {
  switch (type) {
    case 'date':
      return (value) => daysToDate(value as number);
    case 'datetime':
      return (value) => new Date(value as number);
    case 'time':
      return (value) => {
        const seconds = value as number;
        const pad = (n: number) => String(Math.floor(n)).padStart(2, '0');
        return `${pad(seconds / 3600)}:${pad((seconds % 3600) / 60)}:${pad(seconds % 60)}`;
      };
    case 'yearmonth':
      return (value) => `${Math.floor((value as number) / 12)}-${String(((value as number) % 12) + 1).padStart(2, '0')}`;
    default:
      return null;
  }
}

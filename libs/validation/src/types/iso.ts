import { INVALID } from './invalid';
import { isValidDay, utcMillis } from './calendar';

function digit(text: string, index: number): number {
  const code = text.charCodeAt(index) - 48;
  return code >= 0 && code <= 9 ? code : -1;
}

/** Reads 1 or 2 digits from `index`; returns value * 4 + consumed, or -1 (no allocation). */
function oneOrTwoDigits(text: string, index: number): number {
  const first = digit(text, index);
  if (first < 0) return -1;
  const second = digit(text, index + 1);
  return second < 0 ? first * 4 + 1 : (first * 10 + second) * 4 + 2;
}

/** strptime('%Y-%m-%d'), hand-written: month and day take one or two digits, as in Python. */
export function parseIsoDate(text: string): number | typeof INVALID {
  const length = text.length;
  if (length < 8 || length > 10) return INVALID;
  const y0 = digit(text, 0), y1 = digit(text, 1), y2 = digit(text, 2), y3 = digit(text, 3);
  if (y0 < 0 || y1 < 0 || y2 < 0 || y3 < 0 || text.charCodeAt(4) !== 45) return INVALID;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const monthRead = oneOrTwoDigits(text, 5);
  if (monthRead < 0) return INVALID;
  const afterMonth = 5 + (monthRead & 3);
  if (text.charCodeAt(afterMonth) !== 45) return INVALID;
  const dayRead = oneOrTwoDigits(text, afterMonth + 1);
  if (dayRead < 0 || afterMonth + 1 + (dayRead & 3) !== length) return INVALID;
  const month = monthRead >> 2;
  const day = dayRead >> 2;
  if (!isValidDay(year, month, day)) return INVALID;
  return utcMillis(year, month, day);
}

const ISO_TIME = /^(\d{2}):(\d{2}):(\d{2})(?:[.,](\d+))?(Z|[+-]\d{2}(?::?\d{2})?)?$/;

function offsetMinutes(zone: string | undefined): number {
  if (zone === undefined || zone === 'Z') return 0;
  const sign = zone[0] === '-' ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + (digits.length > 2 ? Number(digits.slice(2, 4)) : 0));
}

/** Seconds (with fraction) since midnight, UTC offset applied; INVALID when out of range. */
function parseTimeParts(text: string): { seconds: number; offset: number } | typeof INVALID {
  const match = ISO_TIME.exec(text);
  if (match === null) return INVALID;
  const hour = Number(match[1]), minute = Number(match[2]), second = Number(match[3]);
  const fraction = match[4] === undefined ? 0 : Number(`0.${match[4]}`);
  if (hour > 24 || minute > 59 || second > 59 || (hour === 24 && (minute > 0 || second > 0 || fraction > 0))) return INVALID;
  const offset = offsetMinutes(match[5]);
  if (Math.abs(offset) >= 24 * 60) return INVALID;
  return { seconds: hour * 3600 + minute * 60 + second + fraction, offset };
}

/**
 * frictionless-py: `cell[16] == ':'`, length ≥ 19, then dateutil's isoparse. The date and time are separated
 * by "T" as Table Schema's spec says (dateutil would also take a space: we follow the spec there).
 */
export function parseIsoDatetime(text: string): number | typeof INVALID {
  if (text.length < 19 || text.charCodeAt(16) !== 58 || text.charCodeAt(10) !== 84) return INVALID;
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return INVALID;
  const year = Number(text.slice(0, 4)), month = Number(text.slice(5, 7)), day = Number(text.slice(8, 10));
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text.slice(0, 10)) || !isValidDay(year, month, day)) return INVALID;
  const time = parseTimeParts(text.slice(11));
  if (time === INVALID) return INVALID;
  return utcMillis(year, month, day) + Math.round(time.seconds * 1000) - time.offset * 60000;
}

export function parseIsoTime(text: string): number | typeof INVALID {
  const time = parseTimeParts(text);
  return time === INVALID ? INVALID : time.seconds;
}


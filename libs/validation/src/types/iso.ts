import { INVALID } from './invalid';
import { isValidDay, utcDays, utcMillis } from './calendar';

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

/** strptime('%Y-%m-%d'), hand-written: month and day take one or two digits, as in Python. Returns days since 1970. */
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
  return utcDays(year, month, day);
}

function twoDigits(text: string, index: number): number {
  const high = digit(text, index);
  const low = digit(text, index + 1);
  return high < 0 || low < 0 ? -1 : high * 10 + low;
}

/**
 * Reads "hh:mm:ss[.fraction][Z|±hh[:mm]]" from `start` to the end of `text`, hand-written (no allocation).
 * Returns seconds since midnight in UTC (offset applied), or NaN when invalid.
 */
function parseTimeAt(text: string, start: number): number {
  const length = text.length;
  if (length - start < 8 || text.charCodeAt(start + 2) !== 58 || text.charCodeAt(start + 5) !== 58) return NaN;
  const hour = twoDigits(text, start), minute = twoDigits(text, start + 3), second = twoDigits(text, start + 6);
  if (hour < 0 || minute < 0 || second < 0 || hour > 24 || minute > 59 || second > 59) return NaN;
  let index = start + 8;
  let fraction = 0;
  const separator = text.charCodeAt(index);
  if (separator === 46 || separator === 44) {
    let scale = 0.1;
    const first = ++index;
    while (index < length && digit(text, index) >= 0) {
      fraction += digit(text, index) * scale;
      scale /= 10;
      index++;
    }
    if (index === first) return NaN;
  }
  if (hour === 24 && (minute > 0 || second > 0 || fraction > 0)) return NaN;
  let offset = 0;
  if (index < length) {
    const zone = text.charCodeAt(index);
    if (zone === 90 && index + 1 === length) {
      index++;
    } else if (zone === 43 || zone === 45) {
      const hours = twoDigits(text, index + 1);
      if (hours < 0 || hours > 23) return NaN;
      index += 3;
      let minutes = 0;
      if (index < length) {
        if (text.charCodeAt(index) === 58) index++;
        minutes = twoDigits(text, index);
        if (minutes < 0 || minutes > 59) return NaN;
        index += 2;
      }
      offset = (zone === 45 ? -1 : 1) * (hours * 60 + minutes);
    } else {
      return NaN;
    }
  }
  if (index !== length) return NaN;
  return hour * 3600 + minute * 60 + second + fraction - offset * 60;
}

/**
 * frictionless-py: `cell[16] == ':'`, length ≥ 19, then dateutil's isoparse. The date and time are separated
 * by "T" as Table Schema's spec says (dateutil would also take a space: we follow the spec there).
 */
export function parseIsoDatetime(text: string): number | typeof INVALID {
  if (text.length < 19 || text.charCodeAt(16) !== 58 || text.charCodeAt(10) !== 84) return INVALID;
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return INVALID;
  const y0 = digit(text, 0), y1 = digit(text, 1), y2 = digit(text, 2), y3 = digit(text, 3);
  const month = twoDigits(text, 5), day = twoDigits(text, 8);
  if (y0 < 0 || y1 < 0 || y2 < 0 || y3 < 0 || month < 0 || day < 0) return INVALID;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  if (!isValidDay(year, month, day)) return INVALID;
  const seconds = parseTimeAt(text, 11);
  if (seconds !== seconds) return INVALID;
  return utcMillis(year, month, day) + Math.round(seconds * 1000);
}

/** Seconds since midnight; a time with an offset is brought back to UTC, as the datetime's. */
export function parseIsoTime(text: string): number | typeof INVALID {
  const seconds = parseTimeAt(text, 0);
  return seconds !== seconds ? INVALID : seconds;
}


import { INVALID, type CastFunction } from './invalid';

// Python's Decimal() grammar, surrounding whitespace allowed, which is what frictionless-py casts with (see isDecimalText).
const NON_FINITE = /^\s*([+-]?)(?:(inf(?:inity)?)|s?nan)\s*$/i;
const INTEGER = /^\s*[+-]?\d+\s*$/;
// frictionless's bareNumber=false stripping: every non-digit at both ends.
const NON_BARE = /(^\D*)|(\D*$)/g;

/** frictionless-py refuses "01", "00", "007" (but not "0.5") when bareNumber is on. */
function hasLeadingZero(text: string): boolean {
  let start = 0;
  let end = text.length;
  while (start < end && text.charCodeAt(start) <= 32) start++;
  while (end > start && text.charCodeAt(end - 1) <= 32) end--;
  return end - start > 1 && text.charCodeAt(start) === 48 && text.charCodeAt(start + 1) !== 46;
}

/** Python Decimal syntax, hand-written for the hot path: [ws][sign](digits[.digits] | .digits)[e[sign]digits][ws]. */
function isDecimalText(text: string): boolean {
  let index = 0;
  let end = text.length;
  while (index < end && text.charCodeAt(index) <= 32) index++;
  while (end > index && text.charCodeAt(end - 1) <= 32) end--;
  let code = text.charCodeAt(index);
  if (code === 43 || code === 45) code = text.charCodeAt(++index);
  let digits = 0;
  while (code >= 48 && code <= 57) { digits++; code = text.charCodeAt(++index); }
  if (code === 46) {
    code = text.charCodeAt(++index);
    while (code >= 48 && code <= 57) { digits++; code = text.charCodeAt(++index); }
  }
  if (digits === 0) return false;
  if (code === 101 || code === 69) {
    code = text.charCodeAt(++index);
    if (code === 43 || code === 45) code = text.charCodeAt(++index);
    let exponent = 0;
    while (code >= 48 && code <= 57) { exponent++; code = text.charCodeAt(++index); }
    if (exponent === 0) return false;
  }
  return index === end;
}

const POWERS_OF_TEN = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * "-12.345678": up to 15 digits, mantissa and power of ten are both exact, so one division gives the correctly
 * rounded double, as Number() would. Returns NaN for anything else (the caller falls back).
 */
function parsePlainDecimal(text: string): number {
  const length = text.length;
  let index = 0;
  let negative = false;
  let code = text.charCodeAt(0);
  if (code === 45 || code === 43) {
    negative = code === 45;
    index = 1;
  }
  let mantissa = 0;
  let digits = 0;
  let fraction = -1;
  for (; index < length; index++) {
    code = text.charCodeAt(index);
    if (code >= 48 && code <= 57) {
      mantissa = mantissa * 10 + (code - 48);
      digits++;
    } else if (code === 46 && fraction < 0) {
      fraction = index;
    } else {
      return NaN;
    }
  }
  if (digits === 0 || digits > 15) return NaN;
  const scale = fraction < 0 ? 0 : length - fraction - 1;
  const value = scale === 0 ? mantissa : mantissa / POWERS_OF_TEN[scale];
  return negative ? -value : value;
}

function parseDecimal(text: string): number | typeof INVALID {
  const plain = parsePlainDecimal(text);
  if (plain === plain) return plain;
  if (isDecimalText(text)) return Number(text);
  const special = NON_FINITE.exec(text);
  if (special === null) return INVALID;
  if (special[2] === undefined) return NaN;
  return special[1] === '-' ? -Infinity : Infinity;
}

export interface NumberOptions {
  bareNumber?: boolean;
  decimalChar?: string;
  groupChar?: string;
}

export function createNumberCast(options: NumberOptions): CastFunction {
  const bareNumber = options.bareNumber !== false;
  const decimalChar = options.decimalChar ?? '.';
  const groupChar = options.groupChar ?? '';
  const processed = options.bareNumber !== undefined || options.decimalChar !== undefined || options.groupChar !== undefined;
  if (!processed) {
    return (text) => (hasLeadingZero(text) ? INVALID : parseDecimal(text));
  }
  return (text) => {
    if (bareNumber && hasLeadingZero(text)) return INVALID;
    let cell = bareNumber ? text : text.replace(NON_BARE, '');
    if (groupChar !== '') cell = cell.split(groupChar).join('');
    if (decimalChar !== '.') {
      if (cell.includes('.')) return INVALID;
      cell = cell.split(decimalChar).join('.');
    }
    return parseDecimal(cell);
  };
}

export function createIntegerCast(options: NumberOptions): CastFunction {
  const bareNumber = options.bareNumber !== false;
  const groupChar = options.groupChar ?? '';
  return (text) => {
    let cell = text;
    if (!bareNumber) cell = cell.replace(NON_BARE, '');
    else if (hasLeadingZero(cell)) return INVALID;
    if (groupChar !== '') cell = cell.split(groupChar).join('');
    if (!INTEGER.test(cell)) return INVALID;
    return Number(cell);
  };
}

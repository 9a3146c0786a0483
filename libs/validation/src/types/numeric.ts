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

function parseDecimal(text: string): number | typeof INVALID {
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

import type { FieldDescriptor } from '../schema/descriptor';
import { INVALID, type CastFunction } from './invalid';
import { createIntegerCast, createNumberCast } from './numeric';
import { castDuration, castYear, castYearmonth, createDateCast, createDatetimeCast, createTimeCast, temporalToPublic } from './temporal';
import { createStringCast } from './strings';
import { castArray, castObject, createGeojsonCast, createGeopointCast } from './json-types';

export { INVALID } from './invalid';
export type { CastFunction } from './invalid';

export const FIELD_TYPES = ['string', 'number', 'integer', 'boolean', 'date', 'time', 'datetime', 'year', 'yearmonth', 'duration', 'geopoint', 'geojson', 'object', 'array', 'list', 'any'] as const;

/** Constraints each type honours, in the order frictionless-py checks (and reports) them. */
export const SUPPORTED_CONSTRAINTS: Record<string, string[]> = {
  string: ['required', 'minLength', 'maxLength', 'pattern', 'enum'],
  number: ['required', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'enum'],
  integer: ['required', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'enum'],
  boolean: ['required', 'enum'],
  date: ['required', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'enum'],
  time: ['required', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'enum'],
  datetime: ['required', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'enum'],
  year: ['required', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'enum'],
  yearmonth: ['required', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'enum'],
  duration: ['required', 'enum'],
  geopoint: ['required', 'enum'],
  geojson: ['required', 'enum'],
  object: ['required', 'minLength', 'maxLength', 'enum'],
  array: ['required', 'minLength', 'maxLength', 'enum'],
  list: ['required', 'minLength', 'maxLength', 'enum'],
  any: ['required', 'enum'],
};

export interface CompiledType {
  type: string;
  format: string;
  /** null: the text is the value (string default, any). */
  cast: CastFunction | null;
  /** What custom checks see through RowView.value(); null when the stored value is already that. */
  toPublic: ((value: unknown) => unknown) | null;
}

const DEFAULT_TRUE = ['true', 'True', 'TRUE', '1'];
const DEFAULT_FALSE = ['false', 'False', 'FALSE', '0'];

function createBooleanCast(field: FieldDescriptor): CastFunction {
  const trueValues = new Set(field.trueValues ?? DEFAULT_TRUE);
  const falseValues = new Set(field.falseValues ?? DEFAULT_FALSE);
  return (text) => (trueValues.has(text) ? true : falseValues.has(text) ? false : INVALID);
}

function createListCast(field: FieldDescriptor): CastFunction {
  const delimiter = field.delimiter ?? ',';
  const item = field.itemType && field.itemType !== 'string' ? compileType({ name: field.name, type: field.itemType }).cast : null;
  return (text) => {
    const parts = text.split(delimiter);
    if (item === null) return parts;
    const values: unknown[] = new Array(parts.length);
    for (let index = 0; index < parts.length; index++) {
      const value = item(parts[index]);
      if (value === INVALID) return INVALID;
      values[index] = value;
    }
    return values;
  };
}

function createCast(field: FieldDescriptor, type: string, format: string): CastFunction | null {
  switch (type) {
    case 'string': return createStringCast(format);
    case 'number': return createNumberCast(field);
    case 'integer': return createIntegerCast(field);
    case 'boolean': return createBooleanCast(field);
    case 'date': return createDateCast(format);
    case 'time': return createTimeCast(format);
    case 'datetime': return createDatetimeCast(format);
    case 'year': return castYear;
    case 'yearmonth': return castYearmonth;
    case 'duration': return castDuration;
    case 'geopoint': return createGeopointCast(format);
    case 'geojson': return createGeojsonCast(format);
    case 'object': return castObject;
    case 'array': return castArray;
    case 'list': return createListCast(field);
    case 'any': return null;
    default: throw new Error(`type inconnu « ${type} » pour le champ « ${field.name} »`);
  }
}

/** Specialises the cast of one field once, at schema compile time. "fmt:" prefixes (Table Schema v1) are dropped. */
export function compileType(field: FieldDescriptor): CompiledType {
  const type = field.type ?? 'string';
  const format = typeof field.format === 'string' ? field.format.replace(/^fmt:/, '') : 'default';
  return { type, format, cast: createCast(field, type, format), toPublic: temporalToPublic(type) };
}

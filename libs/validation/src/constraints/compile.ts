import type { ValidateFunction } from 'ajv';
import { compileOnce } from './ajv';
import type { FieldDescriptor } from '../schema/descriptor';
import { INVALID, SUPPORTED_CONSTRAINTS, type CompiledType } from '../types';
import { pythonRepr } from '../i18n/python-repr';

/**
 * Field constraints become an ajv schema per field, run on the cast value: strings keep minLength/maxLength/pattern,
 * arrays and objects get minItems/minProperties, numbers and temporal values (kept as numbers) get minimum/maximum
 * and their exclusive forms, enum gets the cast values. Rows are checked through all of them at once (row-check.ts);
 * each field's own validator tells which of its constraints a failing value breaks.
 */
const KEYWORD_TO_CONSTRAINT: Record<string, string> = {
  minLength: 'minLength', minItems: 'minLength', minProperties: 'minLength',
  maxLength: 'maxLength', maxItems: 'maxLength', maxProperties: 'maxLength',
  pattern: 'pattern', enum: 'enum', minimum: 'minimum', maximum: 'maximum',
  exclusiveMinimum: 'exclusiveMinimum', exclusiveMaximum: 'exclusiveMaximum',
};

export interface CompiledConstraints {
  required: boolean;
  unique: boolean;
  /** The field's ajv schema; null when nothing beyond `required` is to be checked. */
  keywords: Record<string, unknown> | null;
  /** The constraints a value breaks, in frictionless-py's order (called for the columns a failed row check names). */
  failures(value: unknown): string[];
  /** frictionless's note per constraint: `constraint "maximum" is "90"`. */
  notes: Record<string, string>;
  /** The raw constraint values, for the French wording of messages. */
  values: Record<string, unknown>;
}

export class ConstraintProblem extends Error {}

function castConstraintValue(field: FieldDescriptor, type: CompiledType, name: string, value: unknown): unknown {
  if (typeof value !== 'string' || type.cast === null) return value;
  if (type.type === 'string' || type.type === 'any') return value;
  const cast = type.cast(value);
  if (cast === INVALID) throw new ConstraintProblem(`la contrainte « ${name} » du champ « ${field.name} » (« ${value} ») n'est pas du type ${type.type}`);
  return cast;
}

/** The value a constraint must have for its keyword to mean anything (as JSON Schema's meta-schema requires). */
function checkKeywordValue(field: FieldDescriptor, name: string, value: unknown): unknown {
  let expected: string | undefined;
  if (name === 'minLength' || name === 'maxLength') {
    if (!Number.isInteger(value) || (value as number) < 0) expected = 'un entier positif ou nul';
  } else if (name === 'pattern') {
    if (typeof value !== 'string') expected = 'une expression régulière (texte)';
  } else if (name === 'enum') {
    if (!Array.isArray(value)) expected = 'une liste';
  } else if (typeof value !== 'number' || !Number.isFinite(value)) {
    expected = 'un nombre, ou une valeur du type du champ';
  }
  if (expected) throw new ConstraintProblem(`la contrainte « ${name} » du champ « ${field.name} » doit être ${expected} (« ${pythonRepr(value)} »)`);
  return value;
}

function lengthKeywords(type: string): [string, string] {
  if (type === 'array' || type === 'list') return ['minItems', 'maxItems'];
  if (type === 'object') return ['minProperties', 'maxProperties'];
  return ['minLength', 'maxLength'];
}

export function compileConstraints(field: FieldDescriptor, type: CompiledType): CompiledConstraints {
  const constraints = field.constraints ?? {};
  const supported = SUPPORTED_CONSTRAINTS[type.type] ?? ['required'];
  const schema: Record<string, unknown> = {};
  const notes: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const [minKeyword, maxKeyword] = lengthKeywords(type.type);
  for (const name of Object.keys(constraints)) {
    // As frictionless-py's Field.metadata_validate: a constraint the type does not support makes the schema invalid.
    if (name !== 'unique' && !supported.includes(name)) {
      throw new ConstraintProblem(`la contrainte « ${name} » n'est pas possible pour le type « ${type.type} » (champ « ${field.name} »)`);
    }
  }
  for (const name of supported) {
    const value = (constraints as Record<string, unknown>)[name];
    if (value === undefined || value === null) continue;
    notes[name] = `constraint "${name}" is "${pythonRepr(value)}"`;
    values[name] = value;
    switch (name) {
      case 'required':
        break;
      case 'minLength': schema[minKeyword] = checkKeywordValue(field, name, value); break;
      case 'maxLength': schema[maxKeyword] = checkKeywordValue(field, name, value); break;
      case 'pattern': schema.pattern = `^(?:${String(checkKeywordValue(field, name, value))})$`; break;
      case 'enum':
        schema.enum = (checkKeywordValue(field, name, value) as unknown[]).map((item) => castConstraintValue(field, type, name, item));
        break;
      default:
        schema[name] = checkKeywordValue(field, name, castConstraintValue(field, type, name, value));
    }
  }
  let check: ValidateFunction | null = null;
  if (Object.keys(schema).length > 0) {
    try {
      check = compileOnce(schema);
    } catch (error) {
      throw new ConstraintProblem(`contraintes du champ « ${field.name} » invalides : ${(error as Error).message}`);
    }
  }
  const order = supported.filter((name) => name in notes && name !== 'required');
  return {
    required: constraints.required === true,
    unique: constraints.unique === true,
    keywords: check === null ? null : schema,
    notes,
    values,
    failures(value) {
      if (check === null || check(value)) return [];
      const failed = new Set((check.errors ?? []).map((error) => KEYWORD_TO_CONSTRAINT[error.keyword] ?? error.keyword));
      return order.filter((name) => failed.has(name));
    },
  };
}

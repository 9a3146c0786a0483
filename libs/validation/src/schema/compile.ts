import type { CustomCheckDescriptor, FieldDescriptor, FieldsMatch, TableSchemaDescriptor } from './descriptor';
import { compileType, FIELD_TYPES, type CompiledType } from '../types';
import { compileConstraints, ConstraintProblem, type CompiledConstraints } from '../constraints/compile';

/** A schema the engine cannot use; becomes a `schema-error` of the report (the producer's data is not at fault). */
export class SchemaProblem extends Error {}

export interface CompiledField {
  descriptor: FieldDescriptor;
  name: string;
  /** 0-based position in the schema. */
  index: number;
  type: CompiledType;
  constraints: CompiledConstraints;
  /** null when the only missing value is '' (the common case, tested without a Set lookup). */
  missingValues: Set<string> | null;
  /** frictionless's type note: `type is "date/default"`. */
  typeNote: string;
}

export interface CompiledForeignKey {
  fields: string[];
  resource: string;
  referenceFields: string[];
}

export interface CompiledSchema {
  descriptor: TableSchemaDescriptor;
  fields: CompiledField[];
  byName: Map<string, CompiledField>;
  primaryKey: string[];
  uniqueKeys: string[][];
  foreignKeys: CompiledForeignKey[];
  fieldsMatch: FieldsMatch;
  customChecks: CustomCheckDescriptor[];
}

const FIELDS_MATCH: FieldsMatch[] = ['exact', 'equal', 'subset', 'superset', 'partial'];

function asList(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function compileField(descriptor: FieldDescriptor, index: number, schemaMissing: string[]): CompiledField {
  if (descriptor === null || typeof descriptor !== 'object' || typeof descriptor.name !== 'string') {
    throw new SchemaProblem(`le champ en position ${index + 1} n'a pas de nom (« name »)`);
  }
  const typeName = descriptor.type ?? 'string';
  if (!(FIELD_TYPES as readonly string[]).includes(typeName)) {
    throw new SchemaProblem(`le champ « ${descriptor.name} » a un type inconnu « ${typeName} »`);
  }
  try {
    const type = compileType(descriptor);
    const missing = descriptor.missingValues ?? schemaMissing;
    return {
      descriptor,
      name: descriptor.name,
      index,
      type,
      constraints: compileConstraints(descriptor, type),
      missingValues: missing.length === 1 && missing[0] === '' ? null : new Set(missing),
      typeNote: `type is "${type.type}/${type.format}"`,
    };
  } catch (error) {
    if (error instanceof ConstraintProblem) throw new SchemaProblem(error.message);
    throw new SchemaProblem(`champ « ${descriptor.name} » : ${(error as Error).message}`);
  }
}

/** Reads a Table Schema once: every field's cast and ajv constraint validator are built here, not per row. */
export function compileSchema(descriptor: unknown): CompiledSchema {
  if (descriptor === null || typeof descriptor !== 'object' || !Array.isArray((descriptor as TableSchemaDescriptor).fields)) {
    throw new SchemaProblem('le schéma doit être un objet avec une liste « fields »');
  }
  const schema = descriptor as TableSchemaDescriptor;
  const schemaMissing = schema.missingValues ?? [''];
  const fields = schema.fields.map((field, index) => compileField(field, index, schemaMissing));
  const byName = new Map<string, CompiledField>();
  for (const field of fields) {
    if (byName.has(field.name)) throw new SchemaProblem(`le champ « ${field.name} » est déclaré deux fois`);
    byName.set(field.name, field);
  }
  const known = (names: string[], where: string) => {
    for (const name of names) if (!byName.has(name)) throw new SchemaProblem(`${where} cite le champ inconnu « ${name} »`);
    return names;
  };
  const fieldsMatch = schema.fieldsMatch ?? 'exact';
  if (!FIELDS_MATCH.includes(fieldsMatch)) throw new SchemaProblem(`« fieldsMatch » vaut « ${fieldsMatch} » (attendu : ${FIELDS_MATCH.join(', ')})`);
  const foreignKeys = (schema.foreignKeys ?? []).map((key) => {
    const fieldsOfKey = known(asList(key.fields), 'une clé étrangère');
    const referenceFields = asList(key.reference?.fields);
    const resource = key.reference?.resource ?? '';
    if (resource === '') known(referenceFields, 'la référence d\'une clé étrangère');
    if (referenceFields.length !== fieldsOfKey.length) throw new SchemaProblem('une clé étrangère et sa référence n\'ont pas le même nombre de champs');
    return { fields: fieldsOfKey, resource, referenceFields };
  });
  return {
    descriptor: schema,
    fields,
    byName,
    primaryKey: known(asList(schema.primaryKey), 'la clé primaire'),
    uniqueKeys: (schema.uniqueKeys ?? []).map((key) => known(asList(key), 'une clé unique (uniqueKeys)')),
    foreignKeys,
    fieldsMatch,
    customChecks: schema.custom_checks ?? [],
  };
}

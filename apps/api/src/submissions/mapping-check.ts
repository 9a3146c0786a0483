import { createHash } from 'crypto';
import type { Mapping } from '@maillage/validation';
import { SubmissionErrorCode, SubmissionException } from './submission.exception';

function invalid(problem: string): SubmissionException {
  return new SubmissionException(SubmissionErrorCode.InvalidMapping, `Correspondance de colonnes invalide : ${problem}`);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkField(field: string, value: unknown): void {
  const where = `champ « ${field} »`;
  if (typeof value === 'string') {
    if (value.trim() === '') throw invalid(`${where} : le nom de colonne est vide`);
    return;
  }
  if (!isObject(value)) throw invalid(`${where} : attendu un nom de colonne, ou un objet { column }, { columns } ou { constant }`);
  if ('constant' in value) {
    if (typeof value.constant !== 'string') throw invalid(`${where} : « constant » doit être du texte`);
    return;
  }
  if ('columns' in value) {
    if (!Array.isArray(value.columns) || value.columns.length === 0 || !value.columns.every((column) => typeof column === 'string')) {
      throw invalid(`${where} : « columns » doit être une liste non vide de noms de colonnes`);
    }
    if (value.separator !== undefined && typeof value.separator !== 'string') throw invalid(`${where} : « separator » doit être du texte`);
    return;
  }
  if (typeof value.column !== 'string' || value.column.trim() === '') throw invalid(`${where} : « column » doit être un nom de colonne`);
  if (value.values !== undefined && (!isObject(value.values) || !Object.values(value.values).every((target) => typeof target === 'string'))) {
    throw invalid(`${where} : « values » doit associer des valeurs du fichier à des valeurs du schéma (texte)`);
  }
}

/** Parses and checks a mapping `{ "fields": { "<schema field>": … } }`: its shape, and that every field exists in the schema. */
export function parseMapping(input: unknown, schemaFields: readonly string[]): Mapping {
  let value = input;
  if (typeof input === 'string' || Buffer.isBuffer(input)) {
    try {
      value = JSON.parse(input.toString());
    } catch (error) {
      throw invalid(`ce n’est pas du JSON (${(error as Error).message})`);
    }
  }
  if (!isObject(value) || !isObject(value.fields)) throw invalid('attendu un objet JSON { "fields": { "<champ du schéma>": "<colonne du fichier>" } }');
  const unknown = Object.keys(value.fields).filter((field) => !schemaFields.includes(field));
  if (unknown.length > 0) {
    throw invalid(`champ(s) absent(s) du schéma : ${unknown.join(', ')} (champs du schéma : ${schemaFields.join(', ')})`);
  }
  for (const [field, fieldMapping] of Object.entries(value.fields)) checkField(field, fieldMapping);
  return { fields: value.fields as Mapping['fields'] };
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isObject(value)) return `{${Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`).join(',')}}`;
  return JSON.stringify(value);
}

/** Two mappings with the same meaning (key order aside) get the same fingerprint. */
export function mappingFingerprint(mapping: Mapping | null): string {
  return mapping ? createHash('sha256').update(canonical(mapping)).digest('hex') : 'none';
}

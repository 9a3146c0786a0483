import { compileOnce } from './ajv';

/** The constraints of a row's cast values, one ajv validator for the whole row. */
export interface RowConstraints {
  /** True when every value meets its column's constraints; null (missing or uncastable) values are not checked. */
  check(values: unknown[]): boolean;
  /** After a failed check: the columns whose value broke a constraint, in column order. */
  failedColumns(): number[];
}

/**
 * Compiles the columns' ajv schemas (null: nothing to check) into one tuple schema: a row costs one validator call
 * instead of one per cell. ajv's keywords skip values of other types, so null passes them all but `enum`, which
 * is given null as one more allowed value. Returns null when no column has a constraint.
 */
export function compileRowConstraints(keywordsByColumn: (Record<string, unknown> | null)[]): RowConstraints | null {
  if (keywordsByColumn.every((keywords) => keywords === null)) return null;
  const items = keywordsByColumn.map((keywords) => {
    if (keywords === null) return true;
    return Array.isArray(keywords.enum) ? { ...keywords, enum: [...keywords.enum, null] } : keywords;
  });
  const validate = compileOnce({ items });
  return {
    check: (values) => validate(values),
    failedColumns() {
      const columns = new Set((validate.errors ?? []).map((error) => Number(error.instancePath.split('/')[1])));
      return [...columns].sort((a, b) => a - b);
    },
  };
}

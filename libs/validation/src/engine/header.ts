import type { ErrorDefinition } from '../core/contracts';
import type { CompiledField, CompiledSchema } from '../schema';
import { blankLabel, duplicateLabel, extraLabel, incorrectLabel, missingLabel, unmatchedHeader } from '../errors/definitions';

/** One column the rows are read through: which cell, which field (null: a label the schema does not know, read as `any`). */
export interface ColumnPlan {
  field: CompiledField | null;
  name: string;
  sourceIndex: number;
  fieldNumber: number;
}

export interface HeaderIssue {
  definition: ErrorDefinition;
  note: string;
  label: string;
  fieldName: string;
  fieldNumber: number;
}

export interface HeaderPlan {
  columns: ColumnPlan[];
  issues: HeaderIssue[];
  /** Number of cells a row is expected to have (beyond: extra-cell). */
  width: number;
}

const TOLERATES_EXTRA_LABELS = ['subset', 'partial'];
const TOLERATES_MISSING_FIELDS = ['superset', 'partial'];

/**
 * frictionless-py 5's Header: `exact` maps labels to fields by position and reports blank, duplicate,
 * incorrect, extra and missing labels; the other fieldsMatch modes map by name and differ only in which
 * mismatches they tolerate. `byName` forces name matching (a mapping names its columns); with it,
 * fields keep their schema position as field number.
 */
export function planHeader(labels: string[], schema: CompiledSchema, byName = false): HeaderPlan {
  const fields = schema.fields;
  const mode = byName && schema.fieldsMatch === 'exact' ? 'equal' : schema.fieldsMatch;
  const issues: HeaderIssue[] = [];
  // frictionless checks nothing when there is no header at all; a mapping that resolves no column still misses fields.
  if (labels.length === 0 && !byName) return { columns: [], issues, width: 0 };

  if (mode === 'exact') {
    const columns = fields.map((field, index) => ({ field, name: field.name, sourceIndex: index, fieldNumber: index + 1 }));
    labels.forEach((label, index) => {
      if (index >= fields.length) issues.push({ definition: extraLabel, note: '', label, fieldName: '', fieldNumber: index + 1 });
    });
    for (let index = labels.length; index < fields.length; index++) {
      issues.push({ definition: missingLabel, note: '', label: '', fieldName: fields[index].name, fieldNumber: index + 1 });
    }
    const shared = Math.min(labels.length, fields.length);
    for (let index = 0; index < shared; index++) {
      const label = labels[index];
      const field = fields[index];
      if (!label) {
        issues.push({ definition: blankLabel, note: '', label: '', fieldName: field.name, fieldNumber: index + 1 });
        continue;
      }
      const earlier: number[] = [];
      for (let seen = 0; seen < index; seen++) if (labels[seen] === label) earlier.push(seen + 1);
      if (earlier.length > 0) {
        issues.push({ definition: duplicateLabel, note: `at position "${earlier.join(', ')}"`, label, fieldName: field.name, fieldNumber: index + 1 });
        continue;
      }
      if (field.name !== label.replace(/\n/g, ' ').trim()) {
        issues.push({ definition: incorrectLabel, note: '', label, fieldName: field.name, fieldNumber: index + 1 });
      }
    }
    return { columns, issues, width: Math.max(fields.length, 0) };
  }

  const columns: ColumnPlan[] = [];
  const firstPosition = new Map<string, number>();
  labels.forEach((label, index) => {
    const field = schema.byName.get(label) ?? null;
    const earlier = firstPosition.get(label);
    if (earlier !== undefined) {
      // frictionless refuses duplicate labels when matching by name; we report them and read the first one.
      issues.push({ definition: duplicateLabel, note: `at position "${earlier}"`, label, fieldName: field?.name ?? '', fieldNumber: index + 1 });
      return;
    }
    firstPosition.set(label, index + 1);
    columns.push({ field, name: label, sourceIndex: index, fieldNumber: byName && field ? field.index + 1 : index + 1 });
    if (field === null && !TOLERATES_EXTRA_LABELS.includes(mode) && !byName) {
      issues.push({ definition: extraLabel, note: '', label, fieldName: '', fieldNumber: index + 1 });
    }
  });
  if (mode === 'partial' && fields.length > 0 && !byName && columns.every((column) => column.field === null)) {
    issues.push({ definition: unmatchedHeader, note: '', label: '', fieldName: '', fieldNumber: 0 });
  }
  const primaryKey = new Set(schema.primaryKey);
  let missingNumber = labels.length + 1;
  for (const field of fields) {
    if (firstPosition.has(field.name)) continue;
    if (TOLERATES_MISSING_FIELDS.includes(mode) && !field.constraints.required && !primaryKey.has(field.name)) continue;
    issues.push({ definition: missingLabel, note: '', label: '', fieldName: field.name, fieldNumber: byName ? field.index + 1 : missingNumber++ });
  }
  return { columns, issues, width: labels.length };
}

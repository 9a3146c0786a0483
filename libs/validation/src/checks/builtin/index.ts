import type { CheckFactory, RowView } from '../../core/contracts';
import { HashIndex } from '../../hashing';
import { duplicateRow, forbiddenValue, sequentialValue, truncatedValue } from './definitions';

/**
 * frictionless-py's optional checks, available to any schema through `custom_checks`
 * ({"name": "duplicate-row"}, {"name": "forbidden-value", "params": {"fieldName": …, "values": […]}}, …).
 */
interface RowWithFields extends RowView {
  fieldNames(): string[];
}

function fieldsOf(row: RowView): string[] {
  return (row as RowWithFields).fieldNames?.() ?? [];
}

function requireField(params: Record<string, unknown>, check: string): string {
  if (typeof params.fieldName !== 'string') throw new Error(`le contrôle « ${check} » attend le paramètre « fieldName »`);
  return params.fieldName;
}

const duplicateRowCheck: CheckFactory = {
  name: 'duplicate-row',
  definitions: [duplicateRow],
  create: () => {
    const seen = new HashIndex();
    return {
      validateRow(row, context) {
        const text = fieldsOf(row).map((name) => String(row.value(name) ?? 'None')).join(',');
        const match = seen.put(text, row.rowNumber);
        if (match !== 0) context.emit(duplicateRow, { note: `the same as row at position "${match}"`, rowNumber: row.rowNumber, params: { match } });
      },
    };
  },
};

const forbiddenValueCheck: CheckFactory = {
  name: 'forbidden-value',
  definitions: [forbiddenValue],
  create: (params) => {
    const fieldName = requireField(params, 'forbidden-value');
    const values = Array.isArray(params.values) ? params.values : [];
    const forbidden = new Set(values.map(String));
    return {
      validateRow(row, context) {
        const value = row.value(fieldName);
        if (value === null || !forbidden.has(String(value))) return;
        context.emit(forbiddenValue, { note: `forbidden values are "${JSON.stringify(values)}"`, rowNumber: row.rowNumber, fieldName, fieldNumber: row.fieldNumber(fieldName), cell: row.raw(fieldName) });
      },
    };
  },
};

const sequentialValueCheck: CheckFactory = {
  name: 'sequential-value',
  definitions: [sequentialValue],
  create: (params) => {
    const fieldName = requireField(params, 'sequential-value');
    let cursor: number | null = null;
    let exited = false;
    return {
      validateRow(row, context) {
        if (exited) return;
        const value = row.value(fieldName);
        if (typeof value === 'number' && (cursor === null || cursor === value)) {
          cursor = value + 1;
          return;
        }
        exited = true;
        context.emit(sequentialValue, { note: 'the value is not sequential', rowNumber: row.rowNumber, fieldName, fieldNumber: row.fieldNumber(fieldName), cell: row.raw(fieldName) });
      },
    };
  },
};

const TRUNCATED_STRING_LENGTHS = new Set([255]);
// frictionless also lists the 64-bit limits, which JavaScript numbers cannot hold exactly.
const TRUNCATED_INTEGER_VALUES = new Set([4294967295, 2147483647, 2097152, 65535, 32767]);

const truncatedValueCheck: CheckFactory = {
  name: 'truncated-value',
  definitions: [truncatedValue],
  create: () => ({
    validateRow(row, context) {
      for (const fieldName of fieldsOf(row)) {
        const value = row.value(fieldName);
        const truncated = typeof value === 'string' ? TRUNCATED_STRING_LENGTHS.has([...value].length) : typeof value === 'number' && TRUNCATED_INTEGER_VALUES.has(value);
        if (truncated) context.emit(truncatedValue, { note: 'value  is probably truncated', rowNumber: row.rowNumber, fieldName, fieldNumber: row.fieldNumber(fieldName), cell: row.raw(fieldName) });
      }
    },
  }),
};

export const builtinChecks: CheckFactory[] = [duplicateRowCheck, forbiddenValueCheck, sequentialValueCheck, truncatedValueCheck];

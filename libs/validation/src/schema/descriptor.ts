/** Table Schema v1 descriptors, plus what v2 adds (fieldsMatch, uniqueKeys, exclusive bounds, field missingValues, list). */
export interface FieldConstraints {
  required?: boolean;
  unique?: boolean;
  pattern?: string;
  enum?: unknown[];
  minimum?: unknown;
  maximum?: unknown;
  exclusiveMinimum?: unknown;
  exclusiveMaximum?: unknown;
  minLength?: number;
  maxLength?: number;
}

export interface FieldDescriptor {
  name: string;
  type?: string;
  format?: string;
  title?: string;
  description?: string;
  constraints?: FieldConstraints;
  missingValues?: string[];
  trueValues?: string[];
  falseValues?: string[];
  bareNumber?: boolean;
  decimalChar?: string;
  groupChar?: string;
  delimiter?: string;
  itemType?: string;
  [key: string]: unknown;
}

export interface ForeignKeyDescriptor {
  fields: string | string[];
  reference: { resource?: string; fields: string | string[] };
}

export type FieldsMatch = 'exact' | 'equal' | 'subset' | 'superset' | 'partial';

export interface CustomCheckDescriptor {
  name: string;
  params?: Record<string, unknown>;
}

export interface TableSchemaDescriptor {
  fields: FieldDescriptor[];
  missingValues?: string[];
  primaryKey?: string | string[];
  uniqueKeys?: string[][];
  foreignKeys?: ForeignKeyDescriptor[];
  fieldsMatch?: FieldsMatch;
  custom_checks?: CustomCheckDescriptor[];
  [key: string]: unknown;
}

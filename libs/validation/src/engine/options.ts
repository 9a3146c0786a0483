import type { CheckFactory, Locale } from '../core/contracts';
import type { Mapping } from '../mapping/types';

export interface ValidateOptions {
  /** A Table Schema descriptor (v1, plus v2's fieldsMatch, uniqueKeys, exclusive bounds, list). */
  schema: object;
  /** File columns → schema fields, applied before casting. */
  mapping?: Mapping;
  locale?: Locale;
  /** Errors (and, separately, warnings) kept in the report; counts stay exact beyond. Default 1000. */
  maxErrors?: number;
  /** Implementations of the schema's `custom_checks`, looked up by name. */
  checks?: CheckFactory[];
  /** Reference date of checks that depend on today. */
  now?: Date;
  onRow?: (row: Record<string, unknown>, rowNumber: number, valid: boolean) => void;
}

export const DEFAULT_MAX_ERRORS = 1000;

import { HashIndex } from '../hashing';

/** A copy of a row's cells for an error (short rows padded with ''). */
export function cellsOf(cells: string[]): string[] {
  const copy = new Array<string>(cells.length);
  for (let index = 0; index < cells.length; index++) copy[index] = cells[index] ?? '';
  return copy;
}

/** The text a cast value is indexed by: equal cast values ("1" and "+1" as integers) give equal keys. */
export function keyOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

const NULL_PART = '\u0000';
const SEPARATOR = '\u001f';

/** A composite key over several columns; `null` parts are kept distinct from any text. */
export function compositeKey(values: unknown[], columns: number[]): string {
  if (columns.length === 1) return values[columns[0]] === null ? NULL_PART : keyOf(values[columns[0]]);
  let key = '';
  for (let index = 0; index < columns.length; index++) {
    const value = values[columns[index]];
    key += (index === 0 ? '' : SEPARATOR) + (value === null ? NULL_PART : keyOf(value));
  }
  return key;
}

export function allNull(values: unknown[], columns: number[]): boolean {
  for (let index = 0; index < columns.length; index++) if (values[columns[index]] !== null) return false;
  return true;
}

export function anyNull(values: unknown[], columns: number[]): boolean {
  for (let index = 0; index < columns.length; index++) if (values[columns[index]] === null) return true;
  return false;
}

/** A self-referencing foreign key (reference resource ""): rows whose target is not yet seen wait for the end of the file. */
export class SelfForeignKey {
  readonly references = new HashIndex();
  readonly pending: { rowNumber: number; key: string; values: string[]; cells: string[] | null }[] = [];

  constructor(
    readonly fields: string[],
    readonly referenceFields: string[],
    readonly columns: number[],
    readonly referenceColumns: number[],
  ) {}
}

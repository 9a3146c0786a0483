import type { Locale } from '../core/contracts';
import type { CompiledSchema } from '../schema';
import { HashIndex } from '../hashing';
import * as definitions from '../errors/definitions';
import type { ErrorSink } from '../report/error-sink';
import type { ColumnPlan } from './header';
import { allNull, anyNull, cellsOf, compositeKey, keyOf, SelfForeignKey } from './integrity';

/**
 * Uniqueness and keys, frictionless-py 5 style (resources/table.py row_stream): unique fields, the primary key,
 * v2 uniqueKeys, and foreign keys into the same table, resolved at the end of the file. Values are indexed by
 * 64-bit hashes, so memory does not grow with their length.
 */
export class KeyChecks {
  private readonly uniqueColumns: { column: number; index: HashIndex }[] = [];
  private readonly uniqueKeys: { columns: number[]; index: HashIndex; fields: string[] }[] = [];
  private readonly primaryKey: { columns: number[]; index: HashIndex; shared: boolean } | null = null;
  private readonly foreignKeys: SelfForeignKey[] = [];
  /** Per column, the earlier row the unique index matched for the current row (0: none). */
  private readonly lastUniqueMatch: Uint32Array;
  readonly active: boolean;

  constructor(
    private readonly schema: CompiledSchema,
    private readonly columns: ColumnPlan[],
    private readonly values: unknown[],
    private readonly valid: Uint8Array,
    private readonly sink: ErrorSink,
    private readonly locale: Locale,
  ) {
    this.lastUniqueMatch = new Uint32Array(columns.length);
    const columnOf = (name: string) => columns.findIndex((column) => column.field?.name === name);
    const present = (names: string[]) => names.map(columnOf).every((index) => index >= 0);
    columns.forEach((column, index) => {
      if (column.field?.constraints.unique) this.uniqueColumns.push({ column: index, index: new HashIndex() });
    });
    // Without its columns a key is not checked: the header already reports them missing (as frictionless does).
    if (schema.primaryKey.length > 0 && present(schema.primaryKey)) {
      const keyColumns = schema.primaryKey.map(columnOf);
      // A one-field key that is also `unique` records exactly what the unique index records: share it (half the memory).
      const shared = keyColumns.length === 1 ? this.uniqueColumns.find((unique) => unique.column === keyColumns[0]) : undefined;
      this.primaryKey = { columns: keyColumns, index: shared?.index ?? new HashIndex(), shared: shared !== undefined };
    }
    for (const fields of schema.uniqueKeys) {
      if (present(fields)) this.uniqueKeys.push({ columns: fields.map(columnOf), index: new HashIndex(), fields });
    }
    for (const key of schema.foreignKeys) {
      // Only references inside the same table ("resource": "") can be resolved here, as frictionless without a package.
      if (key.resource !== '' || !present(key.fields) || !present(key.referenceFields)) continue;
      this.foreignKeys.push(new SelfForeignKey(key.fields, key.referenceFields, key.fields.map(columnOf), key.referenceFields.map(columnOf)));
    }
    this.active = this.uniqueColumns.length > 0 || this.primaryKey !== null || this.uniqueKeys.length > 0 || this.foreignKeys.length > 0;
  }

  checkRow(cells: string[], rowNumber: number): void {
    if (this.uniqueColumns.length > 0) this.checkUnique(cells, rowNumber);
    if (this.primaryKey !== null) this.checkPrimaryKey(cells, rowNumber, this.primaryKey);
    if (this.uniqueKeys.length > 0) this.checkUniqueKeys(cells, rowNumber);
    if (this.foreignKeys.length > 0) this.checkForeignKeys(cells, rowNumber);
  }

  /** End of the file: references still unresolved are foreign-key errors of their rows. */
  finish(): void {
    this.resolveForeignKeys();
  }

  private checkUnique(cells: string[], rowNumber: number): void {
    for (const unique of this.uniqueColumns) {
      const value = this.values[unique.column];
      this.lastUniqueMatch[unique.column] = 0;
      if (value === null) continue;
      const match = unique.index.put(keyOf(value), rowNumber);
      this.lastUniqueMatch[unique.column] = match;
      if (match === 0) continue;
      const column = this.columns[unique.column];
      this.valid[unique.column] = 0;
      this.sink.add(definitions.uniqueError, {
        note: `the same as in the row at position ${match}`,
        rowNumber,
        fieldName: column.name,
        fieldNumber: column.fieldNumber,
        cell: cells[column.sourceIndex] ?? '',
        cells: this.sink.accepting ? cellsOf(cells) : undefined,
        params: { match },
      });
    }
  }

  private checkPrimaryKey(cells: string[], rowNumber: number, primaryKey: { columns: number[]; index: HashIndex; shared: boolean }): void {
    const { columns, index } = primaryKey;
    if (allNull(this.values, columns)) {
      const keyFields = this.schema.primaryKey.join(', ');
      const detail = this.locale === 'fr' ? 'les champs de la clé primaire sont tous vides' : 'cells composing the primary keys are all "None"';
      this.sink.add(definitions.primaryKey, { note: 'cells composing the primary keys are all "None"', rowNumber, cells: this.sink.accepting ? cellsOf(cells) : undefined, params: { keyFields, detail } });
      return;
    }
    const match = primaryKey.shared ? this.lastUniqueMatch[columns[0]] : index.put(compositeKey(this.values, columns), rowNumber);
    if (match === 0) return;
    for (const column of columns) this.valid[column] = 0;
    const keyFields = this.schema.primaryKey.join(', ');
    const detail = this.locale === 'fr' ? `même valeur qu'à la ligne ${match}` : `the same as in the row at position ${match}`;
    this.sink.add(definitions.primaryKey, { note: `the same as in the row at position ${match}`, rowNumber, cells: this.sink.accepting ? cellsOf(cells) : undefined, params: { keyFields, detail, match } });
  }

  /** Table Schema v2 uniqueKeys: a key holding a null is not compared. Reported as frictionless reports unique fields. */
  private checkUniqueKeys(cells: string[], rowNumber: number): void {
    for (const unique of this.uniqueKeys) {
      if (anyNull(this.values, unique.columns)) continue;
      const match = unique.index.put(compositeKey(this.values, unique.columns), rowNumber);
      if (match === 0) continue;
      const column = this.columns[unique.columns[0]];
      const text = unique.columns.map((index) => cells[this.columns[index].sourceIndex] ?? '').join(', ');
      this.sink.add(definitions.uniqueError, {
        note: `the same as in the row at position ${match}`,
        rowNumber,
        fieldName: unique.fields.join(', '),
        fieldNumber: column.fieldNumber,
        cell: text,
        cells: this.sink.accepting ? cellsOf(cells) : undefined,
        params: { match },
      });
    }
  }

  private checkForeignKeys(cells: string[], rowNumber: number): void {
    for (const key of this.foreignKeys) {
      if (!allNull(this.values, key.referenceColumns)) key.references.put(compositeKey(this.values, key.referenceColumns), rowNumber);
      if (allNull(this.values, key.columns)) continue;
      const wanted = compositeKey(this.values, key.columns);
      if (key.references.has(wanted)) continue;
      key.pending.push({
        rowNumber,
        key: wanted,
        values: key.columns.map((column) => (this.values[column] === null ? 'None' : keyOf(this.values[column]))),
        cells: cellsOf(cells),
      });
    }
  }

  private resolveForeignKeys(): void {
    for (const key of this.foreignKeys) {
      for (const pending of key.pending) {
        if (key.references.has(pending.key)) continue;
        const note = `for "${key.fields.join(', ')}": values "${pending.values.join(', ')}" not found in the lookup table "" as "${key.referenceFields.join(', ')}"`;
        const detail = this.locale === 'fr'
          ? `${key.fields.join(', ')} = « ${pending.values.join(', ')} » n'existe pas dans ${key.referenceFields.join(', ')}`
          : note;
        this.sink.add(definitions.foreignKey, { note, rowNumber: pending.rowNumber, cells: pending.cells ?? undefined, params: { detail } });
      }
    }
  }
}

import type { CheckContext, ErrorDefinition, ErrorPlace, Locale, Severity, TableSource } from '../core/contracts';
import { SourceError } from '../core/contracts';
import { compileSchema, SchemaProblem, type CompiledSchema } from '../schema';
import { INVALID } from '../types';
import { ErrorSink } from '../report/error-sink';
import type { Report } from '../report/types';
import { buildReport } from '../report/build';
import * as definitions from '../errors/definitions';
import { describeConstraint, describeConstraintProblem, describeType } from '../i18n/expectations';
import { mapTable } from '../mapping/apply';
import { HashIndex } from '../hashing';
import { planHeader, type ColumnPlan } from './header';
import { CurrentRow } from './row-view';
import { CheckRunner } from './checks';
import { builtinChecks } from '../checks/builtin';
import { allNull, anyNull, compositeKey, keyOf, SelfForeignKey } from './integrity';
import { DEFAULT_MAX_ERRORS, type ValidateOptions } from './options';

const REQUIRED = 0;
const TYPE = 1;
const CONSTRAINT = 2;

function clock(): number {
  return globalThis.performance?.now() ?? Date.now();
}

function cellsOf(cells: string[]): string[] {
  const copy = new Array<string>(cells.length);
  for (let index = 0; index < cells.length; index++) copy[index] = cells[index] ?? '';
  return copy;
}

/**
 * Validates a table against a Table Schema, frictionless-py 5 style: header, then each row (cast, constraints,
 * row shape), uniqueness and keys, custom checks; returns a frictionless v5 report. Memory stays flat: rows are
 * streamed, uniqueness is kept as 64-bit hashes, and errors past `maxErrors` are only counted.
 */
export async function validate(source: TableSource, options: ValidateOptions): Promise<Report> {
  const started = clock();
  const locale: Locale = options.locale ?? 'fr';
  const maxErrors = options.maxErrors ?? DEFAULT_MAX_ERRORS;
  let schema: CompiledSchema;
  try {
    schema = compileSchema(options.schema);
  } catch (error) {
    if (!(error instanceof SchemaProblem)) throw error;
    const sink = new ErrorSink(maxErrors, locale);
    sink.add(definitions.schemaError, { note: error.message });
    return buildReport({ source, sink, rows: 0, fields: 0, seconds: (clock() - started) / 1000 });
  }
  let table = source;
  let sourceColumns: Record<string, string> = {};
  const problems: string[] = [];
  if (options.mapping) {
    const mapped = mapTable(source, options.mapping, schema);
    table = mapped.source;
    sourceColumns = mapped.sourceColumns;
    problems.push(...mapped.problems);
  }
  const sink = new ErrorSink(maxErrors, locale, sourceColumns);
  for (const note of problems) sink.add(definitions.mappingError, { note });
  const run = new TableRun(table, schema, options, sink, locale, options.mapping !== undefined);
  const rows = await run.execute();
  sink.sortByRow();
  return buildReport({ source, sink, rows, fields: schema.fields.length, seconds: (clock() - started) / 1000 });
}

/** One validation pass over one table; holds the per-row scratch state reused for every row. */
class TableRun {
  private readonly columns: ColumnPlan[];
  private readonly width: number;
  private readonly values: unknown[];
  private readonly valid: Uint8Array;
  private readonly row: CurrentRow;
  private readonly checkRunner: CheckRunner;
  private readonly uniqueColumns: { column: number; index: HashIndex }[] = [];
  private readonly uniqueKeys: { columns: number[]; index: HashIndex; fields: string[] }[] = [];
  private readonly primaryKey: { columns: number[]; index: HashIndex; shared: boolean } | null = null;
  private readonly foreignKeys: SelfForeignKey[] = [];
  // Flat per-column views of the plan: the hot loop reads arrays, not nested objects.
  private readonly casts: (((text: string) => unknown) | null)[];
  private readonly checks: (((value: unknown) => boolean) | null)[];
  private readonly required: Uint8Array;
  private readonly missingValues: (Set<string> | null)[];
  private readonly sourceIndexes: Int32Array;
  /** 0 for a column read as text with nothing to check beyond emptiness. */
  private readonly typed: Uint8Array;
  private pendingCount = 0;
  /** Per column, the earlier row the unique index matched for the current row (0: none). */
  private readonly lastUniqueMatch: Uint32Array;
  private readonly pendingKind: number[] = [];
  private readonly pendingColumn: number[] = [];
  private readonly pendingConstraint: string[] = [];
  private labels: string[];

  constructor(
    private readonly table: TableSource,
    private readonly schema: CompiledSchema,
    private readonly options: ValidateOptions,
    private readonly sink: ErrorSink,
    private readonly locale: Locale,
    byName: boolean,
  ) {
    this.labels = table.labels;
    const header = planHeader(table.labels, schema, byName);
    for (const issue of header.issues) {
      sink.add(issue.definition, { note: issue.note, fieldName: issue.fieldName, fieldNumber: issue.fieldNumber, params: { label: issue.label } }, 'error', {
        label: issue.label,
        labels: [...table.labels],
        rowNumbers: [1],
      });
    }
    this.columns = header.columns;
    this.width = header.width;
    this.values = new Array(this.columns.length).fill(null);
    this.lastUniqueMatch = new Uint32Array(this.columns.length);
    this.casts = this.columns.map((column) => column.field?.type.cast ?? null);
    this.checks = this.columns.map((column) => column.field?.constraints.check ?? null);
    this.required = Uint8Array.from(this.columns, (column) => (column.field?.constraints.required ? 1 : 0));
    this.missingValues = this.columns.map((column) => (column.field ? column.field.missingValues : null));
    this.sourceIndexes = Int32Array.from(this.columns, (column) => column.sourceIndex);
    this.typed = Uint8Array.from(this.columns, (column, index) => (this.casts[index] !== null || this.checks[index] !== null ? 1 : 0));
    this.valid = new Uint8Array(this.columns.length);
    this.row = new CurrentRow(this.columns, this.values, this.valid);
    const columnOf = (name: string) => this.columns.findIndex((column) => column.field?.name === name);
    this.columns.forEach((column, index) => {
      if (column.field?.constraints.unique) this.uniqueColumns.push({ column: index, index: new HashIndex() });
    });
    const present = (names: string[]) => names.map(columnOf).every((index) => index >= 0);
    if (schema.primaryKey.length > 0 && present(schema.primaryKey)) {
      const columns = schema.primaryKey.map(columnOf);
      // A one-field key that is also `unique` records exactly what the unique index records: share it (half the memory).
      const shared = columns.length === 1 ? this.uniqueColumns.find((unique) => unique.column === columns[0]) : undefined;
      this.primaryKey = { columns, index: shared?.index ?? new HashIndex(), shared: shared !== undefined };
    }
    for (const fields of schema.uniqueKeys) {
      if (present(fields)) this.uniqueKeys.push({ columns: fields.map(columnOf), index: new HashIndex(), fields });
    }
    for (const key of schema.foreignKeys) {
      // Only references inside the same table ("resource": "") can be resolved here, as frictionless without a package.
      if (key.resource !== '' || !present(key.fields) || !present(key.referenceFields)) continue;
      this.foreignKeys.push(new SelfForeignKey(key.fields, key.referenceFields, key.fields.map(columnOf), key.referenceFields.map(columnOf)));
    }
    const context: CheckContext = {
      locale,
      now: options.now ?? new Date(),
      emit: (definition: ErrorDefinition, place: ErrorPlace, severity?: Severity) => sink.add(definition, place, severity ?? 'error'),
    };
    this.checkRunner = new CheckRunner(schema.customChecks, [...(options.checks ?? []), ...builtinChecks], context, sink);
  }

  /** Streams the rows; returns the number of data rows read. */
  async execute(): Promise<number> {
    let rows = 0;
    this.checkRunner.start();
    try {
      for await (const batch of this.table.batches()) {
        const list = batch.rows;
        for (let index = 0; index < list.length; index++) this.processRow(list[index], batch.firstRowNumber + index);
        rows += list.length;
      }
    } catch (error) {
      if (!(error instanceof SourceError)) throw error;
      this.sink.add(definitions.FILE_ERRORS[error.type] ?? definitions.sourceError, { note: error.note });
      return rows;
    }
    if (rows === 0 && this.labels.length === 0) {
      this.sink.add(definitions.sourceError, { note: 'the source is empty' });
      return rows;
    }
    this.resolveForeignKeys();
    this.checkRunner.end();
    return rows;
  }

  private processRow(cells: string[], rowNumber: number): void {
    const { values, valid, casts, checks, required, missingValues, sourceIndexes, typed } = this;
    const sink = this.sink;
    const errorsBefore = sink.errorTotal;
    const count = values.length;
    this.pendingCount = 0;
    let blank = 0;
    let missingCells = false;
    for (let index = 0; index < count; index++) {
      const text = cells[sourceIndexes[index]];
      valid[index] = 1;
      if (text === undefined) {
        missingCells = true;
        values[index] = null;
        blank++;
        if (required[index] === 1) this.pend(REQUIRED, index, 'required');
        continue;
      }
      const missing = missingValues[index];
      if (missing === null ? text === '' : missing.has(text)) {
        values[index] = null;
        blank++;
        if (required[index] === 1) this.pend(REQUIRED, index, 'required');
        continue;
      }
      if (typed[index] === 0) {
        values[index] = text;
        continue;
      }
      const cast = casts[index];
      const value = cast === null ? text : cast(text);
      if (value === INVALID) {
        values[index] = null;
        this.pend(TYPE, index, '');
        continue;
      }
      values[index] = value;
      const check = checks[index];
      if (check !== null && !check(value)) {
        const failures = this.columns[index].field?.constraints.failures(value) ?? [];
        for (let failure = 0; failure < failures.length; failure++) this.pend(CONSTRAINT, index, failures[failure]);
      }
    }
    this.row.rowNumber = rowNumber;
    this.row.cells = cells;
    if (blank === count && count > 0) {
      sink.add(definitions.blankRow, { note: '', rowNumber, cells: sink.accepting ? cellsOf(cells) : undefined });
    } else {
      if (this.pendingCount > 0) this.flushCellErrors(cells, rowNumber);
      if (cells.length > this.width) this.reportExtraCells(cells, rowNumber);
      if (missingCells) this.reportMissingCells(cells, rowNumber);
    }
    if (this.uniqueColumns.length > 0) this.checkUnique(cells, rowNumber);
    if (this.primaryKey !== null) this.checkPrimaryKey(cells, rowNumber, this.primaryKey);
    if (this.uniqueKeys.length > 0) this.checkUniqueKeys(cells, rowNumber);
    if (this.foreignKeys.length > 0) this.checkForeignKeys(cells, rowNumber);
    if (!this.checkRunner.empty) this.checkRunner.row(this.row);
    if (this.options.onRow) this.options.onRow(this.row.toRecord(), rowNumber, sink.errorTotal === errorsBefore);
  }

  private pend(kind: number, column: number, constraint: string): void {
    const at = this.pendingCount++;
    this.pendingKind[at] = kind;
    this.pendingColumn[at] = column;
    this.pendingConstraint[at] = constraint;
    this.valid[column] = 0;
  }

  private flushCellErrors(cells: string[], rowNumber: number): void {
    for (let index = 0; index < this.pendingCount; index++) {
      const column = this.columns[this.pendingColumn[index]];
      const field = column.field;
      if (field === null) continue;
      const text = cells[column.sourceIndex] ?? '';
      if (!this.sink.accepting) {
        this.sink.add(this.pendingKind[index] === TYPE ? definitions.typeError : definitions.constraintError, { note: '' });
        continue;
      }
      const place: ErrorPlace = { note: '', rowNumber, fieldName: field.name, fieldNumber: column.fieldNumber, cell: text, cells: cellsOf(cells) };
      if (this.pendingKind[index] === TYPE) {
        place.note = field.typeNote;
        const expected = describeType(field.type.type, field.type.format, this.locale, field.descriptor);
        place.params = { expected, type: field.type.type, format: field.type.format };
        this.sink.add(definitions.typeError, place, 'error', { expected });
      } else {
        const name = this.pendingConstraint[index];
        place.note = field.constraints.notes[name];
        const expected = describeConstraint(name, field.constraints.values[name], this.locale, field.type.type);
        place.params = { constraint: name, expected, problem: describeConstraintProblem(name, text, expected, this.locale) };
        this.sink.add(definitions.constraintError, place, 'error', { expected });
      }
    }
  }

  private reportExtraCells(cells: string[], rowNumber: number): void {
    for (let index = this.width; index < cells.length; index++) {
      this.sink.add(definitions.extraCell, { note: '', rowNumber, fieldName: '', fieldNumber: index + 1, cell: cells[index] ?? '', cells: this.sink.accepting ? cellsOf(cells) : undefined });
    }
  }

  private reportMissingCells(cells: string[], rowNumber: number): void {
    for (const column of this.columns) {
      if (cells[column.sourceIndex] !== undefined) continue;
      this.sink.add(definitions.missingCell, { note: '', rowNumber, fieldName: column.name, fieldNumber: column.fieldNumber, cell: '', cells: this.sink.accepting ? cellsOf(cells) : undefined });
    }
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

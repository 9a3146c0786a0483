import type { CheckContext, ErrorDefinition, ErrorPlace, Locale, Severity, TableSource } from '../core/contracts';
import { SourceError, SourceRevised } from '../core/contracts';
import { compileSchema, SchemaProblem, type CompiledSchema } from '../schema';
import { INVALID } from '../types';
import { ErrorSink } from '../report/error-sink';
import type { Report } from '../report/types';
import { buildReport } from '../report/build';
import * as definitions from '../errors/definitions';
import { describeConstraint, describeConstraintProblem, describeType } from '../i18n/expectations';
import { mapTable } from '../mapping/apply';
import { planHeader, type ColumnPlan } from './header';
import { CurrentRow } from './row-view';
import { compileRowConstraints, type RowConstraints } from '../constraints/row-check';
import { CheckRunner } from './checks';
import { builtinChecks } from '../checks/builtin';
import { KeyChecks } from './keys';
import { cellsOf } from './integrity';
import { DEFAULT_MAX_ERRORS, type ValidateOptions } from './options';
import { sourceFailureReport } from './source-failure';

const REQUIRED = 0;
const TYPE = 1;
const CONSTRAINT = 2;

function clock(): number {
  return globalThis.performance?.now() ?? Date.now();
}

/**
 * Validates a table against a Table Schema, frictionless-py 5 style: header, then each row (cast, constraints,
 * row shape), uniqueness and keys, custom checks; returns a frictionless v5 report. Memory stays flat: rows are
 * streamed, uniqueness is kept as 64-bit hashes, and errors past `maxErrors` are only counted.
 */
export async function validate(source: TableSource, options: ValidateOptions): Promise<Report> {
  const started = clock();
  try {
    return await validateOnce(source, options, started);
  } catch (error) {
    if (!(error instanceof SourceRevised)) throw error;
    // A source read in one pass guessed wrong: everything starts over on the source read as detected.
    let revised: TableSource;
    try {
      revised = await error.reopen();
    } catch (reopenError) {
      if (reopenError instanceof SourceError) return sourceFailureReport(source.name, reopenError, options.locale);
      throw reopenError;
    }
    return validateOnce(revised, options, started);
  }
}

async function validateOnce(source: TableSource, options: ValidateOptions, started: number): Promise<Report> {
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
  private readonly keys: KeyChecks;
  // Flat per-column views of the plan: the hot loop reads arrays, not nested objects.
  private readonly casts: (((text: string) => unknown) | null)[];
  private readonly rowConstraints: RowConstraints | null;
  private readonly required: Uint8Array;
  private readonly missingValues: (Set<string> | null)[];
  private readonly sourceIndexes: Int32Array;
  /** 0 for a column read as text with nothing to check beyond emptiness. */
  private readonly typed: Uint8Array;
  private pendingCount = 0;
  private readonly pendingKind: number[] = [];
  private readonly pendingColumn: number[] = [];
  private readonly pendingConstraint: string[] = [];
  private labels: string[];

  constructor(
    private readonly table: TableSource,
    schema: CompiledSchema,
    private readonly options: ValidateOptions,
    private readonly sink: ErrorSink,
    private readonly locale: Locale,
    byName: boolean,
  ) {
    this.labels = table.labels;
    const header = planHeader(table.labels, schema, byName);
    for (const issue of header.issues) {
      // Label errors carry the label and its field; header errors (unmatched-header) only the labels.
      const labelError = issue.fieldNumber > 0;
      const place = labelError ? { note: issue.note, fieldName: issue.fieldName, fieldNumber: issue.fieldNumber, params: { label: issue.label } } : { note: issue.note };
      sink.add(issue.definition, place, 'error', { ...(labelError ? { label: issue.label } : {}), labels: [...table.labels], rowNumbers: [1] });
    }
    this.columns = header.columns;
    this.width = header.width;
    this.values = new Array(this.columns.length).fill(null);
    this.casts = this.columns.map((column) => column.field?.type.cast ?? null);
    const keywords = this.columns.map((column) => column.field?.constraints.keywords ?? null);
    this.rowConstraints = compileRowConstraints(keywords);
    this.required = Uint8Array.from(this.columns, (column) => (column.field?.constraints.required ? 1 : 0));
    this.missingValues = this.columns.map((column) => (column.field ? column.field.missingValues : null));
    this.sourceIndexes = Int32Array.from(this.columns, (column) => column.sourceIndex);
    this.typed = Uint8Array.from(this.columns, (column, index) => (this.casts[index] !== null || keywords[index] !== null ? 1 : 0));
    this.valid = new Uint8Array(this.columns.length);
    this.row = new CurrentRow(this.columns, this.values, this.valid);
    this.keys = new KeyChecks(schema, this.columns, this.values, this.valid, sink, locale);
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
    this.keys.finish();
    this.checkRunner.end();
    return rows;
  }

  private processRow(cells: string[], rowNumber: number): void {
    const { values, valid, casts, required, missingValues, sourceIndexes, typed } = this;
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
    }
    if (this.rowConstraints !== null && !this.rowConstraints.check(values)) this.pendConstraintFailures(this.rowConstraints.failedColumns());
    this.row.rowNumber = rowNumber;
    this.row.cells = cells;
    if (blank === count && count > 0) {
      sink.add(definitions.blankRow, { note: '', rowNumber, cells: sink.accepting ? cellsOf(cells) : undefined });
    } else {
      if (this.pendingCount > 0) this.flushCellErrors(cells, rowNumber);
      if (cells.length > this.width) this.reportExtraCells(cells, rowNumber);
      if (missingCells) this.reportMissingCells(cells, rowNumber);
    }
    if (this.keys.active) this.keys.checkRow(cells, rowNumber);
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

  /** The constraints each failed column breaks, pended among the row's other cell errors in column order. */
  private pendConstraintFailures(columns: number[]): void {
    const before = this.pendingCount;
    for (const index of columns) {
      const failures = this.columns[index].field?.constraints.failures(this.values[index]) ?? [];
      for (let failure = 0; failure < failures.length; failure++) this.pend(CONSTRAINT, index, failures[failure]);
    }
    if (before > 0) this.sortPendingByColumn();
  }

  /** Stable insertion sort of the few pending errors of a row by column. */
  private sortPendingByColumn(): void {
    const { pendingKind: kinds, pendingColumn: columns, pendingConstraint: constraints } = this;
    for (let at = 1; at < this.pendingCount; at++) {
      const kind = kinds[at], column = columns[at], constraint = constraints[at];
      let to = at;
      for (; to > 0 && columns[to - 1] > column; to--) {
        kinds[to] = kinds[to - 1];
        columns[to] = columns[to - 1];
        constraints[to] = constraints[to - 1];
      }
      kinds[to] = kind;
      columns[to] = column;
      constraints[to] = constraint;
    }
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
}

/**
 * Contracts between the parts of the validation engine: readers turn bytes into rows,
 * the engine casts and checks them, custom checks (French checks) hook into the engine.
 * Everything here must run in a browser as well as in Node.
 */

export type Locale = 'fr' | 'en';
export type Severity = 'error' | 'warning';
export interface LocalizedText {
  fr: string;
  en: string;
}

// ---------------------------------------------------------------- readers

/** Opens the bytes again from the start: detection reads the whole stream once, parsing a second time. */
export type ByteSourceFactory = () => AsyncIterable<Uint8Array>;

export type SourceFormat = 'csv' | 'xlsx' | 'json' | 'geojson';

export interface DetectedSource {
  format: SourceFormat;
  /** 'utf-8', 'utf-8-sig' (with BOM), 'windows-1252', 'iso-8859-1', 'iso-8859-15'; absent for binary formats. */
  encoding?: string;
  /** ',' ';' '\t' '|' for delimited text. */
  delimiter?: string;
  sheet?: string;
}

export interface SourceStats {
  bytes: number;
  md5: string;
  sha256: string;
}

/** Records in file order: the header is row 1, the first data record row 2, blank records included. */
export interface RowBatch {
  firstRowNumber: number;
  /** Every cell as text ('' when empty); typed inputs (XLSX, JSON) are written in Table Schema's lexical form. */
  rows: string[][];
}

export interface TableSource {
  readonly name: string;
  readonly labels: string[];
  readonly detected: DetectedSource;
  batches(): AsyncIterable<RowBatch>;
  /** Known once batches() has been consumed to the end. */
  stats(): SourceStats;
}

/** Incremental digests; Node supplies its crypto, the browser a pure-JS implementation. */
export interface Hasher {
  update(chunk: Uint8Array): void;
  digestHex(): string;
}
export type HasherFactory = (algorithm: 'md5' | 'sha256') => Hasher;

/**
 * Thrown by the batches() of a source read in one pass (`singlePass`) when the whole stream contradicts what was
 * guessed from its start (encoding, delimiter, line ends): the rows given so far were read wrongly. `reopen()` gives
 * the source read again with what was detected over the whole stream (or throws its SourceError); consumers start over.
 */
export class SourceRevised extends Error {
  constructor(readonly reopen: () => Promise<TableSource>) {
    super('La lecture du fichier reprend : la détection sur tout le fichier contredit celle du début.');
  }
}

/** Thrown by readers when no table can be read: the engine turns it into a file-level error of the report. */
export class SourceError extends Error {
  constructor(
    readonly type: 'encoding-error' | 'format-error' | 'source-error' | 'scheme-error',
    readonly note: string,
  ) {
    super(note);
  }
}

// ---------------------------------------------------------------- errors

/** One kind of error or warning, frictionless-style: a stable kebab-case type and texts in both languages. */
export interface ErrorDefinition {
  type: string;
  title: LocalizedText;
  description: LocalizedText;
  /** Placeholders: {note} {cell} {fieldName} {fieldNumber} {rowNumber} and any key of ErrorPlace.params. */
  template: LocalizedText;
  /** How a producer fixes it, for the human summary. */
  hint: LocalizedText;
  tags: string[];
}

export interface ErrorPlace {
  note: string;
  rowNumber?: number;
  fieldName?: string;
  fieldNumber?: number;
  cell?: string;
  cells?: string[];
  params?: Record<string, string | number>;
}

export interface ReportError {
  type: string;
  title: string;
  description: string;
  message: string;
  note: string;
  tags: string[];
  severity?: Severity;
  rowNumber?: number;
  fieldName?: string;
  fieldNumber?: number;
  cell?: string;
  cells?: string[];
  /** With a mapping: the file's column the schema field came from. */
  sourceColumn?: string;
}

// ---------------------------------------------------------------- custom checks

export interface CheckContext {
  readonly locale: Locale;
  /** Reference date for checks that depend on today (status coherent with dates). */
  readonly now: Date;
  /** Emits an error (default) or a warning at a place; the engine renders the message and applies the caps. */
  emit(definition: ErrorDefinition, place: ErrorPlace, severity?: Severity): void;
}

/** A row after mapping and casting, seen by custom checks. */
export interface RowView {
  readonly rowNumber: number;
  /** The cast value, or null when the cell is missing, empty or failed its type. */
  value(fieldName: string): unknown;
  /** The text of the cell as read (after mapping), '' when empty. */
  raw(fieldName: string): string;
  /** 1-based position of the field in the schema. */
  fieldNumber(fieldName: string): number;
  /** True when the cell passed its type and constraints. */
  isValid(fieldName: string): boolean;
}

/** Start/row/end hooks, as frictionless-py's checks. */
export interface Check {
  validateStart?(context: CheckContext): void;
  validateRow(row: RowView, context: CheckContext): void;
  validateEnd?(context: CheckContext): void;
}

/** A custom check as declared in a schema's `custom_checks`: `{ "name": ..., "params": {...} }`. */
export interface CheckFactory {
  readonly name: string;
  readonly definitions: ErrorDefinition[];
  create(params: Record<string, unknown>): Check;
}

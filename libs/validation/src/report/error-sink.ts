import type { ErrorDefinition, ErrorPlace, Locale, Severity } from '../core/contracts';
import { localize, renderMessage } from '../i18n/render';
import type { EngineReportError } from './types';

/**
 * Collects errors and warnings: counts every one by type, builds the full object only for the first
 * `maxErrors` of each list (past the cap an error costs one counter increment).
 */
export class ErrorSink {
  readonly errors: EngineReportError[] = [];
  readonly warnings: EngineReportError[] = [];
  readonly errorCounts: Record<string, number> = {};
  readonly warningCounts: Record<string, number> = {};
  errorTotal = 0;
  warningTotal = 0;
  truncated = false;

  constructor(
    private readonly maxErrors: number,
    private readonly locale: Locale,
    private readonly sourceColumns: Record<string, string> = {},
  ) {}

  /** Whether the next error would still be kept (lets callers skip building places they would throw away). */
  get accepting(): boolean {
    return this.errors.length < this.maxErrors;
  }

  add(definition: ErrorDefinition, place: ErrorPlace, severity: Severity = 'error', extra?: Partial<EngineReportError>): void {
    const warning = severity === 'warning';
    const counts = warning ? this.warningCounts : this.errorCounts;
    counts[definition.type] = (counts[definition.type] ?? 0) + 1;
    if (warning) this.warningTotal++;
    else this.errorTotal++;
    const list = warning ? this.warnings : this.errors;
    if (list.length >= this.maxErrors) {
      this.truncated = true;
      return;
    }
    list.push(this.build(definition, place, severity, extra));
  }

  private build(definition: ErrorDefinition, place: ErrorPlace, severity: Severity, extra?: Partial<EngineReportError>): EngineReportError {
    const error: EngineReportError = {
      type: definition.type,
      title: localize(definition.title, this.locale),
      description: localize(definition.description, this.locale),
      message: renderMessage(definition, place, this.locale),
      note: place.note,
      tags: definition.tags,
    };
    if (severity === 'warning') error.severity = 'warning';
    if (place.rowNumber !== undefined) error.rowNumber = place.rowNumber;
    if (place.fieldName !== undefined) error.fieldName = place.fieldName;
    if (place.fieldNumber !== undefined) error.fieldNumber = place.fieldNumber;
    if (place.cell !== undefined) error.cell = place.cell;
    if (place.cells !== undefined) error.cells = place.cells;
    const sourceColumn = place.fieldName ? this.sourceColumns[place.fieldName] : undefined;
    if (sourceColumn !== undefined && sourceColumn !== place.fieldName) error.sourceColumn = sourceColumn;
    return extra ? Object.assign(error, extra) : error;
  }

  /** frictionless lists errors in row order; end-of-file errors (foreign keys) are slotted back into place. */
  sortByRow(): void {
    const rowOf = (error: EngineReportError) => error.rowNumber ?? 0;
    for (const list of [this.errors, this.warnings]) {
      const indexed = list.map((error, index) => ({ error, index }));
      indexed.sort((a, b) => rowOf(a.error) - rowOf(b.error) || a.index - b.index);
      indexed.forEach((item, index) => (list[index] = item.error));
    }
  }
}

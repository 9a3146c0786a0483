import type { CheckContext, CheckFactory, ErrorDefinition, ErrorPlace, Locale, RowView, Severity } from '../../src/core/contracts';
import { renderMessage } from '../../src/i18n/render';

export interface Emitted {
  type: string;
  severity: Severity;
  rowNumber?: number;
  fieldName?: string;
  note: string;
  message: string;
  params?: Record<string, string | number>;
}

type Cells = Record<string, unknown>;

/** A row as the engine would show it: `value` is the cast value (null when empty), `raw` its text. */
export function fakeRow(rowNumber: number, raw: Record<string, string>, values: Cells = {}): RowView {
  const fields = Object.keys(raw);
  return {
    rowNumber,
    raw: (name) => raw[name] ?? '',
    value: (name) => (name in values ? values[name] : raw[name] ? raw[name] : null),
    fieldNumber: (name) => fields.indexOf(name) + 1,
    isValid: () => true,
  };
}

/** Runs a check over rows through its start/row/end hooks and collects what it emits, rendered in the given locale. */
export function runCheck(factory: CheckFactory, params: Record<string, unknown>, rows: RowView[], options: { locale?: Locale; now?: Date } = {}): Emitted[] {
  const emitted: Emitted[] = [];
  const locale = options.locale ?? 'fr';
  const context: CheckContext = {
    locale,
    now: options.now ?? new Date('2026-06-15T10:00:00Z'),
    emit(definition: ErrorDefinition, place: ErrorPlace, severity: Severity = 'error') {
      expect(factory.definitions).toContain(definition);
      emitted.push({
        type: definition.type,
        severity,
        rowNumber: place.rowNumber,
        fieldName: place.fieldName,
        note: place.note,
        message: renderMessage(definition, place, locale),
        params: place.params,
      });
    },
  };
  const check = factory.create(params);
  check.validateStart?.(context);
  for (const row of rows) check.validateRow(row, context);
  check.validateEnd?.(context);
  return emitted;
}

/** Every placeholder of every template must be filled: a "{…}" left in a message is a defect. */
export function expectRendered(emitted: Emitted[]): void {
  for (const item of emitted) expect(item.message).not.toMatch(/\{\w+\}/);
}

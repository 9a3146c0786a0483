import type { CheckContext, ErrorDefinition, LocalizedText, RowView, Severity } from '../../core/contracts';

const CELL_TAGS = ['#table', '#row', '#cell'];
const ROW_TAGS = ['#table', '#row'];

export function defineCellError(type: string, texts: Omit<ErrorDefinition, 'type' | 'tags'>): ErrorDefinition {
  return { type, tags: CELL_TAGS, ...texts };
}

export function defineRowError(type: string, texts: Omit<ErrorDefinition, 'type' | 'tags'>): ErrorDefinition {
  return { type, tags: ROW_TAGS, ...texts };
}

/** A note in the report's language: checks build notes only when they emit, never per row. */
export function say(context: CheckContext, text: LocalizedText): string {
  return context.locale === 'en' ? text.en : text.fr;
}

/** Emits at a cell: the field's position and raw text come from the row. */
export function emitAtCell(
  context: CheckContext,
  definition: ErrorDefinition,
  row: RowView,
  fieldName: string,
  note: LocalizedText,
  params?: Record<string, string | number>,
  severity?: Severity,
): void {
  context.emit(
    definition,
    { note: say(context, note), rowNumber: row.rowNumber, fieldName, fieldNumber: row.fieldNumber(fieldName), cell: row.raw(fieldName), params },
    severity,
  );
}

/** A parameter the schema's custom_checks entry must give; a clear French message names the check and the parameter. */
export function requireString(params: Record<string, unknown>, key: string, checkName: string): string {
  const value = params[key];
  if (typeof value !== 'string' || value === '') {
    throw new Error(`Le contrôle « ${checkName} » attend le paramètre « ${key} » (nom de champ, texte non vide).`);
  }
  return value;
}

export function requireStringList(params: Record<string, unknown>, key: string, checkName: string): string[] {
  const value = params[key];
  if (!Array.isArray(value) || value.length === 0 || value.some((item) => typeof item !== 'string' || item === '')) {
    throw new Error(`Le contrôle « ${checkName} » attend le paramètre « ${key} » (liste non vide de noms de champs).`);
  }
  return value as string[];
}

export function requireStringRecord(params: Record<string, unknown>, key: string, checkName: string): Record<string, string> {
  const value = params[key];
  if (typeof value !== 'object' || value === null || Array.isArray(value) || Object.values(value).some((item) => typeof item !== 'string')) {
    throw new Error(`Le contrôle « ${checkName} » attend le paramètre « ${key} » (objet associant chaque code à un texte).`);
  }
  return value as Record<string, string>;
}

const MILLIS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/**
 * Days since 1970-01-01 for what the engine gives a date field (a Date at UTC midnight), or, defensively,
 * epoch milliseconds or an ISO 'YYYY-MM-DD' text; undefined for anything else.
 */
export function dayNumber(value: unknown): number | undefined {
  if (value instanceof Date) {
    const time = value.getTime();
    return Number.isNaN(time) ? undefined : Math.floor(time / MILLIS_PER_DAY);
  }
  if (typeof value === 'number' && Number.isFinite(value)) return Math.floor(value / MILLIS_PER_DAY);
  if (typeof value === 'string') {
    const match = ISO_DATE.exec(value);
    if (match) return Math.floor(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / MILLIS_PER_DAY);
  }
  return undefined;
}

/** Today's date in France (Europe/Paris), as a day number: a site closing "today" is closed for a French reader. */
export function frenchDayNumber(now: Date): number {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  return dayNumber(parts) ?? Math.floor(now.getTime() / MILLIS_PER_DAY);
}

export function isoDateOfDay(day: number): string {
  return new Date(day * MILLIS_PER_DAY).toISOString().slice(0, 10);
}

/** A number from a cast value or, defensively, from text with a decimal point or comma. */
export function numberValue(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Number(value.trim().replace(',', '.'));
    return Number.isFinite(parsed) ? parsed : undefined;
  }
  return undefined;
}

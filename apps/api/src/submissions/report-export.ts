import { findDefinition, type EngineReportError, type Locale, type Report } from '@maillage/validation';

const TEMPLATE_PLACEHOLDER = /\{(\w+)\}/g;

/**
 * The stored report is rendered in French. For another locale, titles, descriptions and messages are rendered again
 * from the error definitions; the `note` (free text written by the check) stays as the engine wrote it.
 */
export function localizeReport(report: Report, locale: Locale): Report {
  if (locale === 'fr') return report;
  const translate = (error: EngineReportError): EngineReportError => {
    const definition = findDefinition(error.type);
    if (!definition) return error;
    const values: Record<string, unknown> = { note: error.note, cell: error.cell, fieldName: error.fieldName, fieldNumber: error.fieldNumber, rowNumber: error.rowNumber };
    const message = definition.template[locale].replace(TEMPLATE_PLACEHOLDER, (whole, key: string) => (values[key] === undefined ? whole : String(values[key])));
    return { ...error, title: definition.title[locale], description: definition.description[locale], message };
  };
  return {
    ...report,
    errors: report.errors.map(translate),
    tasks: report.tasks.map((task) => ({ ...task, errors: task.errors.map(translate), warnings: task.warnings.map(translate) })),
  };
}

const HEADERS: Record<Locale, string[]> = {
  fr: ['ligne', 'champ', 'colonne du fichier', 'numéro de champ', 'type', 'gravité', 'valeur', 'message'],
  en: ['row', 'field', 'file column', 'field number', 'type', 'severity', 'value', 'message'],
};

const SEVERITY: Record<Locale, Record<'error' | 'warning', string>> = {
  fr: { error: 'erreur', warning: 'avertissement' },
  en: { error: 'error', warning: 'warning' },
};

/** Quotes every cell; a leading = + - @ is neutralised so that a spreadsheet never evaluates a producer's value. */
function csvCell(value: unknown): string {
  let text = value === undefined || value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

/** Errors then warnings, in row order, as a `;`-separated UTF-8 CSV with BOM (what French spreadsheet users open). */
export function reportToCsv(report: Report, locale: Locale): string {
  const task = report.tasks[0];
  const rows = [
    ...report.errors.map((error) => ({ error, severity: 'error' as const })),
    ...(task?.errors ?? []).map((error) => ({ error, severity: 'error' as const })),
    ...(task?.warnings ?? []).map((error) => ({ error, severity: 'warning' as const })),
  ];
  const lines = [HEADERS[locale].map(csvCell).join(';')];
  for (const { error, severity } of rows) {
    lines.push(
      [
        error.rowNumber,
        error.fieldName,
        error.sourceColumn ?? error.fieldName,
        error.fieldNumber,
        error.type,
        SEVERITY[locale][error.severity === 'warning' ? 'warning' : severity],
        error.cell,
        error.message,
      ]
        .map(csvCell)
        .join(';'),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

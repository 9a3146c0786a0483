import type { Locale } from '../core/contracts';
import type { Report } from '../report/types';
import { summarize, type SummaryItem } from './summarize';

const fr = {
  valid: (rows: number) => `Le fichier est valide : ${rows} ligne${rows > 1 ? 's' : ''} contrôlée${rows > 1 ? 's' : ''}, aucune erreur.`,
  invalid: (rows: number, errors: number) => `Le fichier contient ${errors} erreur${errors > 1 ? 's' : ''} (${rows} ligne${rows > 1 ? 's' : ''} contrôlée${rows > 1 ? 's' : ''}).`,
  warnings: (count: number) => `${count} avertissement${count > 1 ? 's' : ''} (n'empêche${count > 1 ? 'nt' : ''} pas la publication).`,
  truncated: 'Seules les premières erreurs sont détaillées ; les nombres ci-dessous sont exacts.',
  column: (item: SummaryItem) => (item.fieldName ? ` — colonne « ${item.sourceColumn ?? item.fieldName} »${item.sourceColumn && item.sourceColumn !== item.fieldName ? ` (champ « ${item.fieldName} »)` : ''}` : ''),
  count: (item: SummaryItem) => `${item.count} occurrence${item.count > 1 ? 's' : ''}${item.rows > 0 ? `, ${item.rows} ligne${item.rows > 1 ? 's' : ''}` : ''}`,
  example: (item: SummaryItem) => `Exemple : ${item.example?.message ?? ''}`,
  fix: 'Comment corriger',
  warning: 'Avertissement',
};

const en: typeof fr = {
  valid: (rows) => `The file is valid: ${rows} rows checked, no error.`,
  invalid: (rows, errors) => `The file has ${errors} errors (${rows} rows checked).`,
  warnings: (count) => `${count} warnings (they do not prevent publication).`,
  truncated: 'Only the first errors are detailed; the counts below are exact.',
  column: (item) => (item.fieldName ? ` — column "${item.sourceColumn ?? item.fieldName}"${item.sourceColumn && item.sourceColumn !== item.fieldName ? ` (field "${item.fieldName}")` : ''}` : ''),
  count: (item) => `${item.count} occurrences${item.rows > 0 ? `, ${item.rows} rows` : ''}`,
  example: (item) => `Example: ${item.example?.message ?? ''}`,
  fix: 'How to fix',
  warning: 'Warning',
};

/** Plain text digest of a report (the SFTP .txt report, the CLI). */
export function summarizeText(report: Report, locale: Locale = 'fr'): string {
  const words = locale === 'en' ? en : fr;
  const summary = summarize(report, locale);
  const lines: string[] = [summary.errors === 0 ? words.valid(summary.rows) : words.invalid(summary.rows, summary.errors)];
  if (summary.warnings > 0) lines.push(words.warnings(summary.warnings));
  if (summary.truncated) lines.push(words.truncated);
  for (const item of summary.items) {
    lines.push('');
    lines.push(`${item.severity === 'warning' ? `[${words.warning}] ` : ''}${item.title}${words.column(item)} : ${words.count(item)}`);
    lines.push(`  ${item.description}`);
    lines.push(`  ${words.example(item)}`);
    if (item.hint) lines.push(`  ${words.fix} : ${item.hint}`);
  }
  return lines.join('\n') + '\n';
}

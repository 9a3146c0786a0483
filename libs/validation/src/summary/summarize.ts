import type { Locale } from '../core/contracts';
import { findDefinition } from '../errors/registry';
import { localize, renderTemplate } from '../i18n/render';
import type { EngineReportError, Report } from '../report/types';

/** One line of the digest: one kind of problem in one column. */
export interface SummaryItem {
  type: string;
  severity: 'error' | 'warning';
  title: string;
  /** What is wrong, in a sentence. */
  description: string;
  fieldName?: string;
  /** The file's column when a mapping renamed it. */
  sourceColumn?: string;
  /** Exact number of occurrences (from the counts, beyond the kept list when truncated). */
  count: number;
  /** Distinct rows among the kept errors. */
  rows: number;
  example?: { rowNumber?: number; value?: string; message: string };
  hint: string;
}

export interface Summary {
  valid: boolean;
  rows: number;
  errors: number;
  warnings: number;
  truncated: boolean;
  items: SummaryItem[];
}

function groupKey(error: EngineReportError): string {
  return `${error.severity ?? 'error'}\u0000${error.type}\u0000${error.fieldName ?? ''}`;
}

/**
 * A Validata-style digest for a person: per (type, column), how many, where, one example and how to fix it.
 * When the report was truncated, counts of a type spread over several columns are apportioned to what was kept.
 */
export function summarize(report: Report, locale: Locale = 'fr'): Summary {
  const task = report.tasks[0];
  const items = new Map<string, SummaryItem & { rowSet: Set<number> }>();
  const lists: EngineReportError[] = [...report.errors, ...(task?.errors ?? []), ...(task?.warnings ?? [])];
  for (const error of lists) {
    const key = groupKey(error);
    let item = items.get(key);
    if (!item) {
      const definition = findDefinition(error.type);
      const hint = definition ? renderTemplate(localize(definition.hint, locale), { fieldName: error.fieldName, expected: error.expected ?? '' }) : '';
      item = {
        type: error.type,
        severity: error.severity === 'warning' ? 'warning' : 'error',
        title: error.title,
        description: error.description,
        fieldName: error.fieldName || undefined,
        sourceColumn: error.sourceColumn,
        count: 0,
        rows: 0,
        example: { rowNumber: error.rowNumber, value: error.cell, message: error.message },
        hint,
        rowSet: new Set(),
      };
      items.set(key, item);
    }
    item.count++;
    if (error.rowNumber !== undefined) item.rowSet.add(error.rowNumber);
  }
  if (task?.truncated) scaleToCounts([...items.values()], task.errorCounts, task.warningCounts);
  const result = [...items.values()].map(({ rowSet, ...item }) => ({ ...item, rows: Math.max(rowSet.size, item.rows) }));
  result.sort((a, b) => (a.severity === b.severity ? b.count - a.count : a.severity === 'error' ? -1 : 1));
  return {
    valid: report.valid,
    rows: task?.stats.rows ?? 0,
    errors: report.stats.errors,
    warnings: report.stats.warnings,
    truncated: task?.truncated ?? false,
    items: result,
  };
}

function scaleToCounts(items: (SummaryItem & { rowSet: Set<number> })[], errorCounts: Record<string, number>, warningCounts: Record<string, number>): void {
  for (const [severity, counts] of [['error', errorCounts], ['warning', warningCounts]] as const) {
    for (const [type, total] of Object.entries(counts)) {
      const group = items.filter((item) => item.type === type && item.severity === severity);
      const kept = group.reduce((sum, item) => sum + item.count, 0);
      if (kept === 0 || kept >= total) continue;
      let assigned = 0;
      group.forEach((item, index) => {
        const share = index === group.length - 1 ? total - assigned : Math.round((item.count * total) / kept);
        assigned += share;
        item.count = share;
        item.rows = Math.max(item.rowSet.size, Math.round((item.rowSet.size * total) / kept));
      });
    }
  }
}

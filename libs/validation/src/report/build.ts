import type { TableSource } from '../core/contracts';
import type { ErrorSink } from './error-sink';
import type { Report, ReportTask } from './types';

interface TaskInput {
  source: TableSource;
  sink: ErrorSink;
  rows: number;
  fields: number;
  seconds: number;
}

function sourceStats(source: TableSource) {
  try {
    return source.stats();
  } catch {
    // A source that failed mid-stream has no digest to give.
    return undefined;
  }
}

export function buildReport({ source, sink, rows, fields, seconds }: TaskInput): Report {
  const stats = sourceStats(source);
  const rounded = Math.round(seconds * 1000) / 1000;
  const task: ReportTask = {
    name: source.name,
    type: 'table',
    valid: sink.errorTotal === 0,
    place: source.name,
    labels: [...source.labels],
    stats: {
      errors: sink.errorTotal,
      warnings: sink.warningTotal,
      rows,
      fields,
      ...(stats ? { bytes: stats.bytes, md5: stats.md5, sha256: stats.sha256 } : {}),
      seconds: rounded,
    },
    warnings: sink.warnings,
    errors: sink.errors,
    detected: { ...source.detected },
    errorCounts: sink.errorCounts,
    warningCounts: sink.warningCounts,
    truncated: sink.truncated,
  };
  return {
    valid: task.valid,
    stats: { tasks: 1, errors: task.stats.errors, warnings: task.stats.warnings, seconds: rounded },
    warnings: [],
    errors: [],
    tasks: [task],
  };
}

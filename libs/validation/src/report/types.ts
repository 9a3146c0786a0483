import type { DetectedSource, ReportError } from '../core/contracts';

/** Header errors also carry frictionless's label fields. */
export interface EngineReportError extends ReportError {
  label?: string;
  labels?: string[];
  rowNumbers?: number[];
  /** Type and constraint errors: what the cell should have been, in the report's language (for people and the summary). */
  expected?: string;
}

export interface TaskStats {
  errors: number;
  warnings: number;
  rows: number;
  fields: number;
  bytes?: number;
  md5?: string;
  sha256?: string;
  seconds: number;
}

export interface ReportTask {
  name: string;
  type: 'table';
  valid: boolean;
  place: string;
  labels: string[];
  stats: TaskStats;
  warnings: EngineReportError[];
  errors: EngineReportError[];
  detected: Partial<DetectedSource>;
  /** Exact count per error type, including those beyond the cap. */
  errorCounts: Record<string, number>;
  warningCounts: Record<string, number>;
  /** True when errors (or warnings) were left out of the lists because of maxErrors. */
  truncated: boolean;
}

/** Frictionless v5 report shape. */
export interface Report {
  valid: boolean;
  stats: { tasks: number; errors: number; warnings: number; seconds: number };
  warnings: string[];
  errors: EngineReportError[];
  tasks: ReportTask[];
}

export type { Report, ReportTask, TaskStats, EngineReportError } from './types';

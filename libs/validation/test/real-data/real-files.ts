import * as fs from 'fs';
import * as path from 'path';
import Papa from 'papaparse';
import { validate, type Mapping, type Report, type EngineReportError } from '../../src';
import { frenchChecks } from '../../src/checks/french';
import { openFile } from '../../src/node';

/** The shared folder of real public files sits beside the repository (see its SOURCES.md). */
export const REAL_DATA = path.resolve(__dirname, '../../../../../shared/data/real');
const SCHEMA_DIRECTORY = path.resolve(__dirname, '../../../../schemas/sites-publics/1.0.0');

export const realDataPresent = fs.existsSync(REAL_DATA);

/** describe, or describe.skip saying why: the real files are not part of the repository. */
export function describeWithRealData(name: string, body: () => void): void {
  if (realDataPresent) {
    describe(name, body);
  } else {
    console.warn(`« ${name} » ignoré : dossier des données réelles absent (${REAL_DATA}).`);
    describe.skip(name, body);
  }
}

export function loadMapping(name: string): Mapping {
  return JSON.parse(fs.readFileSync(path.join(SCHEMA_DIRECTORY, 'mappings', `${name}.mapping.json`), 'utf8'));
}

/** The validation date of these tests: the statuses and dates do not move with the calendar. */
export const NOW = new Date('2026-11-25T12:00:00Z');

export interface RealValidation {
  report: Report;
  seconds: number;
  /** Errors and warnings together, each with its severity. */
  all: EngineReportError[];
}

/** Validates a whole real file through its mapping against the shared schema with the French checks, nothing capped. */
export async function validateRealFile(fileName: string, mapping: Mapping): Promise<RealValidation> {
  const schema = JSON.parse(fs.readFileSync(path.join(SCHEMA_DIRECTORY, 'schema.json'), 'utf8'));
  const started = Date.now();
  const source = await openFile(path.join(REAL_DATA, fileName));
  const report = await validate(source, { schema, mapping, checks: frenchChecks, locale: 'fr', now: NOW, maxErrors: 1_000_000 });
  const task = report.tasks[0];
  return {
    report,
    seconds: (Date.now() - started) / 1000,
    all: [...task.errors.map((error) => ({ ...error, severity: 'error' as const })), ...task.warnings.map((warning) => ({ ...warning, severity: 'warning' as const }))],
  };
}

/** The file's records as text, by row number (the header is row 1), read independently of the engine. */
export function readRecords(fileName: string, delimiter: string): Map<number, Record<string, string>> {
  const text = fs.readFileSync(path.join(REAL_DATA, fileName), 'utf8');
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, delimiter, skipEmptyLines: true });
  return new Map(parsed.data.map((record, index) => [index + 2, record]));
}

export function rowsOf(errors: EngineReportError[], type: string | RegExp, fieldName?: string): Set<number> {
  const matches = (candidate: string) => (typeof type === 'string' ? candidate === type : type.test(candidate));
  return new Set(errors.filter((error) => matches(error.type) && (fieldName === undefined || error.fieldName === fieldName)).map((error) => error.rowNumber as number));
}

export function rowsWhere(records: Map<number, Record<string, string>>, predicate: (record: Record<string, string>) => boolean): Set<number> {
  return new Set([...records].filter(([, record]) => predicate(record)).map(([rowNumber]) => rowNumber));
}

export function countsBySeverity(validation: RealValidation): { errors: Record<string, number>; warnings: Record<string, number> } {
  const task = validation.report.tasks[0];
  return { errors: task.errorCounts, warnings: task.warningCounts };
}

/** Every expected row is among the reported ones; lists the missing rows when not. */
export function expectAllReported(expected: Set<number>, reported: Set<number>): void {
  expect([...expected].filter((row) => !reported.has(row))).toEqual([]);
}

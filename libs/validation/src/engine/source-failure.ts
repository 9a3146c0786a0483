import type { Locale, SourceError, TableSource } from '../core/contracts';
import { FILE_ERRORS, sourceError } from '../errors/definitions';
import { ErrorSink } from '../report/error-sink';
import { buildReport } from '../report/build';
import type { Report } from '../report/types';
import { DEFAULT_MAX_ERRORS } from './options';

/** The report of a file no table could be read from (openTable threw): one file-level error. */
export function sourceFailureReport(name: string, error: SourceError, locale: Locale = 'fr'): Report {
  const sink = new ErrorSink(DEFAULT_MAX_ERRORS, locale);
  sink.add(FILE_ERRORS[error.type] ?? sourceError, { note: error.note });
  const source: TableSource = {
    name,
    labels: [],
    detected: {} as TableSource['detected'],
    // eslint-disable-next-line require-yield
    async *batches() {
      return;
    },
    stats: () => {
      throw error;
    },
  };
  return buildReport({ source, sink, rows: 0, fields: 0, seconds: 0 });
}

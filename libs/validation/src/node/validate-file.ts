import { SourceError } from '../core/contracts';
import { validate, sourceFailureReport, type ValidateOptions } from '../engine';
import type { Report } from '../report';
import { openFile, type OpenFileOptions } from './file-source';

export interface ValidateFileOptions extends ValidateOptions {
  /** Reader options: forced encoding, delimiter, sheet, format, name. */
  read?: OpenFileOptions;
}

/**
 * Opens a file on disk with the readers (Node's hashing) and validates it; an unreadable file gives a report too.
 * A CSV file is read in one pass (validate() starts over if the whole file contradicts its start), unless rows are
 * handed out through onRow, which must never see a row twice.
 * Parsing in a worker thread while this one validates was measured (tools/bench) and lost on the shared 2-core
 * machines: packing rows across threads costs more than the overlap gains. What a worker does take is hashing and
 * scanning the bytes (openFile), which hands nothing back but the findings.
 */
export async function validateFile(path: string, options: ValidateFileOptions): Promise<Report> {
  let source;
  try {
    source = await openFile(path, { singlePass: !options.onRow, ...options.read });
  } catch (error) {
    if (error instanceof SourceError) return sourceFailureReport(options.read?.name ?? path.split(/[\\/]/).pop() ?? path, error, options.locale);
    throw error;
  }
  return validate(source, options);
}

import { SourceError, SourceRevised, type ByteSourceFactory, type RowBatch, type SourceStats, type TableSource } from '../core/contracts';
import { CsvParser } from './csv-parser';
import { decideDialect, finishParse, openCsv, parseChunk, readRecords, sameDialect, type CsvDialect, type CsvOptions } from './csv-source';
import { createChunkDecoder, InvalidEncodedText } from './encoding';
import { BATCH_SIZE } from './rows';
import type { StreamFindings, StreamInspectionFactory } from './stream-inspection';
import { TextScanner } from './text-scan';

/** Bytes read before guessing the dialect: the header and the first thousands of records. */
export const GUESS_LENGTH = 1024 * 1024;

export interface SinglePassOptions extends CsvOptions {
  name: string;
}

/** The start of the stream, and the reader of the rest. */
export interface StreamHead {
  chunks: Uint8Array[];
  bytes: Uint8Array;
  rest: AsyncIterator<Uint8Array>;
  ended: boolean;
}

/**
 * A CSV file read in one pass: the dialect guessed from the first megabyte (valid UTF-8, delimiter and line ends
 * from its records), then, while the records are parsed with it, the whole stream is hashed and scanned exactly as
 * the two-pass reading does (by `inspect`, on this thread or beside it). At the end the dialect detected over the
 * whole stream must be the guessed one, else batches() throws SourceRevised (the rows given were read wrongly); bytes
 * that are not the guessed UTF-8 stop the parsing (the inspection goes on to the end). Returns undefined when the
 * start already rules the guess out.
 */
export function openCsvInOnePass(open: ByteSourceFactory, head: StreamHead, options: SinglePassOptions, inspect: StreamInspectionFactory): TableSource | undefined {
  const guess = guessDialect(head.bytes, options);
  if (!guess) return undefined;
  // A guessed encoding is checked as the text is decoded; a forced one reads invalid bytes as U+FFFD.
  const decoder = createChunkDecoder(guess.encoding, { strict: options.encoding === undefined });
  const parser = new CsvParser(guess.delimiter, guess.terminator);
  const records: string[][] = [];
  if (!decodesAsGuessed(() => parseChunk(head.bytes, decoder, parser, records))) return undefined;
  if (head.ended && !decodesAsGuessed(() => finishParse(decoder, parser, records))) return undefined;
  if (records.length === 0 || records[0].length === 0) return undefined;
  const inspection = inspect();
  for (const chunk of head.chunks) inspection.update(chunk);
  const { rest, ended } = head; // the head's bytes are not kept: only the reader of the rest
  const labels = records[0];
  let firstRecords: string[][] | undefined = records.slice(1);
  let digests: SourceStats | undefined;
  let started = false;

  async function* batches(): AsyncGenerator<RowBatch> {
    let pending = firstRecords ?? [];
    firstRecords = undefined;
    let firstRowNumber = 2;
    let parsing = true;
    const batch = (): RowBatch => {
      const result = { firstRowNumber, rows: pending };
      firstRowNumber += pending.length;
      pending = [];
      return result;
    };
    let findings: StreamFindings | undefined;
    try {
      while (!ended) {
        const next = await rest.next();
        if (next.done) break;
        const chunk = next.value;
        if (chunk.length === 0) continue;
        inspection.update(chunk);
        if (!parsing) continue;
        parsing = decodesAsGuessed(() => parseChunk(chunk, decoder, parser, pending));
        if (!parsing) pending = [];
        else if (pending.length >= BATCH_SIZE) yield batch();
      }
      findings = await inspection.finish();
    } finally {
      if (!findings) inspection.abandon();
    }
    digests = findings.digests;
    let verified = false;
    try {
      verified = parsing && sameDialect(decideDialect(findings.scan, options), guess as CsvDialect);
    } catch (error) {
      if (!(error instanceof SourceError)) throw error;
    }
    if (verified && !ended) verified = decodesAsGuessed(() => finishParse(decoder, parser, pending));
    if (!verified) {
      const { scan } = findings;
      const known = digests;
      throw new SourceRevised(async () => openCsv(open, options.name, decideDialect(scan, options), known));
    }
    if (pending.length > 0) yield batch();
  }

  return {
    name: options.name,
    labels,
    detected: { format: 'csv', encoding: guess.encoding, delimiter: guess.delimiter },
    batches: () => {
      // A second reading goes through the verified dialect from the start.
      if (started) return readRecords(open, guess);
      started = true;
      return batches();
    },
    stats: () => {
      if (!digests) throw new Error('Les empreintes du fichier ne sont connues qu’une fois toutes ses lignes lues.');
      return digests;
    },
  };
}

/** Runs a decoding step; false when the bytes are not in the guessed encoding (the records then mean nothing). */
function decodesAsGuessed(step: () => void): boolean {
  try {
    step();
    return true;
  } catch (error) {
    if (error instanceof InvalidEncodedText) return false;
    throw error;
  }
}

/** The dialect of the stream's start, if it is valid UTF-8 (or the encoding is forced) and reads as a table. */
function guessDialect(bytes: Uint8Array, options: CsvOptions): CsvDialect | undefined {
  const scanner = new TextScanner();
  scanner.update(bytes);
  const checkEncoding = options.encoding === undefined;
  if (checkEncoding && !scanner.validUtf8SoFar) return undefined;
  try {
    const scan = scanner.finish();
    // A UTF-8 sequence cut by the head's end must not turn the guess away from UTF-8.
    const dialect = decideDialect(scan, options);
    return checkEncoding ? { ...dialect, encoding: scan.hasUtf8Bom ? 'utf-8-sig' : 'utf-8' } : dialect;
  } catch (error) {
    if (error instanceof SourceError) return undefined;
    throw error;
  }
}

import { SourceError, SourceRevised, type ByteSourceFactory, type RowBatch, type SourceStats, type TableSource } from '../core/contracts';
import { ByteStats } from './byte-stats';
import { CsvParser } from './csv-parser';
import { decideDialect, finishParse, openCsv, parseChunk, readRecords, sameDialect, type CsvDialect, type CsvOptions } from './csv-source';
import { createChunkDecoder } from './encoding';
import { BATCH_SIZE } from './rows';
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
 * the two-pass reading does. At the end the dialect detected over the whole stream must be the guessed one, else
 * batches() throws SourceRevised (the rows given were read wrongly); invalid UTF-8 met on the way stops the parsing
 * (the scan goes on to the end). Returns undefined when the start already rules the guess out.
 */
export function openCsvInOnePass(open: ByteSourceFactory, head: StreamHead, options: SinglePassOptions, stats: ByteStats): TableSource | undefined {
  const guess = guessDialect(head.bytes, options);
  if (!guess) return undefined;
  const decoder = createChunkDecoder(guess.encoding);
  const parser = new CsvParser(guess.delimiter, guess.terminator);
  const records: string[][] = [];
  parseChunk(head.bytes, decoder, parser, records);
  if (head.ended) finishParse(decoder, parser, records);
  if (records.length === 0 || records[0].length === 0) return undefined;
  const scanner = new TextScanner();
  for (const chunk of head.chunks) {
    stats.update(chunk);
    scanner.update(chunk);
  }
  const { rest, ended } = head; // the head's bytes are not kept: only the reader of the rest
  const labels = records[0];
  let firstRecords: string[][] | undefined = records.slice(1);
  const checkEncoding = options.encoding === undefined;
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
    try {
      while (!ended) {
        const next = await rest.next();
        if (next.done) break;
        const chunk = next.value;
        if (chunk.length === 0) continue;
        stats.update(chunk);
        scanner.update(chunk);
        if (!parsing) continue;
        if (checkEncoding && !scanner.validUtf8SoFar) {
          parsing = false;
          pending = [];
          continue;
        }
        parseChunk(chunk, decoder, parser, pending);
        if (pending.length >= BATCH_SIZE) yield batch();
      }
    } finally {
      digests = stats.finish();
    }
    const scan = scanner.finish();
    let verified = false;
    try {
      verified = parsing && sameDialect(decideDialect(scan, options), guess as CsvDialect);
    } catch (error) {
      if (!(error instanceof SourceError)) throw error;
    }
    if (!verified) {
      const known = digests;
      throw new SourceRevised(async () => openCsv(open, options.name, decideDialect(scan, options), known));
    }
    if (!ended) finishParse(decoder, parser, pending);
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

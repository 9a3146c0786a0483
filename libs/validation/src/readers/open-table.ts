import { SourceError, type ByteSourceFactory, type HasherFactory, type SourceFormat, type TableSource } from '../core/contracts';
import { ByteStats } from './byte-stats';
import { decideDialect, openCsv } from './csv-source';
import { chooseEncoding, createChunkDecoder } from './encoding';
import { formatFromName, SNIFF_LENGTH, sniffFormat } from './format';
import { openJson } from './json-source';
import { GUESS_LENGTH, openCsvInOnePass, type StreamHead } from './single-pass';
import { inspectOnThisThread, type StreamInspectionFactory } from './stream-inspection';
import { TextScanner } from './text-scan';
import { openXlsx } from './xlsx-source';

export interface OpenTableOptions {
  /** The file name as the producer gave it: its extension hints the format. */
  name: string;
  format?: SourceFormat;
  /** Forces the encoding of a text file instead of detecting it. */
  encoding?: string;
  /** Forces the CSV delimiter instead of detecting it. */
  delimiter?: string;
  /** XLSX: the sheet to read instead of the first one. */
  sheet?: string;
  hasher: HasherFactory;
  /**
   * Reads a CSV file in one pass, parsing with the dialect guessed from its start while the whole stream is hashed
   * and scanned; batches() then throws SourceRevised if the whole stream says otherwise (see single-pass.ts). Only
   * for consumers that can start over (validate() does); without it, a first pass detects before any row is given.
   */
  singlePass?: boolean;
  /** How a one-pass reading hashes and scans the stream: by default on this thread, with `hasher`. */
  inspection?: StreamInspectionFactory;
}

interface FirstPass {
  format: SourceFormat;
  scanner: TextScanner;
  /** The bytes of formats parsed in memory (XLSX, JSON); empty for CSV. */
  kept: Uint8Array[];
}

/**
 * Opens a table from bytes. A first pass over the whole stream hashes it and gathers what decides the encoding and
 * the delimiter (text) or keeps the bytes (XLSX, JSON, which are parsed in memory); CSV records are parsed by a
 * second pass when batches() is iterated, or during the first with `singlePass`. Throws SourceError when no table
 * can be read.
 */
export async function openTable(open: ByteSourceFactory, options: OpenTableOptions): Promise<TableSource> {
  if (!options.singlePass) return openInTwoPasses(open, open(), options);
  const head = await readHead(open());
  const format = head.bytes.length === 0 ? undefined : sniffFormat(head.bytes.subarray(0, SNIFF_LENGTH), options.format ?? formatFromName(options.name), options.format !== undefined);
  if (format === 'csv') {
    const source = openCsvInOnePass(open, head, options, options.inspection ?? (() => inspectOnThisThread(options.hasher)));
    if (source) return source;
  }
  return openInTwoPasses(open, resume(head), options);
}

async function readHead(stream: AsyncIterable<Uint8Array>): Promise<StreamHead> {
  const rest = stream[Symbol.asyncIterator]();
  const chunks: Uint8Array[] = [];
  let length = 0;
  let ended = false;
  while (length < GUESS_LENGTH) {
    const next = await rest.next();
    if (next.done) {
      ended = true;
      break;
    }
    if (next.value.length === 0) continue;
    chunks.push(next.value);
    length += next.value.length;
  }
  return { chunks, bytes: concatenate(chunks, length), rest, ended };
}

/** The head's chunks, then the rest of the stream. */
async function* resume(head: StreamHead): AsyncGenerator<Uint8Array> {
  yield* head.chunks;
  if (head.ended) return;
  for (let next = await head.rest.next(); !next.done; next = await head.rest.next()) yield next.value;
}

async function openInTwoPasses(open: ByteSourceFactory, chunks: AsyncIterable<Uint8Array>, options: OpenTableOptions): Promise<TableSource> {
  const stats = new ByteStats(options.hasher);
  let pass: FirstPass;
  try {
    pass = await firstPass(chunks, options, stats);
  } finally {
    stats.finish();
  }
  const digests = stats.finish();
  if (digests.bytes === 0) throw new SourceError('source-error', 'Le fichier est vide (0 octet).');
  const { format, scanner, kept } = pass;
  if (format === 'csv') return openCsv(open, options.name, decideDialect(scanner.finish(), options), digests);
  const bytes = concatenate(kept, digests.bytes);
  if (format === 'xlsx') return openXlsx(options.name, bytes, options.sheet, digests);
  const encoding = chooseEncoding(scanner.finish());
  const text = createChunkDecoder(encoding).decode(bytes, true);
  if (text.trim() === '') throw new SourceError('source-error', 'Le fichier ne contient aucune donnée : seulement des espaces ou des lignes vides.');
  return openJson(options.name, text, format, encoding, digests);
}

/** Reads the whole stream once: digests, the format from the first bytes, then the text scan or the kept bytes. */
async function firstPass(chunks: AsyncIterable<Uint8Array>, options: OpenTableOptions, stats: ByteStats): Promise<FirstPass> {
  const fromName = options.format ?? formatFromName(options.name);
  const forced = options.format !== undefined;
  const scanner = new TextScanner();
  const kept: Uint8Array[] = [];
  const head: Uint8Array[] = [];
  let headLength = 0;
  let format: SourceFormat | undefined;
  const consume = (chunk: Uint8Array) => {
    if (format !== 'xlsx') scanner.update(chunk);
    if (format !== 'csv') kept.push(chunk);
  };
  for await (const chunk of chunks) {
    if (chunk.length === 0) continue;
    stats.update(chunk);
    if (format) {
      consume(chunk);
      continue;
    }
    head.push(chunk);
    headLength += chunk.length;
    if (headLength >= SNIFF_LENGTH) {
      format = sniffFormat(concatenate(head, headLength), fromName, forced);
      head.forEach(consume);
    }
  }
  if (!format) {
    format = headLength === 0 ? (fromName ?? 'csv') : sniffFormat(concatenate(head, headLength), fromName, forced);
    head.forEach(consume);
  }
  return { format, scanner, kept };
}

function concatenate(chunks: Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

import { isMainThread, parentPort, Worker, workerData } from 'worker_threads';
import { SourceError, type DetectedSource, type RowBatch, type SourceStats, type TableSource } from '../core/contracts';
import { validate, sourceFailureReport, type ValidateOptions } from '../engine';
import type { Report } from '../report';
import { openFile, type OpenFileOptions } from './file-source';

export interface ValidateFileOptions extends ValidateOptions {
  /** Reader options: forced encoding, delimiter, sheet, format, name. */
  read?: OpenFileOptions;
  /**
   * Reads and parses the file in a worker thread while this thread validates (two cores). `true` works from
   * compiled JavaScript; code run as TypeScript must name the module that teaches Node to load it (`preload`).
   */
  parallel?: boolean | { preload: string };
}

/** Opens a file on disk with the readers (Node's hashing) and validates it; an unreadable file gives a report too. */
export async function validateFile(path: string, options: ValidateFileOptions): Promise<Report> {
  let source: TableSource;
  try {
    source = options.parallel ? await openInWorker(path, options.read, options.parallel) : await openFile(path, options.read);
  } catch (error) {
    if (error instanceof SourceError) return sourceFailureReport(options.read?.name ?? path.split(/[\\/]/).pop() ?? path, error, options.locale);
    throw error;
  }
  return validate(source, options);
}

// ------------------------------------------------------------------ reading in a worker thread

/** Batches cross threads as one string and two typed arrays (transferred): far cheaper to clone than arrays of strings. */
interface PackedBatch {
  firstRowNumber: number;
  text: string;
  cellLengths: Uint32Array;
  rowWidths: Uint32Array;
}

type WorkerMessage =
  | { kind: 'open'; name: string; labels: string[]; detected: DetectedSource }
  | ({ kind: 'batch' } & PackedBatch)
  | { kind: 'end'; stats: SourceStats }
  | { kind: 'source-error'; type: SourceError['type']; note: string }
  | { kind: 'failure'; message: string };

const WORKER_MARK = 'maillage-validation-reader';
/** Batches the reader may run ahead of the validation: bounds the memory held in the message queue. */
const IN_FLIGHT = 4;

function pack(batch: RowBatch): PackedBatch {
  let cells = 0;
  for (const row of batch.rows) cells += row.length;
  const cellLengths = new Uint32Array(cells);
  const rowWidths = new Uint32Array(batch.rows.length);
  const parts = new Array<string>(cells);
  let cell = 0;
  for (let index = 0; index < batch.rows.length; index++) {
    const row = batch.rows[index];
    rowWidths[index] = row.length;
    for (const text of row) {
      cellLengths[cell] = text.length;
      parts[cell++] = text;
    }
  }
  return { firstRowNumber: batch.firstRowNumber, text: parts.join(''), cellLengths, rowWidths };
}

function unpack({ firstRowNumber, text, cellLengths, rowWidths }: PackedBatch): RowBatch {
  const rows = new Array<string[]>(rowWidths.length);
  let offset = 0;
  let cell = 0;
  for (let index = 0; index < rowWidths.length; index++) {
    const row = new Array<string>(rowWidths[index]);
    for (let column = 0; column < row.length; column++) {
      const length = cellLengths[cell++];
      row[column] = text.substring(offset, offset + length);
      offset += length;
    }
    rows[index] = row;
  }
  return { firstRowNumber, rows };
}

async function runReader(path: string, read: OpenFileOptions | undefined): Promise<void> {
  const port = parentPort;
  if (port === null) return;
  let credits = IN_FLIGHT;
  let wake: (() => void) | null = null;
  port.on('message', () => {
    credits++;
    wake?.();
  });
  try {
    const source = await openFile(path, read);
    port.postMessage({ kind: 'open', name: source.name, labels: source.labels, detected: source.detected } satisfies WorkerMessage);
    for await (const batch of source.batches()) {
      while (credits === 0) await new Promise<void>((resolve) => (wake = resolve));
      wake = null;
      credits--;
      const packed = pack(batch);
      port.postMessage({ kind: 'batch', ...packed } satisfies WorkerMessage, [packed.cellLengths.buffer as ArrayBuffer, packed.rowWidths.buffer as ArrayBuffer]);
    }
    port.postMessage({ kind: 'end', stats: source.stats() } satisfies WorkerMessage);
  } catch (error) {
    port.postMessage(
      (error instanceof SourceError ? { kind: 'source-error', type: error.type, note: error.note } : { kind: 'failure', message: (error as Error)?.stack ?? String(error) }) satisfies WorkerMessage,
    );
  }
  port.close();
}

if (!isMainThread && workerData?.mark === WORKER_MARK) void runReader(workerData.path, workerData.read);

/** A queue of the worker's messages that async code can wait on. */
class Inbox {
  private readonly messages: WorkerMessage[] = [];
  private waiting: ((message: WorkerMessage) => void) | null = null;

  push(message: WorkerMessage): void {
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = null;
      resolve(message);
    } else {
      this.messages.push(message);
    }
  }

  next(): Promise<WorkerMessage> {
    const message = this.messages.shift();
    return message ? Promise.resolve(message) : new Promise((resolve) => (this.waiting = resolve));
  }
}

function fail(message: WorkerMessage): never {
  if (message.kind === 'source-error') throw new SourceError(message.type, message.note);
  throw new Error(message.kind === 'failure' ? `Lecture du fichier en tâche de fond : ${message.message}` : `Message inattendu du lecteur : ${message.kind}`);
}

async function openInWorker(path: string, read: OpenFileOptions | undefined, parallel: true | { preload: string }): Promise<TableSource> {
  const preload = parallel === true ? undefined : parallel.preload;
  if (__filename.endsWith('.ts') && preload === undefined) return openFile(path, read);
  const { hasher: _hasher, ...transferable } = read ?? {};
  const code = `${preload ? `require(${JSON.stringify(preload)});` : ''}require(${JSON.stringify(__filename)});`;
  const worker = new Worker(code, { eval: true, workerData: { mark: WORKER_MARK, path, read: transferable } });
  const inbox = new Inbox();
  worker.on('message', (message: WorkerMessage) => inbox.push(message));
  worker.on('error', (error) => inbox.push({ kind: 'failure', message: error.stack ?? error.message }));
  const opened = await inbox.next();
  if (opened.kind !== 'open') {
    await worker.terminate();
    fail(opened);
  }
  let stats: SourceStats | null = null;
  return {
    name: opened.name,
    labels: opened.labels,
    detected: opened.detected,
    async *batches() {
      try {
        for (;;) {
          const message = await inbox.next();
          if (message.kind === 'end') {
            stats = message.stats;
            return;
          }
          if (message.kind !== 'batch') fail(message);
          worker.postMessage('next');
          yield unpack(message);
        }
      } finally {
        await worker.terminate();
      }
    },
    stats() {
      if (stats === null) throw new Error('Statistiques du fichier connues seulement après la lecture complète.');
      return stats;
    },
  };
}

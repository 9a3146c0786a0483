import type { ByteSourceFactory, RowBatch, TableSource } from '../../src/core/contracts';
import { nodeHasher } from '../../src/node';
import { openTable, type OpenTableOptions } from '../../src/readers';

/** The bytes as a re-openable stream cut in chunks of `chunkSize`, to exercise every chunk boundary. */
export function bytesSource(bytes: Uint8Array, chunkSize = 1024 * 1024): ByteSourceFactory {
  return async function* () {
    for (let start = 0; start < bytes.length; start += chunkSize) yield bytes.subarray(start, start + chunkSize);
  };
}

export function latin1Bytes(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'latin1'));
}

export function utf8Bytes(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

export function open(bytes: Uint8Array, options: Partial<OpenTableOptions> & { chunkSize?: number } = {}): Promise<TableSource> {
  const { chunkSize, ...rest } = options;
  return openTable(bytesSource(bytes, chunkSize), { name: 'sites.csv', hasher: nodeHasher, ...rest });
}

export async function allBatches(source: TableSource): Promise<RowBatch[]> {
  const batches: RowBatch[] = [];
  for await (const batch of source.batches()) batches.push(batch);
  return batches;
}

/** Every record after the header, in order. */
export async function allRows(source: TableSource): Promise<string[][]> {
  return (await allBatches(source)).flatMap((batch) => batch.rows);
}

/** Rows keyed by their row number, to check numbering. */
export async function numberedRows(source: TableSource): Promise<Map<number, string[]>> {
  const rows = new Map<number, string[]>();
  for (const batch of await allBatches(source)) batch.rows.forEach((row, index) => rows.set(batch.firstRowNumber + index, row));
  return rows;
}

import type { RowBatch } from '../core/contracts';

/** Rows per batch: enough to amortise the engine's per-batch work, few enough to die young in the garbage collector. */
export const BATCH_SIZE = 1024;

/** Batches over rows already in memory (XLSX, JSON), numbered from `firstRowNumber`. */
export async function* batchesOf(rows: string[][], firstRowNumber: number): AsyncGenerator<RowBatch> {
  for (let start = 0; start < rows.length; start += BATCH_SIZE) {
    yield { firstRowNumber: firstRowNumber + start, rows: rows.slice(start, start + BATCH_SIZE) };
  }
}

/** Drops the empty cells at the end of a row: a row with nothing left is a blank record. */
export function trimTrailingEmpty(cells: string[]): string[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === '') end--;
  return end === cells.length ? cells : cells.slice(0, end);
}

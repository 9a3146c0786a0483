import type { RowBatch, TableSource } from '../../src/core/contracts';

/** Splits CSV text into records (RFC 4180 quotes, "," or another delimiter); an empty line is an empty record. */
export function parseCsv(text: string, delimiter = ','): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  let started = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') { cell += '"'; index++; }
      else if (char === '"') quoted = false;
      else cell += char;
      continue;
    }
    if (char === '"') { quoted = true; started = true; }
    else if (char === delimiter) { record.push(cell); cell = ''; started = true; }
    else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index++;
      if (started || cell !== '') record.push(cell);
      records.push(record);
      record = []; cell = ''; started = false;
    } else { cell += char; started = true; }
  }
  if (started || cell !== '') { record.push(cell); records.push(record); }
  return records;
}

/** A TableSource over CSV text, in batches of `batchSize` records (row numbers as a reader gives them: header = 1). */
export function memorySource(csv: string, options: { name?: string; batchSize?: number; delimiter?: string } = {}): TableSource {
  const records = parseCsv(csv, options.delimiter);
  const [labels = [], ...rows] = records;
  const batchSize = options.batchSize ?? 2;
  const bytes = new TextEncoder().encode(csv).length;
  return {
    name: options.name ?? 'memory.csv',
    labels,
    detected: { format: 'csv', encoding: 'utf-8', delimiter: options.delimiter ?? ',' },
    async *batches(): AsyncIterable<RowBatch> {
      for (let start = 0; start < rows.length; start += batchSize) {
        yield { firstRowNumber: start + 2, rows: rows.slice(start, start + batchSize) };
      }
    },
    stats: () => ({ bytes, md5: '', sha256: '' }),
  };
}

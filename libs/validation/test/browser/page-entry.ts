// What the browser proof runs in the page: the public API only, as the web app imports it.
import { browserHasher, frenchChecks, openTable, validate } from '../../src';
import type { ByteSourceFactory } from '../../src';

/** A File as the readers want it: re-openable, read through file.stream(). */
function fileSource(file: File): ByteSourceFactory {
  return async function* () {
    const reader = file.stream().getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  };
}

async function validateFile(file: File, schema: object, now: string) {
  const source = await openTable(fileSource(file), { name: file.name, hasher: browserHasher });
  const report = await validate(source, { schema, checks: frenchChecks, now: new Date(now) });
  return { labels: source.labels, detected: source.detected, stats: source.stats(), report };
}

async function readFile(file: File) {
  const source = await openTable(fileSource(file), { name: file.name, hasher: browserHasher });
  const rows: string[][] = [];
  for await (const batch of source.batches()) rows.push(...batch.rows);
  return { labels: source.labels, detected: source.detected, rows, stats: source.stats() };
}

Object.assign(globalThis, { maillage: { validateFile, readFile } });

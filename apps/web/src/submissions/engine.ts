/**
 * The validation engine and its French reference data (about 16 MB of territories) are loaded on demand, when a
 * producer drops a file: the first screen of the app stays light.
 */
import type { ByteSourceFactory, Mapping, Report, TableSource } from '@maillage/validation';

export type Engine = typeof import('@maillage/validation');

let engine: Promise<Engine> | null = null;
let schema: Promise<SchemaDescriptor> | null = null;

export interface SchemaField {
  name: string;
  title?: string;
  description?: string;
  type?: string;
  constraints?: { required?: boolean; enum?: string[] };
}

export interface SchemaDescriptor {
  fields: SchemaField[];
}

export function loadEngine(): Promise<Engine> {
  engine ??= import('@maillage/validation');
  return engine;
}

/** The schema `sites-publics` 1.0.0, the version every dataset is bound to so far. */
export function loadSchema(): Promise<SchemaDescriptor> {
  schema ??= import('@maillage-schemas/sites-publics/1.0.0/schema.json').then((module) => (module.default ?? module) as unknown as SchemaDescriptor);
  return schema;
}

/** A File or Blob as the readers want it: re-openable, read through stream(). */
export function blobSource(blob: Blob): ByteSourceFactory {
  return async function* () {
    const reader = blob.stream().getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  };
}

export async function openFile(file: Blob, name: string): Promise<TableSource> {
  const { openTable, browserHasher } = await loadEngine();
  return openTable(blobSource(file), { name, hasher: browserHasher });
}

export async function validateInBrowser(file: Blob, name: string, mapping: Mapping | undefined, maxErrors = 200): Promise<Report> {
  const [{ validate, frenchChecks }, descriptor, source] = await Promise.all([loadEngine(), loadSchema(), openFile(file, name)]);
  return validate(source, { schema: descriptor, mapping, checks: frenchChecks, maxErrors, now: new Date() });
}

export async function readRows(file: Blob, name: string): Promise<{ labels: string[]; rows: string[][] }> {
  const source = await openFile(file, name);
  const rows: string[][] = [];
  for await (const batch of source.batches()) rows.push(...batch.rows);
  return { labels: source.labels, rows };
}

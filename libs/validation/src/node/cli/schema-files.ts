import { existsSync, readFileSync, statSync } from 'fs';
import { dirname, join, resolve } from 'path';
import { UsageError } from './usage';

interface Catalog {
  schemas: Array<{ name: string; latest: string; path: string }>;
}

/** The repository's schemas/ folder, found upwards from this file (the CLI runs from the sources). */
function schemasFolder(): string {
  for (let folder = __dirname; ; folder = dirname(folder)) {
    if (existsSync(join(folder, 'schemas', 'catalog.json'))) return join(folder, 'schemas');
    if (dirname(folder) === folder) throw new UsageError('Catalogue des schémas (schemas/catalog.json) introuvable : indiquez --schema <schema.json>.');
  }
}

/** The shared schema's latest version, as listed first in schemas/catalog.json. */
export function defaultSchemaPath(): string {
  const folder = schemasFolder();
  const catalog = readJson(join(folder, 'catalog.json'), 'catalogue des schémas') as Catalog;
  const entry = catalog.schemas?.[0];
  if (!entry?.path) throw new UsageError('Le catalogue des schémas (schemas/catalog.json) ne liste aucun schéma.');
  return join(folder, entry.path);
}

/** Reads a JSON file the user pointed to; any problem is a usage error naming the file. */
export function readJson(path: string, what: string): unknown {
  const text = readText(path, what);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`Le ${what} ${path} n'est pas du JSON valide : ${(error as Error).message}`);
  }
}

export function readText(path: string, what: string): string {
  assertReadableFile(path, what);
  return readFileSync(path, 'utf8');
}

export function assertReadableFile(path: string, what: string): void {
  const absolute = resolve(path);
  if (!existsSync(absolute)) throw new UsageError(`Fichier introuvable (${what}) : ${path}`);
  if (!statSync(absolute).isFile()) throw new UsageError(`${path} n'est pas un fichier (${what}).`);
}

import fs from 'fs';
import path from 'path';

/** `.ts` under Jest, `.js` once compiled: the loaders only pick files of the kind currently running. */
const RUNTIME_EXTENSION = path.extname(__filename);

function isRuntimeFile(name: string, suffix: string): boolean {
  return name.endsWith(`${suffix}${RUNTIME_EXTENSION}`) && !name.endsWith(`.d${RUNTIME_EXTENSION}`) && !name.includes('.spec.');
}

function listFiles(directory: string, suffix: string, recursive: boolean): string[] {
  if (!fs.existsSync(directory)) return [];
  const found: string[] = [];
  for (const entry of fs.readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory() && recursive && entry.name !== 'node_modules') found.push(...listFiles(full, suffix, true));
    else if (entry.isFile() && isRuntimeFile(entry.name, suffix)) found.push(full);
  }
  return found.sort();
}

export type ExportedClass = new (...args: any[]) => unknown;

function exportedClasses(file: string): ExportedClass[] {
  const moduleExports = require(file) as Record<string, unknown>;
  return Object.values(moduleExports).filter((value): value is ExportedClass => typeof value === 'function');
}

const SOURCE_ROOT = path.resolve(__dirname, '..');

/**
 * Every `*.entity.ts` class under apps/api/src, so that a bounded context adds a table by adding an entity file:
 * the application, the migration generator and the "migrations are up to date" test all see the same list.
 */
export function loadEntityClasses(): ExportedClass[] {
  return listFiles(SOURCE_ROOT, '.entity', true).flatMap(exportedClasses);
}

export function loadMigrationClasses(dialect: 'sqlite' | 'postgres'): ExportedClass[] {
  return listFiles(path.join(__dirname, 'migrations', dialect), '', false).flatMap(exportedClasses);
}

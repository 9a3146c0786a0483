import fs from 'fs';
import path from 'path';

export interface CatalogVersion {
  version: string;
  path: string | null;
}

export interface CatalogSchema {
  name: string;
  title: string | null;
  description: string | null;
  latestVersion: string;
  versions: CatalogVersion[];
}

/** Orders « 1.10.0 » after « 1.9.2 »; pre-release suffixes sort before their release. */
export function compareVersions(left: string, right: string): number {
  const parse = (version: string) => {
    const [core, pre] = version.split('-', 2);
    return { parts: core.split('.').map((part) => Number.parseInt(part, 10) || 0), pre };
  };
  const a = parse(left);
  const b = parse(right);
  for (let index = 0; index < Math.max(a.parts.length, b.parts.length); index += 1) {
    const difference = (a.parts[index] ?? 0) - (b.parts[index] ?? 0);
    if (difference !== 0) return difference;
  }
  if (a.pre === b.pre) return 0;
  if (a.pre === undefined) return 1;
  if (b.pre === undefined) return -1;
  return a.pre.localeCompare(b.pre);
}

type RawEntry = Record<string, unknown>;

function asVersion(raw: unknown): CatalogVersion | null {
  if (typeof raw === 'string') return { version: raw, path: null };
  if (raw && typeof raw === 'object' && typeof (raw as RawEntry).version === 'string') {
    const entry = raw as RawEntry;
    return { version: entry.version as string, path: typeof entry.path === 'string' ? entry.path : null };
  }
  return null;
}

function readSchemaFile(schemasDirectory: string, relativePath: string | null): RawEntry | null {
  if (!relativePath) return null;
  const file = path.join(schemasDirectory, relativePath);
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as RawEntry) : null;
}

function conventionalPath(schemasDirectory: string, name: string, version: string): string | null {
  const relative = `${name}/${version}/schema.json`;
  return fs.existsSync(path.join(schemasDirectory, relative)) ? relative : null;
}

/** Title and description come from the catalog entry, else from the latest version's schema.json. */
function normalizeSchema(schemasDirectory: string, name: string, raw: RawEntry): CatalogSchema | null {
  const versions = (Array.isArray(raw.versions) ? raw.versions : [])
    .map(asVersion)
    .filter((version): version is CatalogVersion => version !== null)
    .map((version) => ({ ...version, path: version.path ?? conventionalPath(schemasDirectory, name, version.version) }))
    .sort((a, b) => compareVersions(a.version, b.version));
  const declaredLatest = typeof raw.latest === 'string' ? raw.latest : typeof raw.latestVersion === 'string' ? raw.latestVersion : undefined;
  const latestVersion = declaredLatest ?? versions[versions.length - 1]?.version;
  if (!latestVersion) return null;
  const needsSchemaFile = typeof raw.title !== 'string' || typeof raw.description !== 'string';
  const latest = needsSchemaFile ? readSchemaFile(schemasDirectory, versions.find((version) => version.version === latestVersion)?.path ?? null) : null;
  const text = (key: 'title' | 'description') => (typeof raw[key] === 'string' ? raw[key] : typeof latest?.[key] === 'string' ? latest[key] : null) as string | null;
  return { name, title: text('title'), description: text('description'), latestVersion, versions };
}

/**
 * Reads `catalog.json` (written by tools/schema/generate.js): either `{ schemas: [...] }`, a bare array, or an object
 * keyed by schema name, each entry listing its versions. Returns null when the file does not exist.
 */
export function readCatalogFile(schemasDirectory: string): CatalogSchema[] | null {
  const file = path.join(schemasDirectory, 'catalog.json');
  if (!fs.existsSync(file)) return null;
  const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
  const container = parsed && typeof parsed === 'object' && !Array.isArray(parsed) && 'schemas' in parsed ? (parsed as RawEntry).schemas : parsed;
  const entries: [string, RawEntry][] = Array.isArray(container)
    ? (container as RawEntry[]).map((entry) => [String(entry.name), entry])
    : Object.entries((container ?? {}) as Record<string, RawEntry>).map(([name, entry]) => [typeof entry.name === 'string' ? entry.name : name, entry]);
  return entries.map(([name, entry]) => normalizeSchema(schemasDirectory, name, entry)).filter((schema): schema is CatalogSchema => schema !== null);
}

/** Without a catalog file, the folders themselves (`<name>/<version>/schema.json`) are the catalog. */
export function scanSchemaFolders(schemasDirectory: string): CatalogSchema[] {
  if (!fs.existsSync(schemasDirectory)) return [];
  const schemas: CatalogSchema[] = [];
  for (const name of fs.readdirSync(schemasDirectory).sort()) {
    const schemaDirectory = path.join(schemasDirectory, name);
    if (!fs.statSync(schemaDirectory).isDirectory()) continue;
    const versions = fs
      .readdirSync(schemaDirectory)
      .filter((version) => fs.existsSync(path.join(schemaDirectory, version, 'schema.json')))
      .sort(compareVersions);
    if (versions.length === 0) continue;
    const latest = JSON.parse(fs.readFileSync(path.join(schemaDirectory, versions[versions.length - 1], 'schema.json'), 'utf8')) as RawEntry;
    schemas.push({
      name,
      title: typeof latest.title === 'string' ? latest.title : null,
      description: typeof latest.description === 'string' ? latest.description : null,
      latestVersion: versions[versions.length - 1],
      versions: versions.map((version) => ({ version, path: `${name}/${version}/schema.json` })),
    });
  }
  return schemas;
}

/**
 * The tree an SFTP account sees: `/`, `/<dataset-slug>/`, `/<dataset-slug>/{inbox,reports,archive}/<name>`. Paths
 * are parsed here and nowhere else; whatever does not fit this tree is refused before any lookup.
 */
export const FOLDERS = ['inbox', 'reports', 'archive'] as const;
export type Folder = (typeof FOLDERS)[number];

export type VirtualPath =
  | { kind: 'root' }
  | { kind: 'dataset'; slug: string }
  | { kind: 'folder'; slug: string; folder: Folder }
  | { kind: 'file'; slug: string; folder: Folder; name: string };

export const MAX_NAME_BYTES = 255;
export const MAX_PATH_BYTES = 1024;

/** Control characters (C0, DEL, C1), the Windows-reserved `\ : * ? " < > |`, and U+FFFD (bytes that were not UTF-8). */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses
const FORBIDDEN_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\\:*?"<>|\ufffd]/;

export class PathRefusedError extends Error {}

function refuse(message: string): never {
  throw new PathRefusedError(message);
}

/** Splits and checks a path; `..` is refused outright, `.` and repeated slashes are ignored. Relative paths start at `/`. */
export function parseVirtualPath(raw: string): VirtualPath {
  const segments = checkedSegments(raw);
  if (segments.includes('..')) refuse('Chemin refusé : « .. » n’est pas autorisé, indiquez un chemin depuis la racine (ex. /mon-jeu/inbox/fichier.csv)');
  return toVirtualPath(segments);
}

/** For REALPATH only: resolves `.` and `..` (never above `/`) into the canonical absolute path. */
export function canonicalPath(raw: string): string {
  const resolved: string[] = [];
  for (const segment of checkedSegments(raw)) {
    if (segment !== '..') resolved.push(segment);
    else if (resolved.pop() === undefined) refuse('Chemin refusé : impossible de remonter au-dessus de la racine');
  }
  toVirtualPath(resolved);
  return `/${resolved.join('/')}`;
}

function checkedSegments(raw: string): string[] {
  if (Buffer.byteLength(raw, 'utf8') > MAX_PATH_BYTES) refuse(`Chemin refusé : plus de ${MAX_PATH_BYTES} octets`);
  const segments = raw.split('/').filter((segment) => segment !== '' && segment !== '.');
  for (const segment of segments) checkName(segment);
  return segments;
}

function checkName(name: string): void {
  if (name === '..') return;
  if (Buffer.byteLength(name, 'utf8') > MAX_NAME_BYTES) refuse(`Nom refusé : plus de ${MAX_NAME_BYTES} octets`);
  if (FORBIDDEN_CHARACTERS.test(name)) {
    refuse('Nom refusé : caractère interdit (caractère de contrôle, \\ : * ? " < > | ou octets hors UTF-8)');
  }
  if (name.startsWith('.')) refuse(`Nom refusé : « ${name} » commence par un point (fichiers cachés non acceptés)`);
  if (/[ .]$/.test(name)) refuse(`Nom refusé : « ${name} » se termine par une espace ou un point`);
}

function toVirtualPath(segments: string[]): VirtualPath {
  const [slug, folder, name, ...rest] = segments;
  if (rest.length > 0) refuse('Chemin refusé : les dossiers inbox, reports et archive n’ont pas de sous-dossier');
  if (slug === undefined) return { kind: 'root' };
  if (folder === undefined) return { kind: 'dataset', slug };
  if (!(FOLDERS as readonly string[]).includes(folder)) {
    refuse(`Dossier « ${folder} » inconnu : chaque jeu de données contient seulement inbox, reports et archive`);
  }
  if (name === undefined) return { kind: 'folder', slug, folder: folder as Folder };
  return { kind: 'file', slug, folder: folder as Folder, name };
}

const TEMPORARY_SUFFIXES = ['.part', '.tmp'];
const MAPPING_SUFFIX = '.mapping.json';

/** `export.csv.part`: being uploaded under a temporary name, becomes a submission when renamed. */
export function isTemporaryName(name: string): boolean {
  const lower = name.toLowerCase();
  return TEMPORARY_SUFFIXES.some((suffix) => lower.endsWith(suffix));
}

/** `export.mapping.json` or `export.csv.mapping.json`: the mapping of the file dropped beside it. */
export function isMappingName(name: string): boolean {
  return name.toLowerCase().endsWith(MAPPING_SUFFIX);
}

/** A name whose completed upload becomes a submission. */
export function isDataName(name: string): boolean {
  return !isTemporaryName(name) && !isMappingName(name);
}

/** `export.csv` → `export`: the name of its reports (`export.json`, `export.txt`). */
export function baseName(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

/** Where a data file's sidecar mapping may be, most specific first. */
export function mappingNamesFor(name: string): string[] {
  return [...new Set([`${name}${MAPPING_SUFFIX}`, `${baseName(name)}${MAPPING_SUFFIX}`])];
}

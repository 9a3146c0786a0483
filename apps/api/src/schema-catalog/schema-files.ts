/** The files of a schema version producers may download, and how to serve each: the request only picks from this list. */
export const SCHEMA_FILES = {
  'schema.json': 'application/json; charset=utf-8',
  'documentation.md': 'text/markdown; charset=utf-8',
  'modele.csv': 'text/csv; charset=utf-8',
  'modele.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'nomenclature-types-site.csv': 'text/csv; charset=utf-8',
  'exemple-valide.csv': 'text/csv; charset=utf-8',
} as const;

export type SchemaFileName = keyof typeof SCHEMA_FILES;

export const SCHEMA_FILE_NAMES = Object.keys(SCHEMA_FILES) as SchemaFileName[];

export function isSchemaFileName(value: string): value is SchemaFileName {
  return Object.prototype.hasOwnProperty.call(SCHEMA_FILES, value);
}

export interface SchemaFile {
  fileName: SchemaFileName;
  contentType: string;
  absolutePath: string;
}

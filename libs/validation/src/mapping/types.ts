/**
 * How a producer's file columns become the schema's fields (JSON, stored with the producer's settings):
 * `"<schema field>": "<file header>"`, or a column with a value translation, several columns joined, or a constant.
 * Fields left out are read from the file column of the same name, if any.
 */
export type FieldMapping =
  | string
  | { column: string; values?: Record<string, string> }
  | { columns: string[]; separator?: string }
  | { constant: string };

export interface Mapping {
  fields: Record<string, FieldMapping>;
}

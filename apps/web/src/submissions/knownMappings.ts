import type { FieldMapping, Mapping } from '@maillage/validation';

export interface KnownMapping {
  name: string;
  mapping: Mapping;
}

function columnsOf(mapping: FieldMapping): string[] {
  if (typeof mapping === 'string') return [mapping];
  if ('column' in mapping) return [mapping.column];
  if ('columns' in mapping) return mapping.columns;
  return [];
}

/** The known mapping whose every column is in the file's header, if one is: the file is one of these exports. */
export function recognizeMapping(labels: string[], known: KnownMapping[]): KnownMapping | undefined {
  const header = new Set(labels);
  return known.find(({ mapping }) => {
    const columns = Object.values(mapping.fields).flatMap(columnsOf);
    return columns.length > 0 && columns.every((column) => header.has(column));
  });
}

import type { RowBatch, TableSource } from '../core/contracts';
import type { CompiledSchema } from '../schema';
import type { FieldMapping, Mapping } from './types';

export interface MappedTable {
  source: TableSource;
  /** Schema field → the file column(s) it is read from, as cited in the report. */
  sourceColumns: Record<string, string>;
  /** Problems of the mapping itself, in French, naming what is wrong. */
  problems: string[];
}

type CellReader = (row: string[]) => string | undefined;

function normalizeLabel(label: string): string {
  return label.normalize('NFC').replace(/^\uFEFF/, '').trim().toLowerCase();
}

function findColumn(labels: string[], wanted: string): number {
  const exact = labels.indexOf(wanted);
  if (exact >= 0) return exact;
  const normalized = normalizeLabel(wanted);
  return labels.findIndex((label) => normalizeLabel(label) === normalized);
}

function describeLabels(labels: string[]): string {
  return labels.map((label) => `« ${label} »`).join(', ');
}

/**
 * Wraps a table so that its rows come out in schema order, one cell per mapped field; rows keep their numbers.
 * A cell beyond a short row stays undefined (the engine reports it as missing), cells beyond the file's header
 * are kept at the end (reported as extra cells), and a record with no value at all stays blank.
 */
export function mapTable(source: TableSource, mapping: Mapping, schema: CompiledSchema): MappedTable {
  const labels = source.labels;
  const problems: string[] = [];
  const sourceColumns: Record<string, string> = {};
  const readers: CellReader[] = [];
  const virtualLabels: string[] = [];
  const entries = mapping?.fields ?? {};
  for (const name of Object.keys(entries)) {
    if (!schema.byName.has(name)) problems.push(`le champ « ${name} » n'existe pas dans le schéma (champs : ${schema.fields.map((f) => f.name).join(', ')})`);
  }
  const columnOrProblem = (field: string, wanted: string): number => {
    const index = findColumn(labels, wanted);
    if (index < 0) problems.push(`la colonne « ${wanted} » indiquée pour le champ « ${field} » est absente de l'en-tête du fichier (colonnes : ${describeLabels(labels)})`);
    return index;
  };
  for (const field of schema.fields) {
    const entry: FieldMapping | undefined = entries[field.name];
    let reader: CellReader | null = null;
    if (entry === undefined) {
      const index = labels.indexOf(field.name);
      if (index >= 0) {
        reader = (row) => row[index];
        sourceColumns[field.name] = labels[index];
      }
    } else if (typeof entry === 'string' || 'column' in entry) {
      const wanted = typeof entry === 'string' ? entry : entry.column;
      const index = columnOrProblem(field.name, wanted);
      if (index >= 0) {
        const values = typeof entry === 'string' ? undefined : entry.values;
        reader = values ? (row) => { const cell = row[index]; return cell !== undefined && Object.prototype.hasOwnProperty.call(values, cell) ? values[cell] : cell; } : (row) => row[index];
        sourceColumns[field.name] = labels[index];
      }
    } else if ('columns' in entry) {
      const indexes = entry.columns.map((wanted) => columnOrProblem(field.name, wanted));
      if (indexes.every((index) => index >= 0)) {
        const separator = entry.separator ?? ' ';
        reader = (row) => {
          if (indexes.every((index) => index >= row.length)) return undefined;
          return indexes.map((index) => (row[index] ?? '').trim()).filter((part) => part !== '').join(separator);
        };
        sourceColumns[field.name] = indexes.map((index) => labels[index]).join(' + ');
      }
    } else if ('constant' in entry) {
      const constant = String(entry.constant);
      reader = () => constant;
      sourceColumns[field.name] = `(valeur fixe « ${constant} »)`;
    } else {
      problems.push(`la correspondance du champ « ${field.name} » n'est pas comprise (attendu : un nom de colonne, { column }, { columns } ou { constant })`);
    }
    if (reader !== null) {
      readers.push(reader);
      virtualLabels.push(field.name);
    }
  }
  const width = labels.length;
  const mapRow = (row: string[]): string[] => {
    let blank = true;
    for (let index = 0; index < row.length; index++) if (row[index] !== '') { blank = false; break; }
    if (blank) return [];
    const mapped = new Array<string>(readers.length + Math.max(0, row.length - width));
    for (let index = 0; index < readers.length; index++) mapped[index] = readers[index](row) as string;
    for (let index = width; index < row.length; index++) mapped[readers.length + index - width] = row[index];
    return mapped;
  };
  const mappedSource: TableSource = {
    name: source.name,
    labels: virtualLabels,
    detected: source.detected,
    stats: () => source.stats(),
    async *batches(): AsyncIterable<RowBatch> {
      for await (const batch of source.batches()) yield { firstRowNumber: batch.firstRowNumber, rows: batch.rows.map(mapRow) };
    },
  };
  return { source: mappedSource, sourceColumns, problems };
}

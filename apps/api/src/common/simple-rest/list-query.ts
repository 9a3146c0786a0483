import { DomainErrorCode, DomainException } from '../domain.exception';

export type SortOrder = 'ASC' | 'DESC';

/** A list request in react-admin's simple-rest dialect, once checked. */
export interface ListQuery<Field extends string = string> {
  sort: { field: Field; order: SortOrder };
  offset: number;
  limit: number;
  filter: Record<string, unknown>;
}

export interface ListQueryRules<Field extends string> {
  sortable: readonly Field[];
  defaultSort: { field: Field; order: SortOrder };
  /** Filter keys the resource understands (`q` for full-text, `id` for getMany…); any other key is refused. */
  filterable: readonly string[];
  maxPageSize?: number;
}

export interface RawListQuery {
  sort?: string;
  range?: string;
  filter?: string;
}

const DEFAULT_PAGE_SIZE = 25;

function invalid(message: string): DomainException {
  return new DomainException(DomainErrorCode.InvalidListQuery, message);
}

function parseJson(name: string, value: string, example: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    throw invalid(`Le paramètre ${name} doit être du JSON, par exemple ${name}=${example} (reçu « ${value} »)`);
  }
}

/**
 * Parses `sort=["name","ASC"]`, `range=[0,24]` (inclusive bounds) and `filter={"q":"…"}` as ra-data-simple-rest sends
 * them, refusing anything the resource does not support with a French message.
 */
export function parseListQuery<Field extends string>(raw: RawListQuery, rules: ListQueryRules<Field>): ListQuery<Field> {
  const maxPageSize = rules.maxPageSize ?? 1000;
  let sort = rules.defaultSort;
  if (raw.sort) {
    const parsed = parseJson('sort', raw.sort, '["name","ASC"]');
    if (!Array.isArray(parsed) || parsed.length !== 2 || typeof parsed[0] !== 'string') {
      throw invalid('Le paramètre sort doit avoir la forme ["champ","ASC"] ou ["champ","DESC"]');
    }
    const [field, order] = parsed as [string, unknown];
    if (!(rules.sortable as readonly string[]).includes(field)) {
      throw invalid(`Tri impossible sur « ${field} » : champs triables : ${rules.sortable.join(', ')}`);
    }
    const normalizedOrder = String(order).toUpperCase();
    if (normalizedOrder !== 'ASC' && normalizedOrder !== 'DESC') {
      throw invalid(`L’ordre de tri doit être ASC ou DESC (reçu « ${String(order)} »)`);
    }
    sort = { field: field as Field, order: normalizedOrder };
  }

  let offset = 0;
  let limit = DEFAULT_PAGE_SIZE;
  if (raw.range) {
    const parsed = parseJson('range', raw.range, '[0,24]');
    if (!Array.isArray(parsed) || parsed.length !== 2 || !parsed.every((n) => Number.isInteger(n) && n >= 0) || parsed[1] < parsed[0]) {
      throw invalid('Le paramètre range doit avoir la forme [début,fin] avec deux entiers positifs, début ≤ fin');
    }
    offset = parsed[0];
    limit = parsed[1] - parsed[0] + 1;
    if (limit > maxPageSize) throw invalid(`Une page ne peut dépasser ${maxPageSize} éléments (demandé : ${limit})`);
  }

  let filter: Record<string, unknown> = {};
  if (raw.filter) {
    const parsed = parseJson('filter', raw.filter, '{"q":"texte"}');
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw invalid('Le paramètre filter doit être un objet JSON, par exemple {"q":"texte"}');
    }
    const unknown = Object.keys(parsed).filter((key) => !rules.filterable.includes(key));
    if (unknown.length > 0) {
      throw invalid(`Filtre inconnu : ${unknown.join(', ')} (filtres possibles : ${rules.filterable.join(', ')})`);
    }
    filter = parsed as Record<string, unknown>;
  }
  return { sort, offset, limit, filter };
}

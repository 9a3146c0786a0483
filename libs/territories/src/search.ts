import { allCommunes, allDepartements, allRegions, findDepartement, findRegion } from './communes';
import { allEpcis } from './epci';
import { populationOf } from './populations';
import { communesOfPostalCode } from './postal-codes';
import { normalizeName } from './text';
import type { TerritoryKind, TerritorySearchResult } from './types';

interface SearchEntry {
  result: TerritorySearchResult;
  normalizedName: string;
  code: string;
}

let entries: SearchEntry[] | undefined;

const KIND_ORDER: Record<TerritoryKind, number> = { region: 0, departement: 1, epci: 2, commune: 3 };

function searchEntries(): SearchEntry[] {
  if (!entries) {
    entries = [];
    for (const region of allRegions()) {
      entries.push(entry({ kind: 'region', code: region.code, name: region.name, population: populationOf('region', region.code) }));
    }
    for (const departement of allDepartements()) {
      entries.push(entry({ kind: 'departement', code: departement.code, name: departement.name, context: findRegion(departement.regionCode)?.name, population: populationOf('departement', departement.code) }));
    }
    for (const epci of allEpcis()) {
      entries.push(entry({ kind: 'epci', code: epci.code, name: epci.name, population: epci.population }));
    }
    for (const commune of allCommunes()) {
      const departement = findDepartement(commune.departementCode);
      const context = departement ? `${departement.name} (${departement.code})` : undefined;
      entries.push(entry({ kind: 'commune', code: commune.code, name: commune.name, context, population: commune.population }));
    }
  }
  return entries;
}

function entry(result: TerritorySearchResult): SearchEntry {
  return { result, normalizedName: normalizeName(result.name), code: result.code.toLowerCase() };
}

/** 0 = exact, 1 = name starts with the query, 2 = a word starts with it, 3 = contains it; undefined = no match. */
function matchRank(candidate: SearchEntry, query: string): number | undefined {
  if (candidate.code === query) return 0;
  const name = candidate.normalizedName;
  if (name === query) return 0;
  if (name.startsWith(query)) return 1;
  if (candidate.code.startsWith(query) && /^\d/.test(query)) return 1;
  const position = name.indexOf(query);
  if (position < 0) return undefined;
  return name[position - 1] === ' ' ? 2 : 3;
}

/**
 * Communes, EPCI, départements and régions whose name or code matches what a person typed
 * ("lyon", "69", "st-etienne", "CC du Pays de Gex", a postal code "01200"): best matches first, larger
 * populations first among equals.
 */
export function searchTerritories(query: string, options: { limit?: number; kinds?: TerritoryKind[] } = {}): TerritorySearchResult[] {
  const normalizedQuery = normalizeName(query);
  if (!normalizedQuery) return [];
  const kinds = options.kinds ? new Set(options.kinds) : undefined;
  const matches: { rank: number; entry: SearchEntry }[] = [];
  // A postal code finds the communes it serves, as well as INSEE codes starting like it.
  const servedCodes = /^\d{5}$/.test(normalizedQuery) ? new Set(communesOfPostalCode(normalizedQuery).map((commune) => commune.code)) : undefined;
  for (const candidate of searchEntries()) {
    if (kinds && !kinds.has(candidate.result.kind)) continue;
    const rank = candidate.result.kind === 'commune' && servedCodes?.has(candidate.result.code) ? 1 : matchRank(candidate, normalizedQuery);
    if (rank !== undefined) matches.push({ rank, entry: candidate });
  }
  matches.sort(
    (a, b) =>
      a.rank - b.rank ||
      (b.entry.result.population ?? 0) - (a.entry.result.population ?? 0) ||
      KIND_ORDER[a.entry.result.kind] - KIND_ORDER[b.entry.result.kind] ||
      a.entry.result.name.localeCompare(b.entry.result.name, 'fr'),
  );
  return matches.slice(0, options.limit ?? 20).map((match) => match.entry.result);
}

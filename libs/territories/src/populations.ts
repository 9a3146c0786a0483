import { allCommunes, findCommune } from './communes';
import { findEpci } from './epci';
import type { TerritoryKind } from './types';

interface PopulationTotals {
  byDepartement: Map<string, number>;
  byRegion: Map<string, number>;
}

let totals: PopulationTotals | undefined;

function populationTotals(): PopulationTotals {
  if (!totals) {
    const byDepartement = new Map<string, number>();
    const byRegion = new Map<string, number>();
    for (const commune of allCommunes()) {
      // Arrondissements are counted within Paris, Lyon and Marseille already.
      if (commune.kind !== 'commune' || commune.population === undefined) continue;
      byDepartement.set(commune.departementCode, (byDepartement.get(commune.departementCode) ?? 0) + commune.population);
      byRegion.set(commune.regionCode, (byRegion.get(commune.regionCode) ?? 0) + commune.population);
    }
    totals = { byDepartement, byRegion };
  }
  return totals;
}

/** Population municipale (INSEE, as shipped by decoupage-administratif) of a territory; undefined when unknown. */
export function populationOf(kind: TerritoryKind, code: string): number | undefined {
  switch (kind) {
    case 'commune':
      return findCommune(code)?.population;
    case 'epci':
      return findEpci(code)?.population;
    case 'departement':
      return populationTotals().byDepartement.get(code);
    case 'region':
      return populationTotals().byRegion.get(code);
  }
}

/** Sites per 10,000 inhabitants, the portal's density measure; undefined when the population is unknown or zero. */
export function sitesPer10000Inhabitants(siteCount: number, kind: TerritoryKind, code: string): number | undefined {
  const population = populationOf(kind, code);
  return population ? (siteCount * 10000) / population : undefined;
}

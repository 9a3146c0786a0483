import { currentCommuneOf, epciOfCommune } from '@maillage/territories';

export interface SiteTerritories {
  departement: string | null;
  region: string | null;
  epci: string | null;
}

const NONE: SiteTerritories = { departement: null, region: null, epci: null };

/**
 * Département, région and EPCI of an INSEE code as of the current geographic code (a commune merged since the file
 * was made counts in its commune nouvelle), memoised: a national dataset has about 35,000 distinct codes.
 */
export class TerritoryResolver {
  private readonly cache = new Map<string, SiteTerritories>();

  of(codeInsee: string | null): SiteTerritories {
    if (!codeInsee) return NONE;
    let territories = this.cache.get(codeInsee);
    if (!territories) {
      const commune = currentCommuneOf(codeInsee);
      territories = commune
        ? { departement: commune.departementCode, region: commune.regionCode, epci: epciOfCommune(commune.communeCode)?.code ?? null }
        : NONE;
      this.cache.set(codeInsee, territories);
    }
    return territories;
  }
}

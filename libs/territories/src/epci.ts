import { findCommune } from './communes';
import { rawEpcis } from './raw-data';
import type { Epci } from './types';

interface EpciIndex {
  byCode: Map<string, Epci>;
  byCommune: Map<string, Epci>;
}

let index: EpciIndex | undefined;

function epciIndex(): EpciIndex {
  if (!index) {
    const byCode = new Map<string, Epci>();
    const byCommune = new Map<string, Epci>();
    for (const raw of rawEpcis) {
      const epci: Epci = {
        code: raw.code,
        name: raw.nom,
        type: raw.type,
        population: raw.populationMunicipale,
        memberCodes: raw.membres.map((member) => member.code),
      };
      byCode.set(epci.code, epci);
      for (const memberCode of epci.memberCodes) byCommune.set(memberCode, epci);
    }
    index = { byCode, byCommune };
  }
  return index;
}

export function findEpci(sirenCode: string): Epci | undefined {
  return epciIndex().byCode.get(sirenCode);
}

export function allEpcis(): IterableIterator<Epci> {
  return epciIndex().byCode.values();
}

/** The EPCI à fiscalité propre a commune belongs to; an arrondissement answers for its commune. Undefined for the few communes outside any (islands, overseas collectivities). */
export function epciOfCommune(code: string): Epci | undefined {
  const commune = findCommune(code);
  return commune ? epciIndex().byCommune.get(commune.communeCode) : undefined;
}

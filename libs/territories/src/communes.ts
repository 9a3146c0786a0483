import { rawCommunes, rawDepartements, rawRegions } from './raw-data';
import type { Commune, CommuneResolution, Departement, Region } from './types';

interface FormerCommune {
  currentCode: string;
  formerName?: string;
}

interface CommuneIndex {
  current: Map<string, Commune>;
  former: Map<string, FormerCommune>;
  departements: Map<string, Departement>;
  regions: Map<string, Region>;
}

let index: CommuneIndex | undefined;

function buildIndex(): CommuneIndex {
  const current = new Map<string, Commune>();
  const former = new Map<string, FormerCommune>();
  for (const raw of rawCommunes) {
    if (raw.type === 'commune-actuelle' || raw.type === 'arrondissement-municipal') {
      current.set(raw.code, {
        code: raw.code,
        name: raw.nom,
        kind: raw.type === 'commune-actuelle' ? 'commune' : 'arrondissement-municipal',
        communeCode: raw.commune ?? raw.code,
        departementCode: raw.departement,
        regionCode: raw.region,
        zone: raw.zone,
        population: raw.population,
        postalCodes: [...(raw.codesPostaux ?? [])].sort(),
      });
    }
  }
  for (const raw of rawCommunes) {
    for (const formerCode of raw.anciensCodes ?? []) {
      if (!current.has(formerCode)) former.set(formerCode, { currentCode: raw.code });
    }
  }
  // Délégués and associées name the former commune, which anciensCodes does not.
  for (const raw of rawCommunes) {
    if ((raw.type === 'commune-deleguee' || raw.type === 'commune-associee') && raw.chefLieu && !current.has(raw.code)) {
      former.set(raw.code, { currentCode: raw.chefLieu, formerName: raw.nom });
    }
  }
  const departements = new Map<string, Departement>(
    rawDepartements.map((raw) => [
      raw.code,
      { code: raw.code, name: raw.nom, regionCode: raw.region, zone: raw.zone, chefLieuCode: raw.chefLieu },
    ]),
  );
  const regions = new Map<string, Region>(
    rawRegions.map((raw) => [raw.code, { code: raw.code, name: raw.nom, zone: raw.zone, chefLieuCode: raw.chefLieu }]),
  );
  return { current, former, departements, regions };
}

function communeIndex(): CommuneIndex {
  index ??= buildIndex();
  return index;
}

/** A commune (or Paris/Lyon/Marseille arrondissement) of today's COG; undefined for a former or unknown code. */
export function findCommune(code: string): Commune | undefined {
  return communeIndex().current.get(code);
}

/** Every current commune and arrondissement municipal. */
export function allCommunes(): IterableIterator<Commune> {
  return communeIndex().current.values();
}

/** Says whether an INSEE code is current, belonged to a commune merged since (and into which), or is unknown. */
export function resolveCommuneCode(code: string): CommuneResolution {
  const { current, former } = communeIndex();
  const commune = current.get(code);
  if (commune) return { status: 'current', commune };
  const merged = former.get(code);
  if (merged) {
    const into = current.get(merged.currentCode);
    if (into) return { status: 'merged', currentCode: into.code, currentName: into.name, formerName: merged.formerName };
  }
  return { status: 'unknown' };
}

/** The current commune for a current or former code. */
export function currentCommuneOf(code: string): Commune | undefined {
  const { current, former } = communeIndex();
  const commune = current.get(code);
  if (commune) return commune;
  const merged = former.get(code);
  return merged ? current.get(merged.currentCode) : undefined;
}

/** The département of a commune, current or merged since. */
export function departementOfCommune(code: string): Departement | undefined {
  const commune = currentCommuneOf(code);
  return commune ? communeIndex().departements.get(commune.departementCode) : undefined;
}

export function findDepartement(code: string): Departement | undefined {
  return communeIndex().departements.get(code);
}

export function allDepartements(): IterableIterator<Departement> {
  return communeIndex().departements.values();
}

export function findRegion(code: string): Region | undefined {
  return communeIndex().regions.get(code);
}

export function allRegions(): IterableIterator<Region> {
  return communeIndex().regions.values();
}

export function regionOfDepartement(departementCode: string): Region | undefined {
  const departement = communeIndex().departements.get(departementCode);
  return departement ? communeIndex().regions.get(departement.regionCode) : undefined;
}

/** The département a code starting like an INSEE commune code would belong to (2A/2B, 97x overseas). */
export function departementCodeOfInseeCode(code: string): string {
  return code.startsWith('97') || code.startsWith('98') ? code.slice(0, 3) : code.slice(0, 2);
}

/** The four levels of French local government the portal reads data by. */
export type TerritoryKind = 'commune' | 'epci' | 'departement' | 'region';

/** COG zone: metropolitan France, the five overseas départements-régions, or an overseas collectivity. */
export type Zone = 'metro' | 'drom' | 'com';

export interface Commune {
  code: string;
  name: string;
  /** Paris, Lyon and Marseille's arrondissements carry their own code beside the commune's. */
  kind: 'commune' | 'arrondissement-municipal';
  /** The commune itself, or the commune an arrondissement belongs to (75101 → 75056). */
  communeCode: string;
  departementCode: string;
  regionCode: string;
  zone: Zone;
  /** Population municipale (INSEE), absent for a few overseas entries. */
  population?: number;
  /** Postal codes known for it, sorted. */
  postalCodes: readonly string[];
}

export interface Departement {
  code: string;
  name: string;
  regionCode: string;
  zone: Zone;
  /** Code of its chef-lieu (prefecture). */
  chefLieuCode: string;
}

export interface Region {
  code: string;
  name: string;
  zone: Zone;
  chefLieuCode: string;
}

export interface Epci {
  /** SIREN of the EPCI. */
  code: string;
  name: string;
  /** CC, CA, CU, METRO, MET69. */
  type: string;
  population?: number;
  memberCodes: readonly string[];
}

export type CommuneResolution =
  | { status: 'current'; commune: Commune }
  | { status: 'merged'; currentCode: string; currentName: string; formerName?: string }
  | { status: 'unknown' };

export interface TerritorySearchResult {
  kind: TerritoryKind;
  code: string;
  name: string;
  /** Where it is, for disambiguation in a list: the département of a commune, the region of a département. */
  context?: string;
  population?: number;
}

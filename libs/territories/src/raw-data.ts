/**
 * The reference files, imported as JSON so a bundler ships them and Node requires them.
 * Importing this module parses about 17 MB of JSON (≈ 0.2 s, ≈ 60 MB of heap): the web app loads
 * `@maillage/territories` with a dynamic import() so that cost is paid only on the pages that use it.
 * The indexes built from them are built lazily, on the first lookup that needs them.
 */
import communesJson from '@etalab/decoupage-administratif/data/communes.json';
import departementsJson from '@etalab/decoupage-administratif/data/departements.json';
import epciJson from '@etalab/decoupage-administratif/data/epci.json';
import regionsJson from '@etalab/decoupage-administratif/data/regions.json';
import postalCodesJson from 'codes-postaux/codes-postaux.json';
import type { Zone } from './types';

export interface RawCommune {
  code: string;
  nom: string;
  type: 'commune-actuelle' | 'commune-deleguee' | 'commune-associee' | 'arrondissement-municipal';
  zone: Zone;
  departement: string;
  region: string;
  population?: number;
  codesPostaux?: string[];
  anciensCodes?: string[];
  /** For a commune déléguée or associée: the current commune it belongs to. */
  chefLieu?: string;
  /** For an arrondissement municipal: its commune. */
  commune?: string;
}

export interface RawDepartement {
  code: string;
  nom: string;
  region: string;
  zone: Zone;
  chefLieu: string;
}

export interface RawRegion {
  code: string;
  nom: string;
  zone: Zone;
  chefLieu: string;
}

export interface RawEpci {
  code: string;
  nom: string;
  type: string;
  populationMunicipale?: number;
  membres: { code: string }[];
}

/** One line of codes-postaux: a (postal code, commune) pair from the COG and the DGFiP's FIMOCT. */
export interface RawPostalCode {
  codePostal: string;
  codeCommune: string;
  nomCommune: string;
  libelleAcheminement: string;
}

export const rawCommunes = communesJson as unknown as RawCommune[];
export const rawDepartements = departementsJson as unknown as RawDepartement[];
export const rawRegions = regionsJson as unknown as RawRegion[];
export const rawEpcis = epciJson as unknown as RawEpci[];
export const rawPostalCodes = postalCodesJson as unknown as RawPostalCode[];

import { currentCommuneOf, findCommune } from './communes';
import { rawCommunes, rawPostalCodes } from './raw-data';
import type { Commune } from './types';

interface PostalIndex {
  communesByPostalCode: Map<string, Commune[]>;
  postalCodesByCommune: Map<string, string[]>;
}

let index: PostalIndex | undefined;

function addPair(pairs: Map<string, Set<string>>, postalCode: string, communeCode: string): void {
  let communes = pairs.get(postalCode);
  if (!communes) pairs.set(postalCode, (communes = new Set()));
  communes.add(communeCode);
}

/**
 * Union of two sources, because neither is complete: the COG's postal codes in decoupage-administratif
 * (current communes) and codes-postaux (COG + DGFiP FIMOCT, frozen since 2023, which still lists communes
 * merged since; those pairs are carried over to the commune they were merged into).
 */
function buildIndex(): PostalIndex {
  const pairs = new Map<string, Set<string>>();
  for (const raw of rawCommunes) {
    if (raw.type !== 'commune-actuelle' && raw.type !== 'arrondissement-municipal') continue;
    for (const postalCode of raw.codesPostaux ?? []) addPair(pairs, postalCode, raw.code);
  }
  for (const raw of rawPostalCodes) {
    const commune = currentCommuneOf(raw.codeCommune);
    if (!commune) continue;
    addPair(pairs, raw.codePostal, commune.code);
    if (commune.communeCode !== commune.code) addPair(pairs, raw.codePostal, commune.communeCode);
  }
  const communesByPostalCode = new Map<string, Commune[]>();
  const postalCodesByCommune = new Map<string, string[]>();
  for (const [postalCode, communeCodes] of pairs) {
    const communes: Commune[] = [];
    for (const code of communeCodes) {
      const commune = findCommune(code);
      if (!commune) continue;
      communes.push(commune);
      let postalCodes = postalCodesByCommune.get(code);
      if (!postalCodes) postalCodesByCommune.set(code, (postalCodes = []));
      postalCodes.push(postalCode);
    }
    communesByPostalCode.set(postalCode, communes);
  }
  for (const postalCodes of postalCodesByCommune.values()) postalCodes.sort();
  return { communesByPostalCode, postalCodesByCommune };
}

function postalIndex(): PostalIndex {
  index ??= buildIndex();
  return index;
}

const NO_COMMUNES: readonly Commune[] = [];
const NO_POSTAL_CODES: readonly string[] = [];

/** Current communes (and arrondissements) served by a postal code; empty for CEDEX and unknown codes. */
export function communesOfPostalCode(postalCode: string): readonly Commune[] {
  return postalIndex().communesByPostalCode.get(postalCode) ?? NO_COMMUNES;
}

export function isKnownPostalCode(postalCode: string): boolean {
  return postalIndex().communesByPostalCode.has(postalCode);
}

/** Postal codes of a current commune, or of the commune a former one was merged into. */
export function postalCodesOfCommune(communeCode: string): readonly string[] {
  const commune = currentCommuneOf(communeCode);
  return commune ? (postalIndex().postalCodesByCommune.get(commune.code) ?? NO_POSTAL_CODES) : NO_POSTAL_CODES;
}

export function isPostalCodeOfCommune(postalCode: string, communeCode: string): boolean {
  const commune = currentCommuneOf(communeCode);
  if (!commune) return false;
  const communes = postalIndex().communesByPostalCode.get(postalCode);
  return communes !== undefined && communes.some((candidate) => candidate.code === commune.code);
}

/**
 * A code that serves no commune of the base but starts like the commune's own postal codes: a CEDEX code
 * (01011 Bourg-en-Bresse Cedex) or another special distribution code of the same département.
 */
export function isCedexLike(postalCode: string, communeCode: string): boolean {
  if (!/^\d{5}$/.test(postalCode) || isKnownPostalCode(postalCode)) return false;
  const commune = currentCommuneOf(communeCode);
  if (!commune) return false;
  const overseas = commune.departementCode.length === 3;
  const prefixLength = overseas ? 3 : 2;
  const prefix = postalCode.slice(0, prefixLength);
  const departementPrefix = overseas ? commune.departementCode : commune.departementCode.replace(/^2[AB]$/, '20');
  return prefix === departementPrefix || postalCodesOfCommune(commune.code).some((own) => own.startsWith(prefix));
}

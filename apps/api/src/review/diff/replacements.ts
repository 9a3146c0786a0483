import { normaliseAddress } from './address';
import { departementOf } from './departement';
import { distanceMeters, SpatialGrid } from './geo';
import type { SiteRecord } from './site-record';

/** A removed site and an added one this close in the same commune are one place changing hands. */
export const REPLACEMENT_RADIUS_METERS = 200;
/** 0.01° is about 1.1 km of latitude and 0.7 km of longitude at 51° N: wider than the radius, as the grid needs. */
const GRID_CELL_DEGREES = 0.01;

export interface Replacement {
  removed: SiteRecord;
  added: SiteRecord;
  matchedBy: 'address' | 'distance';
  /** Null when one of the two has no coordinates (matched by address only). */
  distanceMeters: number | null;
}

interface Candidate {
  removed: SiteRecord;
  added: SiteRecord;
  byAddress: boolean;
  distance: number | null;
}

/** Same commune: same INSEE code, a renumbering of it, or (without codes) the same commune name. */
export type SameCommune = (removed: SiteRecord, added: SiteRecord) => boolean;

/**
 * Pairs removed and added sites at the same place, one to one. Candidates are pairs in the same commune with the
 * same normalised address, or within REPLACEMENT_RADIUS_METERS; they are taken greedily, address matches first,
 * then nearest first, so each site ends up in at most one pair. Lookups go through an address index and a spatial
 * grid: the cost grows with the number of candidates, never with removed × added.
 */
export function matchReplacements(removed: readonly SiteRecord[], added: readonly SiteRecord[], sameCommune: SameCommune): Replacement[] {
  if (removed.length === 0 || added.length === 0) return [];
  const byAddress = new Map<string, SiteRecord[]>();
  const grid = new SpatialGrid<SiteRecord>(GRID_CELL_DEGREES);
  for (const site of added) {
    const key = placeKey(site);
    if (key) {
      const bucket = byAddress.get(key);
      if (bucket) bucket.push(site);
      else byAddress.set(key, [site]);
    }
    grid.add(site);
  }

  const candidates: Candidate[] = [];
  for (const old of removed) {
    const key = placeKey(old);
    const sameAddress = key ? byAddress.get(key) : undefined;
    for (const site of sameAddress ?? []) {
      if (sameCommune(old, site)) candidates.push({ removed: old, added: site, byAddress: true, distance: distanceMeters(old, site) });
    }
    for (const site of grid.around(old)) {
      const distance = distanceMeters(old, site);
      if (distance !== null && distance <= REPLACEMENT_RADIUS_METERS && sameCommune(old, site)) {
        candidates.push({ removed: old, added: site, byAddress: false, distance });
      }
    }
  }

  candidates.sort(compareCandidates);
  const pairedRemoved = new Set<SiteRecord>();
  const pairedAdded = new Set<SiteRecord>();
  const replacements: Replacement[] = [];
  for (const candidate of candidates) {
    if (pairedRemoved.has(candidate.removed) || pairedAdded.has(candidate.added)) continue;
    pairedRemoved.add(candidate.removed);
    pairedAdded.add(candidate.added);
    replacements.push({
      removed: candidate.removed,
      added: candidate.added,
      matchedBy: candidate.byAddress ? 'address' : 'distance',
      distanceMeters: candidate.distance,
    });
  }
  return replacements;
}

/** The normalised address within its département (communes merge within a département), '' without an address. */
function placeKey(site: SiteRecord): string {
  const address = normaliseAddress(site.adresse);
  return address ? `${departementOf(site.code_insee) ?? ''}|${address}` : '';
}

function compareCandidates(a: Candidate, b: Candidate): number {
  if (a.byAddress !== b.byAddress) return a.byAddress ? -1 : 1;
  const distance = (a.distance ?? Infinity) - (b.distance ?? Infinity);
  if (distance !== 0 && !Number.isNaN(distance)) return distance;
  return compareText(a.removed.id, b.removed.id) || compareText(a.added.id, b.added.id);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

import type { IsoDate, SiteRecord } from './site-record';

/** Where a site stands on a given day, from its declared status and dates together. */
export type Lifecycle = 'planned' | 'open' | 'closed';

/**
 * A site is closed when its status says so or its declared closing date is reached; planned when its status is
 * `ouverture_prevue` or its opening date is still ahead; open otherwise (an empty status counts as open: the
 * schema's sites are open unless said otherwise).
 */
export function lifecycleOn(site: SiteRecord, day: IsoDate): Lifecycle {
  if (site.statut === 'ferme') return 'closed';
  if (site.date_fermeture !== null && site.date_fermeture <= day) return 'closed';
  if (site.statut === 'ouverture_prevue') return 'planned';
  if (site.date_ouverture !== null && site.date_ouverture > day) return 'planned';
  return 'open';
}

/** A closure announced and not reached yet: status `fermeture_prevue` or a closing date still ahead. */
export function closurePlannedOn(site: SiteRecord, day: IsoDate): boolean {
  if (lifecycleOn(site, day) === 'closed') return false;
  return site.statut === 'fermeture_prevue' || (site.date_fermeture !== null && site.date_fermeture > day);
}

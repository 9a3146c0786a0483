import type { SiteEvent } from './events';
import type { SiteDiff } from './site-diff';
import type { IsoDate } from './site-record';

/**
 * What approving a submission makes of its removals. A removed site that was still open becomes a closure dated at
 * publication and flagged `inferred` (absence, not a declaration), unless it declared a closing date already reached
 * by then: that declared closure stands, with its date. A site already closed in the previous version closes nothing.
 * Replaced sites are left to their `replaced` event.
 */
export function confirmRemovals(diff: Pick<SiteDiff, 'events'>, publicationDate: IsoDate): SiteEvent[] {
  const closures: SiteEvent[] = [];
  for (const removal of diff.events) {
    if (removal.kind !== 'removal_to_confirm' || removal.details['alreadyClosed'] === true) continue;
    const declared = removal.details['declaredClosingDate'];
    const declaredReached = typeof declared === 'string' && declared <= publicationDate;
    closures.push({
      kind: 'closed',
      siteId: removal.siteId,
      siteName: removal.siteName,
      departement: removal.departement,
      date: declaredReached ? declared : publicationDate,
      inferred: !declaredReached,
      details: { ...removal.details, absentFromPublishedList: true },
    });
  }
  return closures;
}

/**
 * The events of an approved diff as they go to the change feed: removals confirmed as closures, replacements
 * without a declared date dated at publication, re-geocodings left out.
 */
export function publishedEvents(diff: Pick<SiteDiff, 'events'>, publicationDate: IsoDate): SiteEvent[] {
  const events: SiteEvent[] = [];
  for (const event of diff.events) {
    if (event.kind === 'removal_to_confirm' || event.kind === 'regeocoded') continue;
    events.push(event.kind === 'replaced' && !event.date ? { ...event, date: publicationDate } : event);
  }
  return [...events, ...confirmRemovals(diff, publicationDate)];
}

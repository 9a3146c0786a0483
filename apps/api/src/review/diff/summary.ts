import { COUNTED_EVENT_KINDS, type CountedEventKind, type SiteEvent } from './events';

export type EventCounts = Record<CountedEventKind, number>;

/** Key of `byDepartement` for events whose site has no usable INSEE code. */
export const UNKNOWN_DEPARTEMENT = 'inconnu';

export interface SiteCounts {
  previousCount: number;
  nextCount: number;
  added: number;
  removed: number;
  modified: number;
  unchanged: number;
}

export interface DiffSummary extends SiteCounts {
  /** Every counted kind, zero included. */
  byEvent: EventCounts;
  /** Only the kinds that occur in each département. */
  byDepartement: Record<string, Partial<EventCounts>>;
  /** Re-geocodings, listed apart: they are not events for the public. */
  regeocoded: number;
}

export function summariseEvents(events: readonly SiteEvent[], counts: SiteCounts): DiffSummary {
  const byEvent = Object.fromEntries(COUNTED_EVENT_KINDS.map((kind) => [kind, 0])) as EventCounts;
  const byDepartement: Record<string, Partial<EventCounts>> = {};
  let regeocoded = 0;
  for (const event of events) {
    if (event.kind === 'regeocoded') {
      regeocoded++;
      continue;
    }
    byEvent[event.kind]++;
    const departement = (byDepartement[event.departement ?? UNKNOWN_DEPARTEMENT] ??= {});
    departement[event.kind] = (departement[event.kind] ?? 0) + 1;
  }
  return { ...counts, byEvent, byDepartement, regeocoded };
}

import type { IsoDate } from './site-record';

export type SiteEventKind =
  | 'opened'
  | 'reopened'
  | 'closed'
  | 'planned_opening'
  | 'planned_closure'
  | 'moved'
  | 'reclassified'
  | 'replaced'
  | 'regeocoded'
  | 'removal_to_confirm';

/** Kinds the summary counts: a re-geocoding is listed for the reviewer but changes nothing for the public. */
export type CountedEventKind = Exclude<SiteEventKind, 'regeocoded'>;
export const COUNTED_EVENT_KINDS: readonly CountedEventKind[] = [
  'opened',
  'reopened',
  'closed',
  'planned_opening',
  'planned_closure',
  'moved',
  'reclassified',
  'replaced',
  'removal_to_confirm',
];

export type EventDetailValue = string | number | boolean | null;

export interface SiteEvent {
  kind: SiteEventKind;
  siteId: string;
  siteName: string;
  /** For a replacement: the site that takes the place of `siteId`. */
  relatedSiteId?: string;
  relatedSiteName?: string;
  /** The date the event takes effect when known (declared dates, or the publication date for inferred closures). */
  date?: IsoDate | null;
  /** A closure deduced from the site's absence in the new list, not declared by the producer. */
  inferred?: boolean;
  /** Département of the site (of the new site for a replacement), null when its INSEE code is empty or malformed. */
  departement: string | null;
  /** Kind-specific facts for display (before/after values, distances in metres, how a replacement was matched). */
  details: Readonly<Record<string, EventDetailValue>>;
}

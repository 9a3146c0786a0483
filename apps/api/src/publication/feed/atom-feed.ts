import type { SiteEvent } from '../../review/diff/events';
import { eventHeading, eventSummary, eventTitle } from './event-texts';
import { escapeXml } from './xml';

/** An event as published: when it entered the feed (ISO 8601 date-time), which also dates its entry. */
export type FeedEvent = SiteEvent & { publishedAt?: string };

export interface AtomFeedOptions {
  title: string;
  /** The feed's own URL: its id, its rel="self" link, and the authority of its entries' tag URIs. */
  selfUrl: string;
  /** Date-time of the latest publication in the feed; also dates entries without `publishedAt`. */
  updated: string | Date;
  /** The territory the feed covers: « Ardèche (07) », « France entière ». */
  territoryLabel: string;
  /** A page showing the same changes to people, if any. */
  alternateUrl?: string;
  authorName?: string;
}

/**
 * The events as an Atom 1.0 feed (RFC 4287) in French: one entry per event, titled « Fermeture : <site> (07) »,
 * summarised in a sentence, categorised by event kind (`term` = the kind, `label` = its French heading). Entry ids are
 * tag URIs (RFC 4151) built from the feed's host, the publication date-time, the kind and the site ids, so a client
 * sees each event once and the same event republished keeps its id.
 */
export function renderAtomFeed(events: Iterable<FeedEvent>, options: AtomFeedOptions): string {
  const updated = rfc3339(options.updated);
  const authority = new URL(options.selfUrl).hostname;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">',
    `  <id>${escapeXml(options.selfUrl)}</id>`,
    `  <title>${escapeXml(options.title)}</title>`,
    `  <subtitle>${escapeXml(`Ouvertures, fermetures, déménagements et remplacements de sites publics : ${options.territoryLabel}`)}</subtitle>`,
    `  <updated>${updated}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(options.selfUrl)}"/>`,
    ...(options.alternateUrl ? [`  <link rel="alternate" type="text/html" href="${escapeXml(options.alternateUrl)}"/>`] : []),
    `  <author><name>${escapeXml(options.authorName ?? 'Maillage')}</name></author>`,
  ];
  for (const event of events) {
    const publishedAt = event.publishedAt ? rfc3339(event.publishedAt) : updated;
    lines.push(
      '  <entry>',
      `    <id>${escapeXml(entryId(authority, publishedAt, event))}</id>`,
      `    <title>${escapeXml(eventTitle(event))}</title>`,
      `    <updated>${publishedAt}</updated>`,
      `    <category term="${event.kind}" label="${escapeXml(eventHeading(event))}"/>`,
      `    <summary>${escapeXml(eventSummary(event))}</summary>`,
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}

function entryId(authority: string, publishedAt: string, event: SiteEvent): string {
  const sites = [event.siteId, event.relatedSiteId].filter((id) => id !== undefined).map(encodeURIComponent).join('/');
  return `tag:${authority},${publishedAt.slice(0, 10)}:evenement/${publishedAt}/${event.kind}/${sites}`;
}

function rfc3339(value: string | Date): string {
  const date = value instanceof Date ? value : new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) throw new Error(`Date de flux invalide « ${String(value)} » : date ISO 8601 attendue.`);
  return date.toISOString().replace(/\.000Z$/, 'Z');
}

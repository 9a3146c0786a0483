import { Controller, Get, Header, Query, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import { findDepartement, findEpci, findRegion, findCommune } from '@maillage/territories';
import type { Request, Response } from 'express';
import { Public } from '../identity/access.decorators';
import type { SiteEvent } from '../review/diff/events';
import { eventHeading, renderAtomFeed, type FeedEvent } from '../publication/feed';
import { changeFilters, EVENT_KINDS, LICENCE, paging, type TerritoryFilters } from './public-query';
import { PublicSitesRepository } from './public-sites.repository';
import { addPageLinks } from './site-view';

const ATOM_ENTRIES = 500;

function toFeedEvent(row: Record<string, any>): FeedEvent {
  return {
    kind: row.kind,
    siteId: row.site_id,
    siteName: row.site_name,
    ...(row.related_site_id ? { relatedSiteId: row.related_site_id, relatedSiteName: row.related_site_name } : {}),
    date: row.date,
    inferred: row.inferred === true || row.inferred === 1,
    departement: row.departement,
    details: JSON.parse(row.details),
    publishedAt: row.published_at,
  } as FeedEvent;
}

function publicEvent(row: Record<string, any>) {
  const event = toFeedEvent(row);
  return {
    id: Number(row.id),
    type: event.kind,
    libelle: eventHeading(event as SiteEvent),
    date: event.date,
    deduit_de_l_absence: event.inferred,
    producteur: row.producer,
    site: { identifiant: `${row.producer}/${row.site_id}`, id: row.site_id, nom: row.site_name },
    site_remplacant: row.related_site_id ? { identifiant: `${row.producer}/${row.related_site_id}`, id: row.related_site_id, nom: row.related_site_name } : null,
    commune: row.commune,
    departement: row.departement,
    region: row.region,
    epci: row.epci,
    details: event.details,
    version_publiee: row.published_version_id,
    publie_le: row.published_at,
  };
}

function territoryLabel(filters: TerritoryFilters): string {
  if (filters.commune) return `${findCommune(filters.commune)?.name ?? 'commune'} (${filters.commune})`;
  if (filters.epci) return findEpci(filters.epci)?.name ?? filters.epci;
  if (filters.departement) return `${findDepartement(filters.departement)?.name ?? 'département'} (${filters.departement})`;
  if (filters.region) return findRegion(filters.region)?.name ?? filters.region;
  return 'France entière';
}

function ApiChangeFilters() {
  return (target: object, key: string | symbol, descriptor: PropertyDescriptor) => {
    for (const [name, description] of [
      ['region', 'Code INSEE de la région'],
      ['departement', 'Code du département'],
      ['epci', 'SIREN de l’EPCI'],
      ['commune', 'Code INSEE de la commune'],
      ['since', 'AAAA-MM-JJ : événements datés de ce jour ou après'],
      ['until', 'AAAA-MM-JJ : événements datés de ce jour ou avant'],
      ['kind', `Types séparés par des virgules : ${EVENT_KINDS.join(', ')}`],
    ]) {
      ApiQuery({ name, required: false, description })(target, key, descriptor);
    }
  };
}

/** The change feed: openings, closures (declared or inferred from absence), moves, reclassifications, replacements. */
@ApiTags('public')
@Controller('public')
@Public()
export class ChangesController {
  constructor(private readonly sites: PublicSitesRepository) {}

  @Get('changes')
  @ApiOperation({ summary: 'Fil des changements, du plus récent au plus ancien, filtrable par territoire, période et type' })
  @ApiChangeFilters()
  @ApiQuery({ name: 'page', required: false })
  @ApiQuery({ name: 'per_page', required: false })
  @ApiOkResponse({ description: '{ licence, total, page, per_page, data }' })
  async list(@Query() raw: Record<string, unknown>, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    const filters = changeFilters(raw);
    const page = paging(raw);
    const result = await this.sites.findChanges(filters, page);
    addPageLinks(request, response, page, result.total);
    return { licence: LICENCE, total: result.total, page: page.page, per_page: page.perPage, data: result.items.map(publicEvent) };
  }

  @Get('changes.atom')
  @Header('Content-Type', 'application/atom+xml; charset=utf-8')
  @ApiOperation({ summary: 'Le même fil au format Atom (500 derniers événements), pour suivre un territoire' })
  @ApiChangeFilters()
  @ApiProduces('application/atom+xml')
  async atom(@Query() raw: Record<string, unknown>, @Req() request: Request): Promise<string> {
    const filters = changeFilters(raw);
    const { items } = await this.sites.findChanges(filters, { page: 1, perPage: ATOM_ENTRIES });
    const events = items.map(toFeedEvent);
    const latest = items.reduce<string | null>((max, row) => (max === null || row.published_at > max ? row.published_at : max), null);
    const label = territoryLabel(filters);
    return renderAtomFeed(events, {
      title: `Maillage — changements des sites publics : ${label}`,
      selfUrl: `${request.protocol}://${request.get('host') ?? 'localhost'}${request.originalUrl}`,
      updated: latest ?? new Date(0),
      territoryLabel: label,
    });
  }
}

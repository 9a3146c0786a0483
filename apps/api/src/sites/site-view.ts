import type { Request, Response } from 'express';
import type { PublishedSiteView } from './public-sites.repository';
import type { Paging } from './public-query';

/** A site as the public API shows it: the schema's fields, its stable identifier and its territories. */
export function publicSite(view: PublishedSiteView): Record<string, unknown> {
  return {
    identifiant: `${view.producer}/${view.record.id}`,
    producteur: view.producer,
    jeu_de_donnees: view.datasetSlug,
    ...view.record,
    departement: view.departement,
    region: view.region,
    epci: view.epci,
    ...(view.distanceKm !== undefined ? { distance_km: view.distanceKm } : {}),
  };
}

/** `Link` next/prev beside the licence link the middleware set, built from the request's own URL. */
export function addPageLinks(request: Request, response: Response, paging: Paging, total: number): void {
  const url = new URL(request.originalUrl, `${request.protocol}://${request.get('host') ?? 'localhost'}`);
  const links: string[] = [];
  const pageUrl = (page: number) => {
    url.searchParams.set('page', String(page));
    url.searchParams.set('per_page', String(paging.perPage));
    return `${url.pathname}${url.search}`;
  };
  if (paging.page * paging.perPage < total) links.push(`<${pageUrl(paging.page + 1)}>; rel="next"`);
  if (paging.page > 1) links.push(`<${pageUrl(paging.page - 1)}>; rel="prev"`);
  if (links.length === 0) return;
  const existing = response.getHeader('Link');
  response.setHeader('Link', [existing, ...links].filter(Boolean).join(', '));
}

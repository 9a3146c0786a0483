import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../identity/access.decorators';
import { PublicationErrorCode, PublicationException } from '../publication/publication.exception';
import { CATEGORIES, LICENCE, paging, siteFilters, STATUSES } from './public-query';
import { PublicSitesRepository } from './public-sites.repository';
import { addPageLinks, publicSite } from './site-view';

export function ApiSiteFilters() {
  return (target: object, key: string | symbol, descriptor: PropertyDescriptor) => {
    const parameters: [string, string][] = [
      ['region', 'Code INSEE de la région (ex. 84)'],
      ['departement', 'Code du département (ex. 07, 2A, 974)'],
      ['epci', 'SIREN de l’EPCI'],
      ['commune', 'Code INSEE de la commune'],
      ['categorie', CATEGORIES.join(', ')],
      ['type_site', 'Type de site du schéma (ex. bureau_de_poste)'],
      ['statut', STATUSES.join(', ')],
      ['producteur', 'Identifiant (slug) de l’organisation productrice'],
    ];
    for (const [name, description] of parameters) ApiQuery({ name, required: false, description })(target, key, descriptor);
  };
}

@ApiTags('public')
@Controller('public/sites')
@Public()
export class PublicSitesController {
  constructor(private readonly sites: PublicSitesRepository) {}

  @Get()
  @ApiOperation({ summary: 'Sites du jeu national consolidé (sans authentification, Licence Ouverte 2.0)' })
  @ApiSiteFilters()
  @ApiQuery({ name: 'near', required: false, description: 'latitude,longitude : sites les plus proches d’abord' })
  @ApiQuery({ name: 'rayon', required: false, description: 'Rayon autour de near, en km (10 par défaut, 200 au plus)' })
  @ApiQuery({ name: 'at', required: false, description: 'AAAA-MM-JJ : les sites ouverts ce jour-là (dates déclarées et historique des publications)' })
  @ApiQuery({ name: 'page', required: false, description: 'À partir de 1' })
  @ApiQuery({ name: 'per_page', required: false, description: '100 par défaut, 1000 au plus' })
  @ApiOkResponse({ description: '{ licence, total, page, per_page, data } ; en-têtes Link next/prev et rel="license"' })
  async list(@Query() raw: Record<string, unknown>, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    const filters = siteFilters(raw);
    const page = paging(raw);
    const result = await this.sites.findPage(filters, page);
    addPageLinks(request, response, page, result.total);
    return { licence: LICENCE, total: result.total, page: page.page, per_page: page.perPage, data: result.items.map(publicSite) };
  }

  @Get(':producer/:id')
  @ApiOperation({ summary: 'Un site, par son identifiant stable : organisation productrice et identifiant du site' })
  @ApiParam({ name: 'producer', description: 'Slug de l’organisation productrice (ex. la-poste)' })
  @ApiParam({ name: 'id', description: 'Identifiant du site chez son producteur' })
  async get(@Param('producer') producer: string, @Param('id') id: string) {
    const site = await this.sites.findOne(producer, id);
    if (!site) throw new PublicationException(PublicationErrorCode.SiteNotFound, `Aucun site publié « ${id} » pour le producteur « ${producer} »`);
    return { licence: LICENCE, data: publicSite(site) };
  }
}

import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import { searchTerritories } from '@maillage/territories';
import { Public } from '../identity/access.decorators';
import { invalidParameter } from '../publication/publication.exception';
import { LICENCE, rejectUnknown } from './public-query';
import { TerritorySummaryService } from './territory-summary.service';

@ApiTags('public')
@Controller('public/territories')
@Public()
export class TerritoriesController {
  constructor(private readonly summaries: TerritorySummaryService) {}

  @Get()
  @ApiOperation({ summary: 'Recherche de territoires (communes, EPCI, départements, régions) par nom ou code' })
  @ApiQuery({ name: 'q', required: true, description: 'Nom ou code, au moins 2 caractères' })
  search(@Query() raw: Record<string, unknown>) {
    rejectUnknown(raw, ['q']);
    const q = typeof raw.q === 'string' ? raw.q.trim() : '';
    if (q.length < 2) throw invalidParameter('q', 'saisissez au moins 2 caractères du nom ou du code');
    return { licence: LICENCE, data: searchTerritories(q, { limit: 20 }) };
  }

  @Get(':code/summary')
  @ApiOperation({
    summary: 'Synthèse d’un territoire : sites ouverts par catégorie et type, pour 10 000 habitants, ETP de l’État, ouvertures et fermetures par an, prévues dans les 12 mois',
    description: 'Un événement compte dans l’année de sa date déclarée par le producteur ou, à défaut, de sa publication ; `source_des_dates` donne pour chaque année le nombre d’événements datés de chaque façon (`publication` inclut une date déclarée égale au jour de publication).',
  })
  @ApiParam({ name: 'code', description: 'Code INSEE (commune, département, région) ou SIREN (EPCI)' })
  @ApiQuery({ name: 'type', required: false, enum: ['commune', 'epci', 'departement', 'region'], description: 'Quand le code est ambigu (ex. 75)' })
  async summary(@Param('code') code: string, @Query() raw: Record<string, unknown>) {
    rejectUnknown(raw, ['type']);
    const type = typeof raw.type === 'string' ? raw.type : undefined;
    return { licence: LICENCE, ...(await this.summaries.summary(code, type)) };
  }
}

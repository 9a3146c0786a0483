import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Readable } from 'stream';
import { pipeline } from 'stream/promises';
import { Public } from '../identity/access.decorators';
import { writeSitesCsv, writeSitesGeoJson } from '../publication/exports';
import { PublicationErrorCode, PublicationException, invalidParameter } from '../publication/publication.exception';
import { EXPORT_CONTENT_TYPES, type ExportFormat } from '../publication/version-files';
import { ApiSiteFilters } from './public-sites.controller';
import { EXPORT_PARAMETERS, siteFilters } from './public-query';
import { PublicExports } from './public-exports.service';
import { PublicSitesRepository } from './public-sites.repository';

const FORMATS: readonly ExportFormat[] = ['csv', 'geojson', 'xlsx'];

function splitFile(file: string, expectedName: RegExp | null, parameter: string): { name: string; format: ExportFormat } {
  const match = /^(.+)\.(csv|geojson|xlsx)$/.exec(file);
  if (!match || (expectedName && !expectedName.test(match[1]))) {
    throw new PublicationException(PublicationErrorCode.SiteNotFound, `Fichier « ${file} » introuvable : formats disponibles ${FORMATS.map((format) => `.${format}`).join(', ')} (${parameter})`);
  }
  return { name: match[1], format: match[2] as ExportFormat };
}

async function send(response: Response, format: ExportFormat, fileName: string, content: Readable): Promise<void> {
  response.setHeader('Content-Type', EXPORT_CONTENT_TYPES[format]);
  response.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
  await pipeline(content, response);
}

/** Downloads under stable URLs: the consolidated set (filtered or whole), each dataset's latest version, each version as it was. */
@ApiTags('public')
@Controller('public')
@Public()
export class PublicExportsController {
  constructor(
    private readonly sites: PublicSitesRepository,
    private readonly exports: PublicExports,
  ) {}

  @Get('exports/:file')
  @ApiOperation({ summary: 'Le jeu national consolidé : sites.csv et sites.geojson (mêmes filtres que la liste), sites.xlsx (entier, reconstruit après chaque publication)' })
  @ApiParam({ name: 'file', enum: ['sites.csv', 'sites.geojson', 'sites.xlsx'] })
  @ApiSiteFilters()
  @ApiOkResponse({ description: 'CSV conforme au schéma sites-publics (UTF-8), GeoJSON, ou XLSX à cellules typées' })
  async consolidated(@Param('file') file: string, @Query() raw: Record<string, unknown>, @Res() response: Response): Promise<void> {
    const { format } = splitFile(file, /^sites$/, 'exports/sites.csv, .geojson ou .xlsx');
    const filters = siteFilters(raw, EXPORT_PARAMETERS);
    if (format === 'xlsx') {
      const first = Object.keys(raw)[0];
      if (first) throw invalidParameter(first, 'l’export XLSX couvre tout le jeu national ; filtrez avec sites.csv ou sites.geojson');
      return send(response, format, 'sites.xlsx', await this.exports.consolidatedXlsx());
    }
    const records = this.sites.stream(filters);
    return send(response, format, `sites.${format}`, Readable.from(format === 'csv' ? writeSitesCsv(records) : writeSitesGeoJson(records)));
  }

  @Get('datasets/:producer/:dataset/:file')
  @ApiOperation({ summary: 'La version en vigueur d’un jeu de données : latest.csv, latest.geojson, latest.xlsx' })
  @ApiParam({ name: 'file', enum: ['latest.csv', 'latest.geojson', 'latest.xlsx'] })
  async latest(@Param('producer') producer: string, @Param('dataset') dataset: string, @Param('file') file: string, @Res() response: Response): Promise<void> {
    const { format } = splitFile(file, /^latest$/, 'latest.csv, latest.geojson ou latest.xlsx');
    const version = await this.exports.currentVersionOf(producer, dataset);
    return send(response, format, `${producer}-${dataset}.${format}`, await this.exports.versionFile(version, format));
  }

  @Get('versions/:file')
  @ApiOperation({ summary: 'Une version publiée telle qu’elle était : {id}.csv, {id}.geojson, {id}.xlsx' })
  async version(@Param('file') file: string, @Res() response: Response): Promise<void> {
    const { name, format } = splitFile(file, /^[0-9a-f-]{36}$/, '{identifiant de version}.csv');
    const version = await this.exports.publishedVersion(name);
    return send(response, format, `version-${name}.${format}`, await this.exports.versionFile(version, format));
  }
}

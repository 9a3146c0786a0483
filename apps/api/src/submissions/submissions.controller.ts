import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiBody, ApiConsumes, ApiOkResponse, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ApiSimpleRestList, parseListQuery, RawListQuery, sendPage } from '../common/simple-rest';
import { DatasetDto } from '../datasets/dtos/dataset.dto';
import { Dataset } from '../datasets/entities/dataset.entity';
import { Role, Roles, TokenScopes } from '../identity/access.decorators';
import { ClientIp, CurrentPrincipal } from '../identity/current-principal.decorator';
import type { Principal } from '../identity/principal';
import { SaveMappingDto, SubmissionDto } from './dtos/submission.dto';
import { SUBMISSION_FILTERS, SUBMISSION_SORTABLE } from './submission.repository';
import { SubmissionReports } from './submission-reports';
import { SubmissionsService } from './submissions.service';
import { UploadReceiver } from './upload-receiver';

const READERS = [Role.Producer, Role.Reviewer, Role.Admin];

@ApiTags('submissions')
@ApiBearerAuth()
@Controller()
export class SubmissionsController {
  constructor(
    private readonly submissions: SubmissionsService,
    private readonly reports: SubmissionReports,
    private readonly uploads: UploadReceiver,
  ) {}

  @Post('datasets/:id/submissions')
  @HttpCode(202)
  @Roles(Role.Producer, Role.Admin)
  @TokenScopes('submissions:write')
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: {
        file: { type: 'string', format: 'binary', description: 'CSV, XLSX, JSON ou GeoJSON' },
        mapping: { type: 'string', description: 'Correspondance de colonnes (JSON), en champ texte ou en fichier ; prioritaire sur celle enregistrée' },
      },
    },
  })
  @ApiAcceptedResponse({ type: SubmissionDto, description: 'Fichier reçu ; la validation suit en tâche de fond' })
  async upload(
    @Param('id') datasetId: string,
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SubmissionDto> {
    await this.submissions.datasetForUpload(datasetId, principal);
    const upload = await this.uploads.receive(request, response);
    const channel = principal.kind === 'api-token' ? 'api' : 'web';
    return SubmissionDto.of(await this.submissions.receive(datasetId, principal, { upload, channel, ip }));
  }

  @Put('datasets/:id/mapping')
  @Roles(Role.Producer, Role.Admin)
  @ApiOkResponse({ type: DatasetDto })
  saveMapping(@Param('id') datasetId: string, @CurrentPrincipal() principal: Principal, @ClientIp() ip: string | null, @Body() body: SaveMappingDto): Promise<Dataset> {
    return this.submissions.saveMapping(datasetId, principal, ip, body.mapping, body.autoSubmit);
  }

  @Get('submissions')
  @Roles(...READERS)
  @TokenScopes('submissions:read')
  @ApiSimpleRestList('submissions', SubmissionDto, SUBMISSION_SORTABLE, SUBMISSION_FILTERS)
  async list(@Query() raw: RawListQuery, @CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) response: Response): Promise<SubmissionDto[]> {
    const query = parseListQuery(raw, { sortable: SUBMISSION_SORTABLE, defaultSort: { field: 'receivedAt', order: 'DESC' }, filterable: SUBMISSION_FILTERS });
    const page = await this.submissions.list(query, principal);
    return sendPage(response, 'submissions', query.offset, { items: page.items.map(SubmissionDto.of), total: page.total });
  }

  @Get('submissions/:id')
  @Roles(...READERS)
  @TokenScopes('submissions:read')
  @ApiOkResponse({ type: SubmissionDto })
  async get(@Param('id') id: string, @CurrentPrincipal() principal: Principal): Promise<SubmissionDto> {
    return SubmissionDto.of(await this.submissions.get(id, principal));
  }

  @Get('submissions/:id/report')
  @Roles(...READERS)
  @TokenScopes('submissions:read')
  @ApiQuery({ name: 'format', required: false, enum: ['json', 'csv'] })
  @ApiQuery({ name: 'locale', required: false, enum: ['fr', 'en'] })
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({ description: 'Rapport Frictionless (JSON) ou liste des erreurs (CSV)' })
  async report(
    @Param('id') id: string,
    @CurrentPrincipal() principal: Principal,
    @Query('format') format: string | undefined,
    @Query('locale') locale: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<unknown> {
    const submission = await this.submissions.get(id, principal);
    if (format === 'csv') {
      const csv = await this.reports.errorsCsv(submission, locale);
      response.setHeader('Content-Type', 'text/csv; charset=utf-8');
      response.setHeader('Content-Disposition', `attachment; filename="rapport-${submission.id}.csv"`);
      return new StreamableFile(Buffer.from(csv, 'utf8'));
    }
    return this.reports.report(submission, locale);
  }

  @Get('submissions/:id/summary')
  @Roles(...READERS)
  @TokenScopes('submissions:read')
  @ApiQuery({ name: 'locale', required: false, enum: ['fr', 'en'] })
  @ApiOkResponse({ description: 'Synthèse du rapport par type d’erreur et colonne, avec une consigne de correction' })
  async summary(@Param('id') id: string, @CurrentPrincipal() principal: Principal, @Query('locale') locale: string | undefined): Promise<unknown> {
    return this.reports.summary(await this.submissions.get(id, principal), locale);
  }

  @Get('submissions/:id/diff')
  @Roles(...READERS)
  @TokenScopes('submissions:read')
  @ApiOkResponse({ description: 'Sites ajoutés, retirés, modifiés champ par champ, événements nommés, synthèse par événement et département' })
  async diff(@Param('id') id: string, @CurrentPrincipal() principal: Principal): Promise<unknown> {
    return this.reports.diff(await this.submissions.get(id, principal));
  }

  @Get('submissions/:id/file')
  @Roles(...READERS)
  @TokenScopes('submissions:read')
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({ description: 'Le fichier tel qu’il a été envoyé, octet pour octet' })
  async file(
    @Param('id') id: string,
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const submission = await this.submissions.getForDownload(id, principal, ip);
    const content = await this.reports.originalFile(submission);
    response.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(submission.fileName)}`);
    response.setHeader('X-Checksum-Sha256', submission.checksum);
    return new StreamableFile(content, { type: 'application/octet-stream', length: submission.fileSize });
  }

  @Post('submissions/:id/submit')
  @HttpCode(200)
  @Roles(Role.Producer, Role.Admin)
  @TokenScopes('submissions:write')
  @ApiOkResponse({ type: SubmissionDto })
  async submit(@Param('id') id: string, @CurrentPrincipal() principal: Principal, @ClientIp() ip: string | null): Promise<SubmissionDto> {
    return SubmissionDto.of(await this.submissions.submit(id, principal, ip));
  }

  @Post('submissions/:id/withdraw')
  @HttpCode(200)
  @Roles(Role.Producer, Role.Admin)
  @TokenScopes('submissions:write')
  @ApiOkResponse({ type: SubmissionDto })
  async withdraw(@Param('id') id: string, @CurrentPrincipal() principal: Principal, @ClientIp() ip: string | null): Promise<SubmissionDto> {
    return SubmissionDto.of(await this.submissions.withdraw(id, principal, ip));
  }
}

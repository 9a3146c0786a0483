import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ApiSimpleRestList, parseListQuery, RawListQuery, sendPage } from '../common/simple-rest';
import { Role, Roles } from '../identity/access.decorators';
import { AccessScope } from '../identity/access-scope';
import { ClientIp, CurrentAccessScope, CurrentPrincipal } from '../identity/current-principal.decorator';
import type { Principal } from '../identity/principal';
import { PublishedVersionDto, RetractVersionDto } from './dtos/published-version.dto';
import { PublishedVersion } from './entities/published-version.entity';
import { versionNotFound } from './publication.exception';
import { PublicationService } from './publication.service';
import { PublishedVersionRepository, VERSION_FILTERS, VERSION_SORTABLE } from './published-version.repository';

function toDto(version: PublishedVersion): PublishedVersionDto {
  const { csvKey: _csv, geojsonKey: _geojson, xlsxKey: _xlsx, retractedById: _retractedBy, cancelledById: _cancelledBy, createdAt: _created, ...visible } = version;
  const base = `/api/public/versions/${version.id}`;
  return { ...visible, downloads: { csv: `${base}.csv`, geojson: `${base}.geojson`, xlsx: `${base}.xlsx` } };
}

/** Published versions: reviewers and admins read all, producers their organisations' (another's answers 404); retraction is an admin's act. */
@ApiTags('publication')
@Controller('published-versions')
@Roles(Role.Producer, Role.Reviewer, Role.Admin)
export class PublishedVersionsController {
  constructor(
    private readonly versions: PublishedVersionRepository,
    private readonly publication: PublicationService,
  ) {}

  @Get()
  @ApiSimpleRestList('published-versions', PublishedVersionDto, VERSION_SORTABLE, VERSION_FILTERS)
  async list(@Query() raw: RawListQuery, @CurrentAccessScope() scope: AccessScope, @Res({ passthrough: true }) response: Response): Promise<PublishedVersionDto[]> {
    const query = parseListQuery(raw, { sortable: VERSION_SORTABLE, defaultSort: { field: 'publishAt', order: 'DESC' }, filterable: VERSION_FILTERS });
    const page = await this.versions.findPage(query, scope.readableOrganizationIds());
    return sendPage(response, 'published-versions', query.offset, { items: page.items.map(toDto), total: page.total });
  }

  @Get(':id')
  @ApiOkResponse({ type: PublishedVersionDto })
  async get(@Param('id') id: string, @CurrentAccessScope() scope: AccessScope): Promise<PublishedVersionDto> {
    const version = await this.versions.findById(id);
    if (!version) throw versionNotFound();
    scope.ensureCanRead(version.organizationId, versionNotFound);
    return toDto(version);
  }

  @Post(':id/retract')
  @Roles(Role.Admin)
  @HttpCode(200)
  @ApiOkResponse({ type: PublishedVersionDto, description: 'La version précédente redevient la version en vigueur' })
  async retract(@Param('id') id: string, @Body() body: RetractVersionDto, @CurrentPrincipal() principal: Principal, @ClientIp() ip: string | null): Promise<PublishedVersionDto> {
    return toDto(await this.publication.retract(id, principal, body.reason, ip));
  }
}

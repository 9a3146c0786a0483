import { Body, Controller, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ApiSimpleRestList, parseListQuery, RawListQuery, sendPage } from '../common/simple-rest';
import { Public, Role, Roles } from '../identity/access.decorators';
import { ClientIp, CurrentPrincipal } from '../identity/current-principal.decorator';
import { Principal } from '../identity/principal';
import { CreateOrganizationDto, OrganizationDto, UpdateOrganizationDto } from './dtos/organization.dto';
import { Organization } from './entities/organization.entity';
import { ORGANIZATION_FILTERS, ORGANIZATION_SORTABLE } from './organization.repository';
import { OrganizationsService } from './organizations.service';

@ApiTags('organizations')
@Controller('organizations')
export class OrganizationsController {
  constructor(private readonly organizations: OrganizationsService) {}

  @Get()
  @Public()
  @ApiSimpleRestList('organizations', OrganizationDto, ORGANIZATION_SORTABLE, ORGANIZATION_FILTERS)
  async list(@Query() raw: RawListQuery, @Res({ passthrough: true }) response: Response): Promise<Organization[]> {
    const query = parseListQuery(raw, {
      sortable: ORGANIZATION_SORTABLE,
      defaultSort: { field: 'name', order: 'ASC' },
      filterable: ORGANIZATION_FILTERS,
    });
    return sendPage(response, 'organizations', query.offset, await this.organizations.list(query));
  }

  @Get(':id')
  @Public()
  @ApiOkResponse({ type: OrganizationDto })
  get(@Param('id') id: string): Promise<Organization> {
    return this.organizations.get(id);
  }

  @Post()
  @Roles(Role.Admin)
  @ApiCreatedResponse({ type: OrganizationDto })
  create(@Body() body: CreateOrganizationDto, @CurrentPrincipal() principal: Principal, @ClientIp() ip: string | null): Promise<Organization> {
    return this.organizations.create(body, { principal, ip });
  }

  @Put(':id')
  @Roles(Role.Admin)
  @ApiOkResponse({ type: OrganizationDto })
  update(@Param('id') id: string, @Body() body: UpdateOrganizationDto, @CurrentPrincipal() principal: Principal, @ClientIp() ip: string | null): Promise<Organization> {
    return this.organizations.update(id, body, { principal, ip });
  }
}

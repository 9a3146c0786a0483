import { Body, Controller, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ApiSimpleRestList, parseListQuery, RawListQuery, sendPage } from '../common/simple-rest';
import { Public, Role, Roles } from '../identity/access.decorators';
import { ClientIp, CurrentPrincipal } from '../identity/current-principal.decorator';
import { Principal } from '../identity/principal';
import { CreateDatasetDto, DatasetDto, UpdateDatasetDto } from './dtos/dataset.dto';
import { Dataset } from './entities/dataset.entity';
import { DATASET_FILTERS, DATASET_SORTABLE } from './dataset.repository';
import { DatasetsService } from './datasets.service';

@ApiTags('datasets')
@Controller()
export class DatasetsController {
  constructor(private readonly datasets: DatasetsService) {}

  @Post('organizations/:organizationId/datasets')
  @Roles(Role.Admin)
  @ApiCreatedResponse({ type: DatasetDto })
  create(@Param('organizationId') organizationId: string, @Body() body: CreateDatasetDto, @CurrentPrincipal() principal: Principal, @ClientIp() ip: string | null): Promise<Dataset> {
    return this.datasets.create(organizationId, body, { principal, ip });
  }

  @Get('datasets')
  @Public()
  @ApiSimpleRestList('datasets', DatasetDto, DATASET_SORTABLE, DATASET_FILTERS)
  async list(@Query() raw: RawListQuery, @Res({ passthrough: true }) response: Response): Promise<Dataset[]> {
    const query = parseListQuery(raw, {
      sortable: DATASET_SORTABLE,
      defaultSort: { field: 'name', order: 'ASC' },
      filterable: DATASET_FILTERS,
    });
    return sendPage(response, 'datasets', query.offset, await this.datasets.list(query));
  }

  @Get('datasets/:id')
  @Public()
  @ApiOkResponse({ type: DatasetDto })
  get(@Param('id') id: string): Promise<Dataset> {
    return this.datasets.get(id);
  }

  @Put('datasets/:id')
  @Roles(Role.Admin)
  @ApiOkResponse({ type: DatasetDto })
  update(@Param('id') id: string, @Body() body: UpdateDatasetDto, @CurrentPrincipal() principal: Principal, @ClientIp() ip: string | null): Promise<Dataset> {
    return this.datasets.update(id, body, { principal, ip });
  }
}

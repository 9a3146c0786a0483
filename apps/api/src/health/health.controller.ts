import { Controller, Get, Header, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../identity/access.decorators';
import { HealthReport, HealthService } from './health.service';

@ApiTags('observability')
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  @Public()
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({ description: 'Base de données, stockage et file des tâches opérationnels' })
  @ApiServiceUnavailableResponse({ description: 'Au moins un composant est hors service (voir son champ detail)' })
  async check(@Res({ passthrough: true }) response: Response): Promise<HealthReport> {
    const report = await this.health.check();
    if (report.status !== 'ok') response.status(503);
    return report;
  }
}

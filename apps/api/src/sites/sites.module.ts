import { Inject, MiddlewareConsumer, Module, NestModule, OnModuleInit } from '@nestjs/common';
import { JOB_QUEUE, JobQueue } from '../jobs/job-queue';
import { PublicationModule } from '../publication/publication.module';
import { BUILD_CONSOLIDATED_XLSX_JOB } from '../publication/version-exports';
import { ChangesController } from './changes.controller';
import { PublicApiMiddleware } from './public-api.middleware';
import { PublicExportsController } from './public-exports.controller';
import { PublicExports } from './public-exports.service';
import { PublicSitesController } from './public-sites.controller';
import { PublicSitesRepository } from './public-sites.repository';
import { TerritoriesController } from './territories.controller';
import { TerritorySummaryService } from './territory-summary.service';

const PUBLIC_CONTROLLERS = [PublicSitesController, PublicExportsController, ChangesController, TerritoriesController];

/** The public API (no login): consolidated sites, exports, change feed, territory summaries. */
@Module({
  imports: [PublicationModule],
  controllers: PUBLIC_CONTROLLERS,
  providers: [PublicSitesRepository, PublicExports, TerritorySummaryService, PublicApiMiddleware],
})
export class SitesModule implements NestModule, OnModuleInit {
  constructor(
    private readonly exports: PublicExports,
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
  ) {}

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(PublicApiMiddleware).forRoutes(...PUBLIC_CONTROLLERS);
  }

  onModuleInit(): void {
    this.queue.registerHandler(BUILD_CONSOLIDATED_XLSX_JOB, () => this.exports.buildConsolidatedXlsx());
  }
}

import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConsolidatedSites } from './consolidated-sites';
import { PublishedVersion } from './entities/published-version.entity';
import { PublicationClock } from './publication-clock';
import { PublicationEvents } from './publication-events';
import { PublicationGateway } from './publication.gateway';
import { PublicationJobs } from './publication.jobs';
import { PublicationService } from './publication.service';
import { PublishedNotifier } from './published-notifier';
import { PublishedVersionRepository } from './published-version.repository';
import { PublishedVersionsController } from './published-versions.controller';
import { VersionExports } from './version-exports';
import { VersionFiles } from './version-files';

/** Published versions and the consolidated national dataset; provides the review workflow's PublicationGateway. */
@Module({
  imports: [TypeOrmModule.forFeature([PublishedVersion])],
  controllers: [PublishedVersionsController],
  providers: [
    PublicationService,
    { provide: PublicationGateway, useExisting: PublicationService },
    PublishedVersionRepository,
    ConsolidatedSites,
    VersionFiles,
    VersionExports,
    PublishedNotifier,
    PublicationJobs,
    PublicationClock,
    PublicationEvents,
  ],
  exports: [PublicationService, PublicationClock, PublicationEvents, PublishedVersionRepository, VersionFiles, PublicationGateway],
})
export class PublicationModule {}

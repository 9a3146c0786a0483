import { Inject, Injectable, Logger, OnApplicationBootstrap, BeforeApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { AppConfig } from '../config/app.config';
import { APP_CONFIG } from '../config/config.module';
import { JOB_QUEUE, JobQueue } from '../jobs/job-queue';
import { BUILD_EXPORTS_JOB, PUBLISH_DUE_JOB, PublicationService } from './publication.service';
import { VersionExports } from './version-exports';

/**
 * Scheduled publications survive restarts because they are rows, not timers: a delayed job publishes a version at
 * its date, and every process also checks for due versions at start-up and then periodically (the delayed job may
 * have run early on a driver without delays, or been lost). Publishing is conditional on the version still being
 * scheduled, so concurrent checks publish it once.
 */
@Injectable()
export class PublicationJobs implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Publication');
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(
    private readonly publication: PublicationService,
    private readonly exports: VersionExports,
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.queue.registerHandler<{ versionId: string }>(PUBLISH_DUE_JOB, (payload) => this.publication.publishScheduledById(payload.versionId));
    this.queue.registerHandler<{ versionId: string | null }>(BUILD_EXPORTS_JOB, (payload) => this.exports.build(payload.versionId));
  }

  onApplicationBootstrap(): void {
    this.tick();
    this.timer = setInterval(() => this.tick(), this.config.publication.schedulerTickMs);
    this.timer.unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  private tick(): void {
    if (this.running) return;
    this.running = this.publication
      .publishDue()
      .then((count) => count > 0 && this.logger.log(`${count} publication(s) programmée(s) effectuée(s)`))
      .catch((error: Error) => this.logger.error(`Vérification des publications programmées impossible : ${error.message}`))
      .finally(() => (this.running = undefined));
  }
}

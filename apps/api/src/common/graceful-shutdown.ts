import { BeforeApplicationShutdown, Inject, Injectable, Logger } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { Server } from 'http';
import { AppConfig } from '../config/app.config';
import { APP_CONFIG } from '../config/config.module';
import { JOB_QUEUE, JobQueue } from '../jobs/job-queue';

/**
 * On SIGTERM (enableShutdownHooks), before Nest closes the database: stop accepting connections, and give running
 * requests and jobs one shared grace period to finish. Whatever is still open afterwards is cut.
 */
@Injectable()
export class GracefulShutdown implements BeforeApplicationShutdown {
  private readonly logger = new Logger('Shutdown');

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @Inject(JOB_QUEUE) private readonly jobs: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async beforeApplicationShutdown(signal?: string): Promise<void> {
    const graceMs = this.config.shutdownGraceMs;
    if (signal) this.logger.log(`${signal} reçu : arrêt en cours (délai de grâce ${graceMs} ms)`);
    await Promise.all([this.drainHttp(graceMs), this.jobs.close(graceMs)]);
  }

  private async drainHttp(graceMs: number): Promise<void> {
    const server = this.adapterHost.httpAdapter?.getHttpServer() as Server | undefined;
    if (!server?.listening) return;
    const drained = new Promise<boolean>((resolve) => server.close(() => resolve(true)));
    server.closeIdleConnections();
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), graceMs);
    });
    const inTime = await Promise.race([drained, expired]);
    clearTimeout(timer);
    if (!inTime) {
      this.logger.warn('Délai de grâce écoulé : connexions HTTP restantes fermées');
      server.closeAllConnections();
    }
  }
}

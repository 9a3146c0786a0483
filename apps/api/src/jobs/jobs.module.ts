import { BeforeApplicationShutdown, Global, Inject, Injectable, Logger, Module, OnApplicationBootstrap } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app.config';
import { APP_CONFIG } from '../config/config.module';
import { BullMqJobQueue } from './drivers/bullmq-job-queue';
import { DatabaseJobQueue } from './drivers/database-job-queue';
import { SynchronousJobQueue } from './drivers/synchronous-job-queue';
import { JobRecord } from './entities/job.entity';
import { JOB_QUEUE, JobQueue } from './job-queue';

/** Whether this process runs jobs: the API when configured so, a worker process always. */
export const PROCESSES_JOBS = Symbol('PROCESSES_JOBS');

export function createJobQueue(config: AppConfig, dataSource: DataSource): JobQueue {
  const jobs = config.jobs;
  switch (jobs.driver) {
    case 'bullmq':
      return new BullMqJobQueue({ ...jobs, redisUrl: jobs.redisUrl as string });
    case 'sync':
      return new SynchronousJobQueue(jobs.maxAttempts);
    case 'database':
      return new DatabaseJobQueue(dataSource.getRepository(JobRecord), jobs);
  }
}

@Injectable()
class JobsLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Jobs');

  constructor(
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(PROCESSES_JOBS) private readonly processesJobs: boolean,
  ) {}

  /** After every module registered its handlers in onModuleInit. */
  async onApplicationBootstrap(): Promise<void> {
    if (!this.processesJobs) return;
    await this.queue.startProcessing();
    this.logger.log(`Traitement des tâches démarré (pilote ${this.queue.driver}, ${this.config.jobs.concurrency} en parallèle)`);
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.queue.close(this.config.shutdownGraceMs);
  }
}

@Global()
@Module({})
export class JobsModule {
  static forRoot(processesJobs: boolean) {
    return {
      module: JobsModule,
      providers: [
        { provide: PROCESSES_JOBS, useValue: processesJobs },
        { provide: JOB_QUEUE, inject: [APP_CONFIG, getDataSourceToken()], useFactory: createJobQueue },
        JobsLifecycle,
      ],
      exports: [JOB_QUEUE],
    };
  }
}

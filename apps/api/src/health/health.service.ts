import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { describeError, DriverHealth } from '../common/driver-health';
import { JOB_QUEUE, JobQueue } from '../jobs/job-queue';
import { FILE_STORAGE, FileStorage } from '../storage/file-storage';

export interface ComponentHealth {
  status: 'up' | 'down';
  driver: string;
  detail?: string;
}

export interface HealthReport {
  status: 'ok' | 'error';
  database: ComponentHealth;
  storage: ComponentHealth;
  jobs: ComponentHealth;
}

const CHECK_TIMEOUT_MS = 3000;

async function withTimeout(check: () => Promise<DriverHealth>): Promise<DriverHealth> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<DriverHealth>((resolve) => {
    timer = setTimeout(() => resolve({ up: false, detail: `pas de réponse en ${CHECK_TIMEOUT_MS} ms` }), CHECK_TIMEOUT_MS);
  });
  try {
    return await Promise.race([check().catch((error) => ({ up: false, detail: describeError(error) })), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function component(driver: string, health: DriverHealth): ComponentHealth {
  return { status: health.up ? 'up' : 'down', driver, ...(health.detail ? { detail: health.detail } : {}) };
}

@Injectable()
export class HealthService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    @Inject(JOB_QUEUE) private readonly jobs: JobQueue,
  ) {}

  async check(): Promise<HealthReport> {
    const [database, storage, jobs] = await Promise.all([
      withTimeout(() => this.checkDatabase()),
      withTimeout(() => this.storage.health()),
      withTimeout(() => this.jobs.health()),
    ]);
    const report: HealthReport = {
      status: database.up && storage.up && jobs.up ? 'ok' : 'error',
      database: component(this.dataSource.options.type, database),
      storage: component(this.storage.driver, storage),
      jobs: component(this.jobs.driver, jobs),
    };
    return report;
  }

  private async checkDatabase(): Promise<DriverHealth> {
    if (!this.dataSource.isInitialized) return { up: false, detail: 'connexion fermée' };
    await this.dataSource.query('SELECT 1');
    return { up: true };
  }
}

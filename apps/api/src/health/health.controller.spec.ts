import type { Response } from 'express';
import type { DataSource } from 'typeorm';
import type { JobQueue } from '../jobs/job-queue';
import type { FileStorage } from '../storage/file-storage';
import { HealthController } from './health.controller';
import { HealthService } from './health.service';

function controllerWith(options: { databaseFails?: boolean; storageUp?: boolean }) {
  const dataSource = {
    isInitialized: true,
    options: { type: 'postgres' },
    query: async () => {
      if (options.databaseFails) throw new Error('connexion refusée');
      return [{ '?column?': 1 }];
    },
  } as unknown as DataSource;
  const storage = { driver: 's3', health: async () => (options.storageUp === false ? { up: false, detail: 'compartiment absent' } : { up: true }) } as FileStorage;
  const jobs = { driver: 'bullmq', health: async () => ({ up: true }) } as unknown as JobQueue;
  return new HealthController(new HealthService(dataSource, storage, jobs));
}

function fakeResponse() {
  const response = { statusCode: 200, status: (code: number) => ((response.statusCode = code), response) };
  return response;
}

describe('GET /api/health', () => {
  it('answers 200 when every component is up', async () => {
    const response = fakeResponse();
    const report = await controllerWith({}).check(response as unknown as Response);
    expect(response.statusCode).toBe(200);
    expect(report.status).toBe('ok');
  });

  it('answers 503 naming the component that is down and why', async () => {
    const response = fakeResponse();
    const report = await controllerWith({ databaseFails: true, storageUp: false }).check(response as unknown as Response);
    expect(response.statusCode).toBe(503);
    expect(report).toEqual({
      status: 'error',
      database: { status: 'down', driver: 'postgres', detail: 'connexion refusée' },
      storage: { status: 'down', driver: 's3', detail: 'compartiment absent' },
      jobs: { status: 'up', driver: 'bullmq' },
    });
  });
});

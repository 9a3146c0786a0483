import type { NestExpressApplication } from '@nestjs/platform-express';
import path from 'path';
import request from 'supertest';
import { createApiApplication } from '../../src/bootstrap';
import { AppConfig, loadConfig } from '../../src/config/app.config';
import { createLogger } from '../../src/observability/logger';
import { Dialect, scratchDatabase } from './databases';

export const ADMIN_PASSWORD = 'mot-de-passe-administrateur-e2e';

export interface ApiTestApp {
  config: AppConfig;
  http: () => request.Agent;
  /** Bearer token of the first administrator, created at start-up from MAILLAGE_ADMIN_PASSWORD. */
  adminToken: string;
  close(): Promise<void>;
}

/** The real application as `main.ts` builds it (migrations run, no synchronize) on a scratch database. */
export async function startApiTestApp(dialect: Dialect, env: Record<string, string> = {}): Promise<ApiTestApp> {
  const database = await scratchDatabase(dialect);
  const config = loadConfig({
    NODE_ENV: 'test',
    MAILLAGE_DATA_DIR: database.dataDirectory,
    MAILLAGE_WEB_DIR: path.join(database.dataDirectory, 'no-web'),
    LOG_LEVEL: 'silent',
    JOBS_POLL_INTERVAL_MS: '50',
    MAILLAGE_ADMIN_PASSWORD: ADMIN_PASSWORD,
    // Suites run in parallel: none of them may take the SFTP drop box's fixed port.
    SFTP_ENABLED: 'false',
    ...(database.url ? { DATABASE_URL: database.url } : {}),
    ...env,
  });
  let app: NestExpressApplication | undefined;
  try {
    app = await createApiApplication(config, createLogger(config));
    const server = app.getHttpServer();
    const login = await request(server).post('/api/auth/login').send({ username: 'admin', password: ADMIN_PASSWORD });
    if (login.status !== 200 && login.status !== 201) throw new Error(`Connexion administrateur impossible : ${login.status} ${JSON.stringify(login.body)}`);
    const started = app;
    return {
      config,
      http: () => request.agent(server),
      adminToken: login.body.accessToken,
      close: async () => {
        await started.close();
        await database.drop();
      },
    };
  } catch (error) {
    await app?.close();
    await database.drop();
    throw error;
  }
}

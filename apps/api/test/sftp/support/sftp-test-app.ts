import type { NestExpressApplication } from '@nestjs/platform-express';
import path from 'path';
import request from 'supertest';
import { createApiApplication } from '../../../src/bootstrap';
import { AppConfig, loadConfig } from '../../../src/config/app.config';
import { createLogger } from '../../../src/observability/logger';
import { SftpServer } from '../../../src/sftp/server/sftp-server';
import { Dialect, scratchDatabase } from '../../support/databases';

const ADMIN_PASSWORD = 'mot-de-passe-administrateur-sftp';
export const USER_PASSWORD = 'mot-de-passe-des-comptes-sftp';

export interface SftpTestApp {
  app: NestExpressApplication;
  config: AppConfig;
  /** The port the SSH server bound (SFTP_PORT=0). */
  port: number;
  http: () => request.Agent;
  adminToken: string;
  /** Closes the application as SIGTERM would (shutdown hooks), keeping the data directory to look at. */
  shutdown(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The application exactly as `main.ts` builds it (in-process job queue, local storage; SQLite unless told), with the
 * SFTP server listening on a free loopback port.
 */
export async function startSftpTestApp(env: Record<string, string> = {}, dialect: Dialect = 'sqlite'): Promise<SftpTestApp> {
  const database = await scratchDatabase(dialect);
  const config = loadConfig({
    NODE_ENV: 'test',
    MAILLAGE_DATA_DIR: database.dataDirectory,
    MAILLAGE_WEB_DIR: path.join(database.dataDirectory, 'no-web'),
    LOG_LEVEL: 'silent',
    JOBS_POLL_INTERVAL_MS: '50',
    MAILLAGE_ADMIN_PASSWORD: ADMIN_PASSWORD,
    SFTP_PORT: '0',
    SFTP_HOST: '127.0.0.1',
    SFTP_ENABLED: 'true',
    ...(database.url ? { DATABASE_URL: database.url } : {}),
    ...env,
  });
  const app = await createApiApplication(config, createLogger(config)).catch(async (error: unknown) => {
    await database.drop();
    throw error;
  });
  try {
    const server = app.getHttpServer();
    const login = await request(server).post('/api/auth/login').send({ username: 'admin', password: ADMIN_PASSWORD });
    if (!login.body.accessToken) throw new Error(`Connexion administrateur impossible : ${login.status} ${JSON.stringify(login.body)}`);
    const port = app.get(SftpServer).port;
    if (!port) throw new Error('Le serveur SFTP n’écoute pas');
    let closing: Promise<void> | undefined;
    const shutdown = () => (closing ??= app.close());
    return {
      app,
      config,
      port,
      http: () => request.agent(server),
      adminToken: login.body.accessToken,
      shutdown,
      close: async () => {
        await shutdown();
        await database.drop();
      },
    };
  } catch (error) {
    await app.close();
    await database.drop();
    throw error;
  }
}

export function bearer(token: string): { Authorization: string } {
  return { Authorization: `Bearer ${token}` };
}

export interface Organisation {
  id: string;
  datasetId: string;
  datasetSlug: string;
  producerToken: string;
}

/** An organisation with one dataset and one producer, created through the API as an administrator would. */
export async function createOrganisation(test: SftpTestApp, name: string, datasetName: string, producer: string): Promise<Organisation> {
  const admin = bearer(test.adminToken);
  const organization = (await test.http().post('/api/organizations').set(admin).send({ name, kind: 'operateur' }).expect(201)).body;
  const dataset = (await test.http().post(`/api/organizations/${organization.id}/datasets`).set(admin).send({ name: datasetName }).expect(201)).body;
  await test.http().post('/api/users').set(admin).send({ username: producer, password: USER_PASSWORD, roles: ['producer'], organizationIds: [organization.id] }).expect(201);
  const login = await test.http().post('/api/auth/login').send({ username: producer, password: USER_PASSWORD }).expect(200);
  return { id: organization.id, datasetId: dataset.id, datasetSlug: dataset.slug, producerToken: login.body.accessToken };
}

/** Submissions of a dataset as the organisation's producer sees them. */
export async function submissionsOf(test: SftpTestApp, organisation: Organisation): Promise<Array<Record<string, any>>> {
  const filter = encodeURIComponent(JSON.stringify({ datasetId: organisation.datasetId }));
  return (await test.http().get(`/api/submissions?filter=${filter}`).set(bearer(organisation.producerToken)).expect(200)).body;
}

export async function auditEvents(test: SftpTestApp, action: string): Promise<Array<Record<string, any>>> {
  const filter = encodeURIComponent(JSON.stringify({ action }));
  return (await test.http().get(`/api/audit-events?filter=${filter}&range=[0,199]`).set(bearer(test.adminToken)).expect(200)).body;
}

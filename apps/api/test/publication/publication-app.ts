import type { NestExpressApplication } from '@nestjs/platform-express';
import path from 'path';
import request from 'supertest';
import { createApiApplication } from '../../src/bootstrap';
import { loadConfig } from '../../src/config/app.config';
import { createLogger } from '../../src/observability/logger';
import { PublicationClock } from '../../src/publication/publication-clock';
import { PublicationService } from '../../src/publication/publication.service';
import { emptySiteRecord, type SiteRecord } from '../../src/review/diff/site-record';
import { Dialect, scratchDatabase } from '../support/databases';

const ADMIN_PASSWORD = 'mot-de-passe-administrateur-publication';

/** Moves the application's publication clock (it dates versions, history and events, and "today" of summaries). */
export class TestClock {
  constructor(private readonly clock: PublicationClock) {}

  set(isoDate: string): void {
    const fixed = new Date(`${isoDate}T10:00:00Z`);
    this.clock.now = () => new Date(fixed);
  }

  reset(): void {
    this.clock.now = () => new Date();
  }
}

export interface PublicationTestApp {
  app: NestExpressApplication;
  http: () => request.Agent;
  admin: { Authorization: string };
  publication: PublicationService;
  clock: TestClock;
  /** Creates an organisation (slug from its name) with one dataset; returns their ids and slugs. */
  dataset(organizationName: string, datasetName: string): Promise<{ organizationId: string; datasetId: string; producer: string; datasetSlug: string }>;
  publish(dataset: { organizationId: string; datasetId: string }, sites: SiteRecord[], publishAt?: Date | null): ReturnType<PublicationService['publish']>;
  close(): Promise<void>;
}

/**
 * The application as production builds it (migrations, global guard, middleware), jobs run inline (`sync` driver) so
 * that exports exist when `publish` returns, with a movable publication clock.
 */
export async function startPublicationApp(dialect: Dialect, env: Record<string, string> = {}): Promise<PublicationTestApp> {
  const database = await scratchDatabase(dialect);
  const config = loadConfig({
    NODE_ENV: 'test',
    MAILLAGE_DATA_DIR: database.dataDirectory,
    MAILLAGE_WEB_DIR: path.join(database.dataDirectory, 'no-web'),
    LOG_LEVEL: 'silent',
    JOBS_DRIVER: 'sync',
    SFTP_ENABLED: 'false',
    MAILLAGE_ADMIN_PASSWORD: ADMIN_PASSWORD,
    ...(database.url ? { DATABASE_URL: database.url } : {}),
    ...env,
  });
  const app = await createApiApplication(config, createLogger(config));
  const clock = new TestClock(app.get(PublicationClock));
  const publication = app.get(PublicationService);
  const server = app.getHttpServer();
  const login = await request(server).post('/api/auth/login').send({ username: 'admin', password: ADMIN_PASSWORD });
  const admin = { Authorization: `Bearer ${login.body.accessToken}` };
  const http = () => request.agent(server);
  return {
    app,
    http,
    admin,
    publication,
    clock,
    dataset: async (organizationName, datasetName) => {
      const organization = (await http().post('/api/organizations').set(admin).send({ name: organizationName, kind: 'operateur' }).expect(201)).body;
      const dataset = (await http().post(`/api/organizations/${organization.id}/datasets`).set(admin).send({ name: datasetName }).expect(201)).body;
      return { organizationId: organization.id, datasetId: dataset.id, producer: organization.slug, datasetSlug: dataset.slug };
    },
    publish: (dataset, sites, publishAt = null) =>
      publication.publish({
        datasetId: dataset.datasetId,
        organizationId: dataset.organizationId,
        submissionId: null as unknown as string,
        sites: (async function* () {
          yield* sites;
        })(),
        publishAt,
        approvedBy: { id: 'relecteur-test', name: 'Relectrice de test' },
      }),
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}

/** A site of the schema with what the tests care about; every other field empty. */
export function site(id: string, nom: string, fields: Partial<SiteRecord> = {}): SiteRecord {
  return { ...emptySiteRecord(id, nom), categorie: 'presence_etat', type_site: 'autre_presence_etat', statut: 'ouvert', ...fields };
}

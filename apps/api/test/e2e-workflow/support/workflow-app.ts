import type { NestExpressApplication } from '@nestjs/platform-express';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import path from 'path';
import request from 'supertest';
import { AppModule } from '../../../src/app.module';
import { DomainExceptionFilter } from '../../../src/common/domain-exception.filter';
import { createValidationPipe } from '../../../src/common/validation.pipe';
import { AppConfig, loadConfig } from '../../../src/config/app.config';
import { ReviewService } from '../../../src/review/review.service';
import { Dialect, scratchDatabase, ScratchDatabase } from '../../support/databases';
import { InMemoryPublication, InMemoryPublicationModule } from './in-memory-publication';

export const ADMIN_PASSWORD = 'mot-de-passe-administrateur-workflow';
const PASSWORD = 'mot-de-passe-des-comptes-de-test';

export interface WorkflowApp {
  app: NestExpressApplication;
  config: AppConfig;
  publication: InMemoryPublication;
  http: () => request.Agent;
  close(options?: { keepDatabase?: boolean }): Promise<void>;
}

/**
 * The application's modules as `createApiApplication` assembles them (same prefix, pipe and error filter), with an
 * in-memory publication gateway beside them: publication is another context, tested on its own.
 */
export async function startWorkflowApp(dialect: Dialect, env: Record<string, string> = {}, database?: ScratchDatabase): Promise<WorkflowApp & { database: ScratchDatabase }> {
  const scratch = database ?? (await scratchDatabase(dialect));
  const config = loadConfig({
    NODE_ENV: 'test',
    MAILLAGE_DATA_DIR: scratch.dataDirectory,
    MAILLAGE_WEB_DIR: path.join(scratch.dataDirectory, 'no-web'),
    LOG_LEVEL: 'silent',
    JOBS_POLL_INTERVAL_MS: '50',
    JOBS_BACKOFF_MS: '10',
    MAILLAGE_ADMIN_PASSWORD: ADMIN_PASSWORD,
    ...(scratch.url ? { DATABASE_URL: scratch.url } : {}),
    ...env,
  });
  const publication = new InMemoryPublication();
  // Imported last on purpose: the review workflow resolves the gateway by token, and the last module providing it wins
  // (Nest's ModuleRef.get without `strict`), so the in-memory gateway stands in for the publication context's own.
  @Module({ imports: [AppModule.forRoot(config, { processesJobs: config.jobs.processInApi, servesWeb: false }), InMemoryPublicationModule.with(publication)] })
  class WorkflowTestModule {}
  const app = await NestFactory.create<NestExpressApplication>(WorkflowTestModule, { logger: false });
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new DomainExceptionFilter());
  await app.init();
  const server = app.getHttpServer();
  return {
    app,
    config,
    publication,
    database: scratch,
    http: () => request.agent(server),
    close: async (options = {}) => {
      await app.close();
      if (!options.keepDatabase) await scratch.drop();
    },
  };
}

export interface Actors {
  admin: string;
  producerA: string;
  producerA2: string;
  producerB: string;
  reviewer: string;
  /** Reviewer and producer of organisation A at once. */
  reviewerProducerA: string;
  tokenA: string;
  orgA: string;
  orgB: string;
  datasetA: string;
  datasetB: string;
}

/** Two organisations with a dataset each, and one account per role (bearer tokens), created through the API. */
export async function createActors(workflow: Pick<WorkflowApp, 'http'>, adminPassword = ADMIN_PASSWORD): Promise<Actors> {
  const http = workflow.http;
  const login = async (username: string, password: string) => {
    const response = await http().post('/api/auth/login').send({ username, password });
    if (!response.body.accessToken) throw new Error(`Connexion de ${username} impossible : ${response.status} ${JSON.stringify(response.body)}`);
    return response.body.accessToken as string;
  };
  const admin = await login('admin', adminPassword);
  const post = async (url: string, body: object) => (await http().post(url).set('Authorization', `Bearer ${admin}`).send(body).expect(201)).body;
  const orgA = (await post('/api/organizations', { name: 'Agence nationale de la cohésion des territoires', kind: 'operateur' })).id;
  const orgB = (await post('/api/organizations', { name: 'La Poste', kind: 'operateur' })).id;
  const datasetA = (await post(`/api/organizations/${orgA}/datasets`, { name: 'France services' })).id;
  const datasetB = (await post(`/api/organizations/${orgB}/datasets`, { name: 'Points de contact' })).id;
  const user = async (username: string, roles: string[], organizationIds: string[]) => {
    await post('/api/users', { username, password: PASSWORD, roles, organizationIds });
    return login(username, PASSWORD);
  };
  const producerA = await user('producteur.a', ['producer'], [orgA]);
  const tokenA = (
    await http().post(`/api/organizations/${orgA}/api-tokens`).set('Authorization', `Bearer ${producerA}`).send({ name: 'Envoi nocturne', scopes: ['submissions:write', 'submissions:read'] }).expect(201)
  ).body.token as string;
  return {
    admin,
    producerA,
    producerA2: await user('producteur.a2', ['producer'], [orgA]),
    producerB: await user('producteur.b', ['producer'], [orgB]),
    reviewer: await user('relecteur', ['reviewer'], []),
    reviewerProducerA: await user('relecteur.producteur', ['reviewer', 'producer'], [orgA]),
    tokenA,
    orgA,
    orgB,
    datasetA,
    datasetB,
  };
}

export function bearer(token: string): { Authorization: string } {
  return { Authorization: `Bearer ${token}` };
}

/** Waits for the validation job (run by the queue, not the request) to bring the submission to a settled status. */
export async function waitForStatus(workflow: Pick<WorkflowApp, 'http'>, token: string, id: string, statuses: string[] = ['valid', 'invalid', 'errored', 'submitted'], timeoutMs = 30_000): Promise<Record<string, any>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await workflow.http().get(`/api/submissions/${id}`).set(bearer(token)).expect(200);
    if (statuses.includes(response.body.status)) return response.body;
    if (Date.now() > deadline) throw new Error(`La soumission ${id} est restée ${response.body.status} (attendu : ${statuses.join(', ')})`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export function reviewService(workflow: WorkflowApp): ReviewService {
  return workflow.app.get(ReviewService);
}

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import request from 'supertest';
import { Module, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../../src/app.module';
import { API_PREFIX, createApiApplication } from '../../src/bootstrap';
import { DomainExceptionFilter } from '../../src/common/domain-exception.filter';
import { createValidationPipe } from '../../src/common/validation.pipe';
import { AppConfig, loadConfig } from '../../src/config/app.config';
import { createLogger } from '../../src/observability/logger';

export const TEST_ADMIN_PASSWORD = 'mot-de-passe-admin-de-test';
export const TEST_JWT_SECRET = 'secret-de-test-assez-long-pour-hs256-0123456789';

export type Dialect = 'sqlite' | 'postgres';

export interface TestApp {
  app: NestExpressApplication;
  config: AppConfig;
  http: () => request.Agent;
  close: () => Promise<void>;
}

/** The dialects a suite runs on: SQLite always, PostgreSQL when MAILLAGE_TEST_DATABASE_URL is set (else it says why not). */
export function testDialects(suite: string): Dialect[] {
  if (process.env.MAILLAGE_TEST_DATABASE_URL) return ['sqlite', 'postgres'];
  console.warn(`${suite} : MAILLAGE_TEST_DATABASE_URL absent, la variante PostgreSQL est ignorée`);
  return ['sqlite'];
}

/**
 * The real application (createApiApplication, every module, migrations) on a fresh SQLite file, or on a fresh
 * PostgreSQL schema of MAILLAGE_TEST_DATABASE_URL, with a throw-away data directory.
 */
export interface TestAppOptions {
  /** Test-only controllers mounted beside the application's. */
  probes?: Type<unknown>[];
  /** Where the application's log goes (JSON lines), to assert on it. */
  logOutput?: NodeJS.WritableStream;
}

export async function startTestApp(dialect: Dialect = 'sqlite', env: Record<string, string> = {}, options: TestAppOptions = {}): Promise<TestApp> {
  const probes = options.probes ?? [];
  const dataDirectory = fs.mkdtempSync(path.join(os.tmpdir(), 'maillage-identity-'));
  const database = dialect === 'postgres' ? await freshPostgresSchema() : null;
  const config = loadConfig({
    NODE_ENV: 'test',
    MAILLAGE_DATA_DIR: dataDirectory,
    MAILLAGE_WEB_DIR: path.join(dataDirectory, 'no-web'),
    LOG_LEVEL: 'silent',
    JOBS_DRIVER: 'sync',
    // Suites run in parallel: no fixed-port SSH server (its HTTP routes stay mounted).
    SFTP_ENABLED: 'false',
    AUTH_JWT_SECRET: TEST_JWT_SECRET,
    MAILLAGE_ADMIN_PASSWORD: TEST_ADMIN_PASSWORD,
    ...(database ? { DATABASE_URL: database.url } : {}),
    ...env,
  });
  const logger = createLogger(config, options.logOutput);
  const app = probes.length === 0 ? await createApiApplication(config, logger) : await createProbedApplication(config, probes);
  // listen() would flush the logs Nest buffers during start-up; the tests do not listen.
  app.flushLogs();
  const server = app.getHttpServer();
  return {
    app,
    config,
    http: () => request.agent(server),
    close: async () => {
      await app.close();
      await database?.drop();
      fs.rmSync(dataDirectory, { recursive: true, force: true });
    },
  };
}

/**
 * The application plus test-only controllers (e.g. a route accepting API tokens before any real one does), set up as
 * createApiApplication does for what matters here: prefix, validation, error mapping, the global access guard.
 */
async function createProbedApplication(config: AppConfig, probes: Type<unknown>[]): Promise<NestExpressApplication> {
  @Module({ imports: [AppModule.forRoot(config, { processesJobs: false, servesWeb: false })], controllers: probes })
  class ProbedModule {}
  const app = await NestFactory.create<NestExpressApplication>(ProbedModule, { logger: false });
  app.set('trust proxy', 'loopback');
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new DomainExceptionFilter());
  await app.init();
  return app;
}

async function freshPostgresSchema(): Promise<{ url: string; drop: () => Promise<void> }> {
  const baseUrl = process.env.MAILLAGE_TEST_DATABASE_URL as string;
  const schema = `identity_${randomBytes(6).toString('hex')}`;
  const run = async (sql: string) => {
    const server = await new DataSource({ type: 'postgres', url: baseUrl }).initialize();
    try {
      await server.query(sql);
    } finally {
      await server.destroy();
    }
  };
  await run(`CREATE SCHEMA "${schema}"`);
  const url = new URL(baseUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return { url: url.toString(), drop: () => run(`DROP SCHEMA "${schema}" CASCADE`) };
}

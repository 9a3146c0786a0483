import { NestFactory } from '@nestjs/core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppModule } from '../../src/app.module';
import { loadConfig } from '../../src/config/app.config';
import { declaresAccess, describeAccess } from '../../src/identity/authentication/access-declaration';
import { listLiveRoutes, LiveRoute } from './route-inventory';

// Boots the whole application (migrations, scrypt hashing): slow on a loaded machine, and PostgreSQL is slower still.
jest.setTimeout(60_000);

describe('Every route of the application declares who may call it', () => {
  let routes: LiveRoute[];
  let close: () => Promise<void>;

  beforeAll(async () => {
    const dataDirectory = fs.mkdtempSync(path.join(os.tmpdir(), 'maillage-routes-'));
    const config = loadConfig({ NODE_ENV: 'test', MAILLAGE_DATA_DIR: dataDirectory, LOG_LEVEL: 'silent', JOBS_DRIVER: 'sync', SFTP_ENABLED: 'false' });
    // Created but not initialised: the module graph and its controllers exist, no lifecycle hook has run.
    const app = await NestFactory.create(AppModule.forRoot(config, { processesJobs: false, servesWeb: false }), { logger: false });
    routes = listLiveRoutes(app);
    close = async () => {
      await app.close();
      fs.rmSync(dataDirectory, { recursive: true, force: true });
    };
  });
  afterAll(() => close());

  it('finds the routes (the walk itself works)', () => {
    expect(routes.map((route) => route.key)).toEqual(expect.arrayContaining(['POST /api/auth/login', 'GET /api/users', 'GET /api/audit-events']));
  });

  it('has no route without @Public(), @Authenticated(), @Roles() or @TokenScopes()', () => {
    const undeclared = routes.filter((route) => !declaresAccess(route.declaration)).map((route) => `${route.key} (${route.handler})`);
    expect(undeclared).toEqual([]);
  });

  it('does not mix @Public() with restrictions, which would be ignored', () => {
    const mixed = routes
      .filter((route) => route.declaration.public && describeAccess({ ...route.declaration, public: false }) !== 'undeclared')
      .map((route) => route.key);
    expect(mixed).toEqual([]);
  });
});

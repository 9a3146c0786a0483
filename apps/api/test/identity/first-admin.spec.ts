import { NestFactory } from '@nestjs/core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { AppModule } from '../../src/app.module';
import { loadConfig } from '../../src/config/app.config';
import { UserRepository } from '../../src/identity/users/user.repository';
import { FirstAdminBootstrap } from '../../src/identity/users/first-admin.bootstrap';
import { startTestApp, TestApp } from './test-app';

// Boots the whole application (migrations, scrypt hashing): slow on a loaded machine, and PostgreSQL is slower still.
jest.setTimeout(60_000);

describe('First admin on a fresh installation', () => {
  let api: TestApp;
  let log = '';

  beforeAll(async () => {
    const output = new PassThrough();
    output.on('data', (chunk: Buffer) => (log += chunk.toString('utf8')));
    api = await startTestApp('sqlite', { MAILLAGE_ADMIN_PASSWORD: '', LOG_LEVEL: 'warn', LOG_FORMAT: 'json', PORT: '8080' }, { logOutput: output });
  });
  afterAll(() => api.close());

  it('generates a password, prints it once in a banner with the address to sign in, and it works', async () => {
    const banner = log.split('\n').filter((line) => line.includes('Compte administrateur créé'));
    expect(banner).toHaveLength(1);
    const message: string = JSON.parse(banner[0]).msg;
    expect(message).toContain('http://localhost:8080/');
    const password = /Mot de passe \(affiché une seule fois\) : (\S+)/.exec(message)?.[1];
    expect(password).toMatch(/^[\w-]{24}$/);
    const login = await api.http().post('/api/auth/login').send({ username: 'admin', password }).expect(200);
    expect(login.body.user.roles).toEqual(['admin']);
  });

  it('does nothing once an active admin exists', async () => {
    await expect(api.app.get(FirstAdminBootstrap).ensureAdminExists()).resolves.toBeNull();
    expect(log.match(/Compte administrateur créé/g)).toHaveLength(1);
  });
});

describe('First admin and the worker process', () => {
  it('is not created by a process without an HTTP server (the worker)', async () => {
    const dataDirectory = fs.mkdtempSync(path.join(os.tmpdir(), 'maillage-worker-'));
    const config = loadConfig({ NODE_ENV: 'test', MAILLAGE_DATA_DIR: dataDirectory, LOG_LEVEL: 'silent', JOBS_DRIVER: 'sync', SFTP_ENABLED: 'false' });
    const worker = await NestFactory.createApplicationContext(AppModule.forRoot(config, { processesJobs: false, servesWeb: false }), { logger: false });
    try {
      await expect(worker.get(UserRepository).hasActiveAdmin()).resolves.toBe(false);
    } finally {
      await worker.close();
      fs.rmSync(dataDirectory, { recursive: true, force: true });
    }
  });
});

import path from 'path';
import { loadConfig } from './app.config';
import { ConfigurationError } from './env-reader';

const cwd = '/srv/maillage';

function problemsOf(env: Record<string, string>): string {
  try {
    loadConfig(env, cwd);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return (error as Error).message;
  }
  throw new Error('la configuration aurait dû être refusée');
}

describe('loadConfig', () => {
  it('gives the embedded defaults on a bare environment', () => {
    const config = loadConfig({}, cwd);
    expect(config).toMatchObject({
      environment: 'development',
      port: 3000,
      dataDirectory: '/srv/maillage/data',
      database: { type: 'sqlite', path: '/srv/maillage/data/maillage.sqlite' },
      jobs: { driver: 'database', processInApi: true, concurrency: 2, maxAttempts: 3 },
      storage: { driver: 'local', directory: '/srv/maillage/data/files' },
      log: { level: 'info', format: 'pretty' },
      shutdownGraceMs: 10_000,
      corsOrigins: [],
    });
    expect(path.basename(config.schemasDirectory)).toBe('schemas');
    expect(config.webDirectory.endsWith(path.join('dist', 'apps', 'web'))).toBe(true);
  });

  it('chooses the production services from their variables', () => {
    const config = loadConfig(
      {
        NODE_ENV: 'production',
        DATABASE_URL: 'postgres://maillage:secret@db:5432/maillage',
        REDIS_URL: 'redis://redis:6379',
        S3_ENDPOINT: 'https://s3.example.fr',
        S3_BUCKET: 'maillage',
        S3_ACCESS_KEY_ID: 'id',
        S3_SECRET_ACCESS_KEY: 'secret',
        CORS_ORIGINS: 'https://a.example.fr, https://b.example.fr',
      },
      cwd,
    );
    expect(config.database).toEqual({ type: 'postgres', url: 'postgres://maillage:secret@db:5432/maillage' });
    expect(config.jobs).toMatchObject({ driver: 'bullmq', redisUrl: 'redis://redis:6379', processInApi: false });
    expect(config.storage).toEqual({
      driver: 's3',
      endpoint: 'https://s3.example.fr',
      bucket: 'maillage',
      region: 'us-east-1',
      accessKeyId: 'id',
      secretAccessKey: 'secret',
      forcePathStyle: true,
    });
    expect(config.log.format).toBe('json');
    expect(config.corsOrigins).toEqual(['https://a.example.fr', 'https://b.example.fr']);
  });

  it('names a bad port in French and English', () => {
    const message = problemsOf({ PORT: 'abc' });
    expect(message).toContain('Configuration invalide : PORT doit être un entier entre 1 et 65535 (reçu « abc »)');
    expect(message).toContain('Invalid configuration: PORT must be an integer between 1 and 65535 (got "abc")');
  });

  it('reports every bad variable at once, without leaking a password', () => {
    const message = problemsOf({ PORT: '70000', DATABASE_URL: 'mysql://root:hunter2@db/maillage', JOBS_DRIVER: 'kafka', LOG_FORMAT: 'xml' });
    expect(message).toContain('PORT doit être un entier entre 1 et 65535 (reçu « 70000 »)');
    expect(message).toContain('DATABASE_URL doit être une URL postgres://… ou postgresql://… (reçu « mysql://root:***@db/maillage »)');
    expect(message).not.toContain('hunter2');
    expect(message).toContain('JOBS_DRIVER doit valoir l\'une de ces valeurs : database, bullmq, sync (reçu « kafka »)');
    expect(message).toContain('LOG_FORMAT');
  });

  it('requires Redis for BullMQ and the whole S3 set as soon as one S3 variable is given', () => {
    expect(problemsOf({ JOBS_DRIVER: 'bullmq' })).toContain('REDIS_URL est obligatoire quand JOBS_DRIVER vaut bullmq');
    const message = problemsOf({ S3_BUCKET: 'maillage' });
    expect(message).toContain('S3_ACCESS_KEY_ID est obligatoire dès qu’une variable S3_* est définie');
    expect(message).toContain('S3_SECRET_ACCESS_KEY est obligatoire');
  });

  it('reads booleans and bounded integers', () => {
    expect(problemsOf({ JOBS_PROCESS_IN_API: 'peut-être' })).toContain('JOBS_PROCESS_IN_API doit valoir true ou false (reçu « peut-être »)');
    expect(problemsOf({ SHUTDOWN_GRACE_MS: '-1' })).toContain('SHUTDOWN_GRACE_MS doit être un entier entre 0 et 600000');
    expect(loadConfig({ REDIS_URL: 'redis://r:6379', JOBS_PROCESS_IN_API: 'oui', MAILLAGE_DATA_DIR: 'var' }, cwd)).toMatchObject({
      dataDirectory: '/srv/maillage/var',
      jobs: { processInApi: true },
    });
  });

  it('includes the identity settings, checked with the rest', () => {
    expect(loadConfig({}, cwd).identity.mode).toBe('local');
    const message = problemsOf({ AUTH_MODE: 'ldap', PORT: '0' });
    expect(message).toContain('PORT doit être un entier');
    expect(message).toContain('AUTH_MODE doit valoir l\'une de ces valeurs : local, keycloak (reçu « ldap »)');
  });
});

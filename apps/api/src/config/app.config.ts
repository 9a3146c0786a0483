import path from 'path';
import { IdentityConfig, readIdentityConfig } from '../identity/identity.config';
import { PublicationConfig, readPublicationConfig } from '../publication/publication.config';
import { readSftpConfig, SftpConfig } from '../sftp/sftp.config';
import { EnvReader } from './env-reader';
import { findRepositoryRoot } from './repository-root';

export type DatabaseConfig =
  | { type: 'sqlite'; path: string }
  | { type: 'postgres'; url: string };

export const JOB_DRIVERS = ['database', 'bullmq', 'sync'] as const;
export type JobDriverName = (typeof JOB_DRIVERS)[number];

export interface JobsConfig {
  driver: JobDriverName;
  redisUrl?: string;
  queueName: string;
  /** Whether the API process also runs the handlers (always for the embedded drivers; opt-in with BullMQ, whose jobs run in `worker.ts`). */
  processInApi: boolean;
  concurrency: number;
  pollIntervalMs: number;
  maxAttempts: number;
  backoffMs: number;
  /** How long a claimed job stays locked without a heartbeat before another runner may take it over. */
  leaseMs: number;
}

export type StorageConfig =
  | { driver: 'local'; directory: string }
  | {
      driver: 's3';
      endpoint?: string;
      bucket: string;
      region: string;
      accessKeyId: string;
      secretAccessKey: string;
      forcePathStyle: boolean;
    };

export interface AppConfig {
  environment: 'development' | 'production' | 'test';
  host: string;
  port: number;
  dataDirectory: string;
  database: DatabaseConfig;
  jobs: JobsConfig;
  storage: StorageConfig;
  log: { level: string; format: 'json' | 'pretty' };
  shutdownGraceMs: number;
  schemasDirectory: string;
  webDirectory: string;
  corsOrigins: string[];
  identity: IdentityConfig;
  publication: PublicationConfig;
  /** Largest file a producer may upload, in bytes. */
  maxUploadBytes: number;
  sftp: SftpConfig;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/**
 * Reads and checks every variable the API needs. Throws a ConfigurationError naming each bad variable, in French and
 * English, so that a misconfigured deployment stops at start-up rather than at the first request.
 */
export function loadConfig(env: Record<string, string | undefined>, cwd: string = process.cwd()): AppConfig {
  const reader = new EnvReader(env);
  const repositoryRoot = findRepositoryRoot();
  const environment = reader.oneOf('NODE_ENV', ['development', 'production', 'test'] as const, 'development');
  const dataDirectory = reader.directory('MAILLAGE_DATA_DIR', './data', cwd);

  const config: AppConfig = {
    environment,
    host: reader.string('HOST', '0.0.0.0'),
    port: reader.integer('PORT', 3000, 1, 65535),
    dataDirectory,
    database: readDatabase(reader, dataDirectory),
    jobs: readJobs(reader),
    storage: readStorage(reader, dataDirectory),
    log: {
      level: reader.oneOf('LOG_LEVEL', LOG_LEVELS, 'info'),
      format: reader.oneOf('LOG_FORMAT', ['json', 'pretty'] as const, environment === 'production' ? 'json' : 'pretty'),
    },
    shutdownGraceMs: reader.integer('SHUTDOWN_GRACE_MS', 10_000, 0, 600_000),
    schemasDirectory: reader.directory('MAILLAGE_SCHEMAS_DIR', path.join(repositoryRoot, 'schemas'), cwd),
    webDirectory: reader.directory('MAILLAGE_WEB_DIR', path.join(repositoryRoot, 'dist/apps/web'), cwd),
    corsOrigins: (reader.optionalString('CORS_ORIGINS') ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    identity: readIdentityConfig(reader),
    publication: readPublicationConfig(reader),
    maxUploadBytes: reader.integer('MAX_UPLOAD_BYTES', 100 * 1024 * 1024, 1, Number.MAX_SAFE_INTEGER),
    sftp: readSftpConfig(reader, dataDirectory, reader.raw('DATABASE_URL') === undefined),
  };
  reader.throwIfInvalid();
  return config;
}

/** The database part alone, for the TypeORM CLI data source used by tools/db/generate-migration.js. */
export function loadDatabaseConfig(env: Record<string, string | undefined>, cwd: string = process.cwd()): DatabaseConfig {
  const reader = new EnvReader(env);
  const database = readDatabase(reader, reader.directory('MAILLAGE_DATA_DIR', './data', cwd));
  reader.throwIfInvalid();
  return database;
}

function readDatabase(reader: EnvReader, dataDirectory: string): DatabaseConfig {
  const url = reader.url('DATABASE_URL', ['postgres', 'postgresql']);
  if (url) return { type: 'postgres', url };
  return { type: 'sqlite', path: path.join(dataDirectory, 'maillage.sqlite') };
}

function readJobs(reader: EnvReader): JobsConfig {
  const redisUrl = reader.url('REDIS_URL', ['redis', 'rediss']);
  const driver = reader.oneOf('JOBS_DRIVER', JOB_DRIVERS, redisUrl ? 'bullmq' : 'database');
  if (driver === 'bullmq' && !redisUrl && reader.raw('REDIS_URL') === undefined) {
    reader.report(
      'REDIS_URL',
      'REDIS_URL est obligatoire quand JOBS_DRIVER vaut bullmq',
      'REDIS_URL is required when JOBS_DRIVER is bullmq',
    );
  }
  return {
    driver,
    redisUrl,
    queueName: reader.string('JOBS_QUEUE_NAME', 'maillage'),
    processInApi: reader.boolean('JOBS_PROCESS_IN_API', driver !== 'bullmq'),
    concurrency: reader.integer('JOBS_CONCURRENCY', 2, 1, 64),
    pollIntervalMs: reader.integer('JOBS_POLL_INTERVAL_MS', 1000, 10, 3_600_000),
    maxAttempts: reader.integer('JOBS_MAX_ATTEMPTS', 3, 1, 100),
    backoffMs: reader.integer('JOBS_BACKOFF_MS', 2000, 0, 3_600_000),
    leaseMs: reader.integer('JOBS_LEASE_MS', 60_000, 1000, 86_400_000),
  };
}

const S3_VARIABLES = ['S3_ENDPOINT', 'S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY', 'S3_REGION'] as const;

function readStorage(reader: EnvReader, dataDirectory: string): StorageConfig {
  const usesS3 = S3_VARIABLES.some((name) => reader.raw(name) !== undefined);
  if (!usesS3) return { driver: 'local', directory: path.join(dataDirectory, 'files') };
  const why = { fr: 'dès qu’une variable S3_* est définie', en: 'as soon as any S3_* variable is set' };
  const endpoint = reader.url('S3_ENDPOINT', ['http', 'https']);
  return {
    driver: 's3',
    endpoint,
    bucket: reader.requiredString('S3_BUCKET', why),
    region: reader.string('S3_REGION', 'us-east-1'),
    accessKeyId: reader.requiredString('S3_ACCESS_KEY_ID', why),
    secretAccessKey: reader.requiredString('S3_SECRET_ACCESS_KEY', why),
    forcePathStyle: reader.boolean('S3_FORCE_PATH_STYLE', endpoint !== undefined),
  };
}

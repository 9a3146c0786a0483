import { randomBytes } from 'crypto';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { Client } from 'pg';
import type { DatabaseConfig } from '../../src/config/app.config';

export type Dialect = 'sqlite' | 'postgres';

/** SQLite always; PostgreSQL when MAILLAGE_TEST_DATABASE_URL is set, otherwise the suite says why it skips it. */
export function dialectsUnderTest(suite: string): Dialect[] {
  if (process.env.MAILLAGE_TEST_DATABASE_URL) return ['sqlite', 'postgres'];
  console.warn(`${suite} : MAILLAGE_TEST_DATABASE_URL absent, variante PostgreSQL ignorée`);
  return ['sqlite'];
}

export interface ScratchDatabase {
  config: DatabaseConfig;
  /** The value to give DATABASE_URL, or undefined for SQLite. */
  url?: string;
  dataDirectory: string;
  drop(): Promise<void>;
}

async function onServer(sql: string): Promise<void> {
  const client = new Client({ connectionString: process.env.MAILLAGE_TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * An empty database for one suite: a SQLite file in a temporary directory, or a schema of its own on the test
 * PostgreSQL server (selected through search_path), dropped afterwards with everything in it.
 */
export async function scratchDatabase(dialect: Dialect): Promise<ScratchDatabase> {
  const dataDirectory = fs.mkdtempSync(path.join(os.tmpdir(), 'maillage-api-test-'));
  const removeDirectory = () => fs.rmSync(dataDirectory, { recursive: true, force: true });
  if (dialect === 'sqlite') {
    return {
      config: { type: 'sqlite', path: path.join(dataDirectory, 'maillage.sqlite') },
      dataDirectory,
      drop: async () => removeDirectory(),
    };
  }
  const schema = `test_${randomBytes(6).toString('hex')}`;
  await onServer(`CREATE SCHEMA "${schema}"`);
  const url = new URL(process.env.MAILLAGE_TEST_DATABASE_URL as string);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    config: { type: 'postgres', url: url.toString() },
    url: url.toString(),
    dataDirectory,
    drop: async () => {
      await onServer(`DROP SCHEMA "${schema}" CASCADE`);
      removeDirectory();
    },
  };
}

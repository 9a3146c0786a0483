import { createHash } from 'crypto';
import type { DataSource, QueryRunner } from 'typeorm';
import type { ColumnSpec } from './site-rows';

export type Dialect = 'sqlite' | 'postgres';

export function dialectOf(dataSource: DataSource): Dialect {
  return dataSource.options.type === 'postgres' ? 'postgres' : 'sqlite';
}

/** Queries are written with `?` placeholders; PostgreSQL wants `$1…$n`. */
export function toDialect(dialect: Dialect, text: string): string {
  if (dialect === 'sqlite') return text;
  let index = 0;
  return text.replace(/\?/g, () => `$${++index}`);
}

type Executor = Pick<DataSource, 'query'> | QueryRunner;

export function run<T = any>(executor: Executor, dialect: Dialect, text: string, params: unknown[] = []): Promise<T[]> {
  return executor.query(toDialect(dialect, text), params.map((value) => (dialect === 'sqlite' && typeof value === 'boolean' ? Number(value) : value)));
}

interface PgPool {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: Record<string, any>[] }>;
}

/**
 * For the public API's hot reads: on PostgreSQL, straight to the driver's pool as a named (prepared once per
 * connection) statement, skipping TypeORM's query runner; on SQLite, TypeORM's query (the driver is synchronous).
 */
export function readQuery(dataSource: DataSource, dialect: Dialect, text: string, params: unknown[] = []): Promise<Record<string, any>[]> {
  if (dialect === 'sqlite') return run(dataSource, dialect, text, params);
  let statement = PREPARED.get(text);
  if (!statement) {
    const sql = toDialect(dialect, text);
    statement = { name: createHash('sha1').update(sql).digest('hex'), text: sql };
    PREPARED.set(text, statement);
  }
  const pool = (dataSource.driver as unknown as { master: PgPool }).master;
  return pool.query({ ...statement, values: params }).then((result) => result.rows);
}

const PREPARED = new Map<string, { name: string; text: string }>();

const SQLITE_MAX_PARAMETERS = 32_000;
const POSTGRES_ROWS_PER_STATEMENT = 20_000;
const PG_TYPES: Record<ColumnSpec['kind'], string> = { text: 'text', float: 'float8', boolean: 'boolean', integer: 'int4' };

interface BetterSqliteDatabase {
  prepare(sql: string): { run(...params: unknown[]): unknown };
}

/**
 * Inserts many rows fast, inside the runner's transaction: on SQLite, prepared multi-row statements run directly on
 * the better-sqlite3 connection (TypeORM would prepare each call again); on PostgreSQL, thousands of rows at a time
 * as one JSON array (serialised natively by V8, parsed in C by `jsonb_array_elements`): far less work in Node than
 * the driver's escaping of one array parameter per column. `jsonb`, not `json`: `->>` on `json` parses the element's
 * text again for every column read, ten times the server's work for a row of the `sites` table.
 */
export async function insertRows(runner: QueryRunner, dialect: Dialect, table: string, columns: readonly ColumnSpec[], rows: unknown[][]): Promise<void> {
  if (rows.length === 0) return;
  const names = columns.map((column) => `"${column.name}"`).join(', ');
  if (dialect === 'postgres') {
    const values = columns.map((column, index) => (column.kind === 'text' ? `e->>${index}` : `(e->>${index})::${PG_TYPES[column.kind]}`)).join(', ');
    const text = `INSERT INTO "${table}" (${names}) SELECT ${values} FROM jsonb_array_elements($1::jsonb) AS e`;
    for (let start = 0; start < rows.length; start += POSTGRES_ROWS_PER_STATEMENT) {
      await runner.query(text, [JSON.stringify(rows.slice(start, start + POSTGRES_ROWS_PER_STATEMENT))]);
    }
    return;
  }
  const database = (runner.connection.driver as unknown as { databaseConnection: BetterSqliteDatabase }).databaseConnection;
  const rowPlaceholders = `(${columns.map(() => '?').join(', ')})`;
  const perStatement = Math.max(1, Math.floor(SQLITE_MAX_PARAMETERS / columns.length));
  const statements = new Map<number, { run(...params: unknown[]): unknown }>();
  const statementFor = (count: number) => {
    let statement = statements.get(count);
    if (!statement) {
      statement = database.prepare(`INSERT INTO "${table}" (${names}) VALUES ${Array(count).fill(rowPlaceholders).join(', ')}`);
      statements.set(count, statement);
    }
    return statement;
  };
  for (let start = 0; start < rows.length; start += perStatement) {
    const batch = rows.slice(start, start + perStatement);
    const params: unknown[] = [];
    for (const row of batch) for (const value of row) params.push(typeof value === 'boolean' ? Number(value) : value ?? null);
    statementFor(batch.length).run(...params);
  }
}

/** Runs `text` (ending in `IN (%s)`) for the values, a few hundred at a time. */
export async function inBatches(runner: QueryRunner, dialect: Dialect, text: string, leading: unknown[], values: readonly string[]): Promise<void> {
  for (let start = 0; start < values.length; start += 500) {
    const batch = values.slice(start, start + 500);
    await run(runner, dialect, text.replace('%s', batch.map(() => '?').join(', ')), [...leading, ...batch]);
  }
}

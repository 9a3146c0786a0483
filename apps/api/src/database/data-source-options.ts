import fs from 'fs';
import path from 'path';
import { DataSourceOptions } from 'typeorm';
import { DatabaseConfig } from '../config/app.config';
import { loadEntityClasses, loadMigrationClasses } from './class-loader';

/**
 * One place that turns the database configuration into TypeORM options, shared by the application, the migration
 * generator and the tests. Schema changes only ever go through the committed migrations of each dialect.
 */
export function dataSourceOptions(database: DatabaseConfig): DataSourceOptions {
  const common = {
    entities: loadEntityClasses(),
    synchronize: false,
    migrationsRun: false,
    migrationsTableName: 'migrations',
  };
  if (database.type === 'sqlite') {
    fs.mkdirSync(path.dirname(database.path), { recursive: true });
    return {
      ...common,
      type: 'better-sqlite3',
      database: database.path,
      enableWAL: true,
      migrations: loadMigrationClasses('sqlite'),
    };
  }
  return {
    ...common,
    type: 'postgres',
    url: database.url,
    migrations: loadMigrationClasses('postgres'),
  };
}

import { DataSource } from 'typeorm';
import { loadDatabaseConfig } from '../config/app.config';
import { dataSourceOptions } from './data-source-options';

/** Entry point for the TypeORM CLI (`-d dist/…/migration-data-source.js`), used by tools/db/generate-migration.js. */
export default new DataSource(dataSourceOptions(loadDatabaseConfig(process.env)));

import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options';
import { dialectsUnderTest, scratchDatabase, ScratchDatabase } from './support/databases';

/**
 * The committed migrations must build exactly the schema the entities describe, and undo themselves: otherwise
 * someone changed an entity without running `node tools/db/generate-migration.js <Name>`.
 */
describe.each(dialectsUnderTest('Migrations'))('migrations on %s', (dialect) => {
  let database: ScratchDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await scratchDatabase(dialect);
    dataSource = await new DataSource(dataSourceOptions(database.config)).initialize();
  }, 60_000);

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('exist for this dialect', () => {
    expect(dataSource.migrations.length).toBeGreaterThan(0);
  });

  it('bring a fresh database exactly to the entities', async () => {
    await dataSource.runMigrations({ transaction: 'all' });
    const pending = await dataSource.driver.createSchemaBuilder().log();
    const unexpected = pending.upQueries.map((query) => query.query);
    if (unexpected.length > 0) {
      throw new Error(
        `Les entités ont changé sans migration ; lancez « node tools/db/generate-migration.js <Nom> ». Requêtes manquantes :\n${unexpected.join('\n')}`,
      );
    }
  });

  it('can all be reverted, leaving only the migrations table', async () => {
    for (let remaining = dataSource.migrations.length; remaining > 0; remaining -= 1) await dataSource.undoLastMigration({ transaction: 'all' });
    const sql =
      dialect === 'sqlite'
        ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        : 'SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema()';
    const tables: { name: string }[] = await dataSource.query(sql);
    expect(tables.map((table) => table.name)).toEqual(['migrations']);
  });
});

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, QueryRunner } from 'typeorm';
import type { SiteEvent } from '../review/diff/events';
import type { SiteRecord } from '../review/diff/site-record';
import { EVENT_TABLE_COLUMNS, HISTORY_TABLE_COLUMNS, SITE_TABLE_COLUMNS, historyRow, sameRecord, siteTableRow, type DatasetIdentity } from './site-rows';
import { TerritoryResolver } from './site-territories';
import { dialectOf, inBatches, insertRows, run, type Dialect } from './sql';

/** Rows written by one publication beyond which the tables' statistics are refreshed. */
const LARGE_WRITE_ROWS = 20_000;

export interface VersionChange {
  dataset: DatasetIdentity;
  versionId: string;
  /** Publication day, `YYYY-MM-DD`. */
  date: string;
  publishedAt: string;
  previous: ReadonlyMap<string, SiteRecord>;
  next: readonly SiteRecord[];
  events: readonly SiteEvent[];
}

/**
 * The consolidated tables (`sites`, `site_history`, `site_events`) as publication changes them: a new version writes
 * only what differs from the previous one (removed, changed and added sites), so that republishing a large list with
 * a few changes costs little; a retraction undoes what its version wrote.
 */
@Injectable()
export class ConsolidatedSites {
  private readonly dialect: Dialect;
  private readonly territories = new TerritoryResolver();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    this.dialect = dialectOf(dataSource);
  }

  async datasetIdentity(datasetId: string): Promise<DatasetIdentity | undefined> {
    const [row] = await run(
      this.dataSource,
      this.dialect,
      'SELECT d."slug" AS "datasetSlug", d."organizationId" AS "organizationId", o."slug" AS "producer" FROM "datasets" d JOIN "organizations" o ON o."id" = d."organizationId" WHERE d."id" = ?',
      [datasetId],
    );
    return row ? { datasetId, organizationId: row.organizationId, producer: row.producer, datasetSlug: row.datasetSlug } : undefined;
  }

  /** Returns how many rows it wrote. */
  async applyVersion(runner: QueryRunner, change: VersionChange): Promise<number> {
    const { dataset, previous, next } = change;
    const nextIds = new Set<string>();
    const changed: SiteRecord[] = [];
    const added: SiteRecord[] = [];
    for (const site of next) {
      nextIds.add(site.id);
      const before = previous.get(site.id);
      if (!before) added.push(site);
      else if (!sameRecord(before, site)) changed.push(site);
    }
    const removedIds: string[] = [];
    for (const id of previous.keys()) if (!nextIds.has(id)) removedIds.push(id);
    const endedIds = [...removedIds, ...changed.map((site) => site.id)];

    if (previous.size > 0 && endedIds.length > previous.size / 2) {
      await run(runner, this.dialect, 'DELETE FROM "sites" WHERE "dataset_id" = ?', [dataset.datasetId]);
      await this.insertSites(runner, dataset, next);
    } else {
      await inBatches(runner, this.dialect, 'DELETE FROM "sites" WHERE "dataset_id" = ? AND "site_id" IN (%s)', [dataset.datasetId], endedIds);
      await this.insertSites(runner, dataset, [...changed, ...added]);
    }
    await inBatches(
      runner,
      this.dialect,
      'UPDATE "site_history" SET "valid_to" = ?, "ended_by_version_id" = ? WHERE "dataset_id" = ? AND "valid_to" IS NULL AND "site_id" IN (%s)',
      [change.date, change.versionId, dataset.datasetId],
      endedIds,
    );
    const history = [
      ...changed.map((site) => historyRow(dataset, change.versionId, change.date, false, site, this.territories.of(site.code_insee))),
      ...added.map((site) => historyRow(dataset, change.versionId, change.date, true, site, this.territories.of(site.code_insee))),
    ];
    await insertRows(runner, this.dialect, 'site_history', HISTORY_TABLE_COLUMNS, history);
    await this.insertEvents(runner, change);
    return endedIds.length + changed.length + added.length + history.length + change.events.length;
  }

  /**
   * After a large write, PostgreSQL's planner needs fresh statistics at once (autovacuum comes later): without them the
   * next publication's batched deletes and updates by site id may scan whole tables.
   */
  async refreshStatistics(writtenRows: number): Promise<void> {
    if (this.dialect !== 'postgres' || writtenRows < LARGE_WRITE_ROWS) return;
    await this.dataSource.query('ANALYZE "sites", "site_history"');
  }

  /** Undoes a version: its history rows and events go, the rows it ended are current again, `restored` fills `sites`. */
  async revertVersion(runner: QueryRunner, dataset: DatasetIdentity, versionId: string, restored: readonly SiteRecord[]): Promise<void> {
    await run(runner, this.dialect, 'DELETE FROM "site_history" WHERE "version_id" = ?', [versionId]);
    await run(runner, this.dialect, 'UPDATE "site_history" SET "valid_to" = NULL, "ended_by_version_id" = NULL WHERE "ended_by_version_id" = ?', [versionId]);
    await run(runner, this.dialect, 'DELETE FROM "site_events" WHERE "published_version_id" = ?', [versionId]);
    await run(runner, this.dialect, 'DELETE FROM "sites" WHERE "dataset_id" = ?', [dataset.datasetId]);
    await this.insertSites(runner, dataset, restored);
  }

  private insertSites(runner: QueryRunner, dataset: DatasetIdentity, sites: readonly SiteRecord[]): Promise<void> {
    const rows = sites.map((site) => siteTableRow(dataset, site, this.territories.of(site.code_insee)));
    return insertRows(runner, this.dialect, 'sites', SITE_TABLE_COLUMNS, rows);
  }

  private insertEvents(runner: QueryRunner, change: VersionChange): Promise<void> {
    const wanted = new Set<string>();
    for (const event of change.events) wanted.add(event.relatedSiteId ?? event.siteId).add(event.siteId);
    const nextById = new Map<string, SiteRecord>();
    for (const site of change.next) if (wanted.has(site.id)) nextById.set(site.id, site);
    const rows = change.events.map((event) => {
      const site = nextById.get(event.relatedSiteId ?? event.siteId) ?? nextById.get(event.siteId) ?? change.previous.get(event.siteId);
      const codeInsee = site?.code_insee ?? null;
      const territories = this.territories.of(codeInsee);
      return [
        event.kind,
        event.date ?? change.date,
        event.inferred === true,
        event.siteId,
        event.siteName,
        event.relatedSiteId ?? null,
        event.relatedSiteName ?? null,
        change.dataset.datasetId,
        change.dataset.organizationId,
        change.dataset.producer,
        territories.departement ?? event.departement,
        territories.region,
        territories.epci,
        codeInsee,
        JSON.stringify(event.details),
        change.versionId,
        change.publishedAt,
      ];
    });
    return insertRows(runner, this.dialect, 'site_events', EVENT_TABLE_COLUMNS, rows);
  }
}

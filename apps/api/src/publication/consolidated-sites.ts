import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, QueryRunner } from 'typeorm';
import type { SiteEvent } from '../review/diff/events';
import type { SiteRecord } from '../review/diff/site-record';
import { EVENT_TABLE_COLUMNS, HISTORY_TABLE_COLUMNS, SITE_TABLE_COLUMNS, historyRow, sameRecord, siteTableRow, type DatasetIdentity } from './site-rows';
import { TerritoryResolver } from './site-territories';
import { dialectOf, inBatches, insertRows, run, type Dialect } from './sql';

/** Rows of `sites` written by one publication or retraction beyond which the tables' statistics may need refreshing… */
const LARGE_WRITE_ROWS = 20_000;
/** …if they are also this share of the dataset's sites before (autovacuum's default `analyze_scale_factor`). */
const ANALYZE_SHARE = 0.1;

/** What a publication or a retraction did to `sites`: how many rows the dataset had, how many were deleted or inserted. */
export interface ConsolidatedWrite {
  sitesBefore: number;
  sitesWritten: number;
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface VersionChange {
  dataset: DatasetIdentity;
  versionId: string;
  /** Publication day, `YYYY-MM-DD`. */
  date: string;
  publishedAt: string;
  previous: ReadonlyMap<string, SiteRecord>;
  next: readonly SiteRecord[];
  /** The previous version's sites that `next` no longer has, as the diff found them. */
  removed: readonly SiteRecord[];
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

  async applyVersion(runner: QueryRunner, change: VersionChange): Promise<ConsolidatedWrite> {
    const { dataset, previous, next } = change;
    const changed: SiteRecord[] = [];
    const added: SiteRecord[] = [];
    for (const site of next) {
      const before = previous.get(site.id);
      if (!before) added.push(site);
      else if (!sameRecord(before, site)) changed.push(site);
    }
    // In the order of the tables' keys, so that consecutive rows land on the same index pages, which stay cached.
    const endedIds = [...change.removed.map((site) => site.id), ...changed.map((site) => site.id)].sort(byCodeUnits);
    const written = [...changed, ...added].sort((a, b) => byCodeUnits(a.id, b.id));

    let sitesWritten: number;
    if (previous.size > 0 && endedIds.length > previous.size / 2) {
      await run(runner, this.dialect, 'DELETE FROM "sites" WHERE "dataset_id" = ?', [dataset.datasetId]);
      await this.insertSites(runner, dataset, next);
      sitesWritten = previous.size + next.length;
    } else {
      await inBatches(runner, this.dialect, 'DELETE FROM "sites" WHERE "dataset_id" = ? AND "site_id" IN (%s)', [dataset.datasetId], endedIds);
      await this.insertSites(runner, dataset, written);
      sitesWritten = endedIds.length + written.length;
    }
    await inBatches(
      runner,
      this.dialect,
      'UPDATE "site_history" SET "valid_to" = ?, "ended_by_version_id" = ? WHERE "dataset_id" = ? AND "valid_to" IS NULL AND "site_id" IN (%s)',
      [change.date, change.versionId, dataset.datasetId],
      endedIds,
    );
    const history = written.map((site) => historyRow(dataset, change.versionId, change.date, !previous.has(site.id), site, this.territories.of(site.code_insee)));
    await insertRows(runner, this.dialect, 'site_history', HISTORY_TABLE_COLUMNS, history);
    await this.insertEvents(runner, change);
    return { sitesBefore: previous.size, sitesWritten };
  }

  /**
   * PostgreSQL's planner needs fresh statistics at once after a write that changes a large share of the sites (a first
   * publication, a full rewrite, a retraction): without them the next publication's batched deletes and updates by
   * site id may scan whole tables. Smaller writes are left to autovacuum, whose rule this mirrors (a tenth of the
   * rows), rather than paying a second or more of sampling on every publication.
   */
  async refreshStatistics(write: ConsolidatedWrite): Promise<void> {
    if (this.dialect !== 'postgres' || write.sitesWritten < LARGE_WRITE_ROWS || write.sitesWritten < write.sitesBefore * ANALYZE_SHARE) return;
    await this.dataSource.query('ANALYZE "sites", "site_history"');
  }

  /** Undoes a version: its history rows and events go, the rows it ended are current again, `restored` fills `sites`. */
  async revertVersion(runner: QueryRunner, dataset: DatasetIdentity, version: { id: string; siteCount: number }, restored: readonly SiteRecord[]): Promise<ConsolidatedWrite> {
    await run(runner, this.dialect, 'DELETE FROM "site_history" WHERE "version_id" = ?', [version.id]);
    await run(runner, this.dialect, 'UPDATE "site_history" SET "valid_to" = NULL, "ended_by_version_id" = NULL WHERE "ended_by_version_id" = ?', [version.id]);
    await run(runner, this.dialect, 'DELETE FROM "site_events" WHERE "published_version_id" = ?', [version.id]);
    await run(runner, this.dialect, 'DELETE FROM "sites" WHERE "dataset_id" = ?', [dataset.datasetId]);
    await this.insertSites(runner, dataset, restored);
    return { sitesBefore: version.siteCount, sitesWritten: version.siteCount + restored.length };
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

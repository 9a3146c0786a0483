import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { distanceMeters } from '../review/diff/geo';
import type { SiteRecord } from '../review/diff/site-record';
import { siteRecordOf } from '../publication/site-rows';
import { PublicationEvents } from '../publication/publication-events';
import { dialectOf, readQuery, type Dialect } from '../publication/sql';
import type { ChangeFilters, Paging, SiteFilters, TerritoryFilters } from './public-query';

/** Whether an event's year comes from the date the producer declared or from the day it was published. */
export type EventDateSource = 'declared' | 'publication';

export interface PublishedSiteView {
  record: SiteRecord;
  producer: string;
  datasetSlug: string | null;
  departement: string | null;
  region: string | null;
  epci: string | null;
  distanceKm?: number;
}

export interface SitePage {
  items: PublishedSiteView[];
  total: number;
}

interface Where {
  clauses: string[];
  params: unknown[];
}

const KM_PER_DEGREE_LATITUDE = 111.32;
/** A `near` query reads at most this many candidates in its bounding box before sorting them by distance. */
const NEAR_CANDIDATES = 50_000;
const STREAM_BATCH = 5_000;
/** Totals of list queries are kept this long (and dropped at once when this process publishes). */
const COUNT_TTL_MS = 10_000;
const COUNT_CACHE_SIZE = 10_000;

/** A site open on day `?` by its declared dates and status (same reading as the diff's lifecycle). */
const OPEN_ON = `(t."date_ouverture" IS NULL OR t."date_ouverture" <= ?) AND (t."date_fermeture" IS NULL OR t."date_fermeture" > ?)
  AND NOT (t."statut" = 'ferme' AND t."date_fermeture" IS NULL) AND NOT (t."statut" = 'ouverture_prevue' AND t."date_ouverture" IS NULL)`;
/** A history row that describes the site on day `?`: its version was published by then (or, for its first appearance,
 * it declares an opening by then), and no later version had changed or removed it yet. */
const LISTED_ON = `(t."valid_to" IS NULL OR t."valid_to" > ?) AND (t."valid_from" <= ? OR (t."first_seen" = ? AND t."date_ouverture" IS NOT NULL AND t."date_ouverture" <= ?))`;

function territoryWhere(filters: TerritoryFilters, communeColumn: string, where: Where): void {
  const equal = (column: string, value: string | undefined) => {
    if (value === undefined) return;
    where.clauses.push(`t."${column}" = ?`);
    where.params.push(value);
  };
  equal('region', filters.region);
  equal('departement', filters.departement);
  equal('epci', filters.epci);
  equal(communeColumn, filters.commune);
}

/** The consolidated dataset (`sites`), its history (`at=`) and the change feed, read with plain indexed SQL. */
@Injectable()
export class PublicSitesRepository {
  private readonly dialect: Dialect;

  private readonly counts = new Map<string, { total: number; expires: number }>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    events: PublicationEvents,
  ) {
    this.dialect = dialectOf(dataSource);
    events.onConsolidatedChange(() => this.counts.clear());
  }

  async findPage(filters: SiteFilters, paging: Paging): Promise<SitePage> {
    const { from, where, select } = this.source(filters);
    const condition = where.clauses.length ? `WHERE ${where.clauses.join(' AND ')}` : '';
    if (filters.near) {
      const candidates = await this.query(`SELECT ${select} FROM ${from} ${condition} LIMIT ${NEAR_CANDIDATES}`, where.params);
      const { latitude, longitude, radiusKm } = filters.near;
      const within = candidates
        .map((row) => ({ row, distanceKm: (distanceMeters({ latitude, longitude }, { latitude: Number(row.latitude), longitude: Number(row.longitude) }) ?? Infinity) / 1000 }))
        .filter((candidate) => candidate.distanceKm <= radiusKm)
        .sort((a, b) => a.distanceKm - b.distanceKm);
      const start = (paging.page - 1) * paging.perPage;
      return {
        total: within.length,
        items: within.slice(start, start + paging.perPage).map(({ row, distanceKm }) => ({ ...this.view(row, filters.at !== undefined), distanceKm: Math.round(distanceKm * 1000) / 1000 })),
      };
    }
    const [rows, total] = await Promise.all([
      this.query(`SELECT ${select} FROM ${from} ${condition} ORDER BY t."producer", t."site_id", t."dataset_id" LIMIT ? OFFSET ?`, [
        ...where.params,
        paging.perPage,
        (paging.page - 1) * paging.perPage,
      ]),
      this.count(`SELECT COUNT(*) AS "total" FROM ${from} ${condition}`, where.params),
    ]);
    return { total, items: rows.map((row) => this.view(row, filters.at !== undefined)) };
  }

  /** A département's total is the same for every page a client walks through: counted once per few seconds. */
  private async count(text: string, params: unknown[]): Promise<number> {
    const key = `${text}\u0000${JSON.stringify(params)}`;
    const now = Date.now();
    const cached = this.counts.get(key);
    if (cached && cached.expires > now) return cached.total;
    const [row] = await this.query(text, params);
    if (this.counts.size >= COUNT_CACHE_SIZE) this.counts.clear();
    this.counts.set(key, { total: Number(row.total), expires: now + COUNT_TTL_MS });
    return Number(row.total);
  }

  async findOne(producer: string, siteId: string): Promise<PublishedSiteView | undefined> {
    const [row] = await this.query('SELECT * FROM "sites" t WHERE t."producer" = ? AND t."site_id" = ? ORDER BY t."dataset_id" LIMIT 1', [producer, siteId]);
    return row ? this.view(row, false) : undefined;
  }

  /** Every matching current site, in the list's order, read in batches by key so that memory stays flat. */
  async *stream(filters: SiteFilters): AsyncGenerator<SiteRecord> {
    const { where } = this.source({ ...filters, at: undefined, near: undefined });
    let after: [string, string, string] | null = null;
    for (;;) {
      const clauses = [...where.clauses];
      const params = [...where.params];
      if (after) {
        clauses.push('(t."producer" > ? OR (t."producer" = ? AND (t."site_id" > ? OR (t."site_id" = ? AND t."dataset_id" > ?))))');
        params.push(after[0], after[0], after[1], after[1], after[2]);
      }
      const rows = await this.query(
        `SELECT * FROM "sites" t ${clauses.length ? `WHERE ${clauses.join(' AND ')}` : ''} ORDER BY t."producer", t."site_id", t."dataset_id" LIMIT ${STREAM_BATCH}`,
        params,
      );
      for (const row of rows) yield siteRecordOf(row);
      if (rows.length < STREAM_BATCH) return;
      const last = rows[rows.length - 1];
      after = [last.producer, last.site_id, last.dataset_id];
    }
  }

  async countSites(): Promise<number> {
    const [row] = await this.query('SELECT COUNT(*) AS "total" FROM "sites"');
    return Number(row.total);
  }

  async findChanges(filters: ChangeFilters, paging: Paging): Promise<{ items: Record<string, any>[]; total: number }> {
    const where: Where = { clauses: [], params: [] };
    territoryWhere(filters, 'commune', where);
    if (filters.since) {
      where.clauses.push('t."date" >= ?');
      where.params.push(filters.since);
    }
    if (filters.until) {
      where.clauses.push('t."date" <= ?');
      where.params.push(filters.until);
    }
    if (filters.kinds?.length) {
      where.clauses.push(`t."kind" IN (${filters.kinds.map(() => '?').join(', ')})`);
      where.params.push(...filters.kinds);
    }
    const condition = where.clauses.length ? `WHERE ${where.clauses.join(' AND ')}` : '';
    const [items, counted] = await Promise.all([
      this.query(`SELECT * FROM "site_events" t ${condition} ORDER BY t."date" DESC, t."id" DESC LIMIT ? OFFSET ?`, [...where.params, paging.perPage, (paging.page - 1) * paging.perPage]),
      this.query(`SELECT COUNT(*) AS "total" FROM "site_events" t ${condition}`, where.params),
    ]);
    return { items, total: Number(counted[0].total) };
  }

  /** Open sites of a territory today, by category and type, with their staff where given. */
  async countsByCategoryAndType(territory: TerritoryFilters, today: string): Promise<{ categorie: string | null; type_site: string | null; sites: number; etp: number | null; etp_sites: number }[]> {
    const where: Where = { clauses: [OPEN_ON], params: [today, today] };
    territoryWhere(territory, 'code_insee', where);
    const rows = await this.query(
      `SELECT t."categorie" AS "categorie", t."type_site" AS "type_site", COUNT(*) AS "sites", SUM(t."etp") AS "etp", COUNT(t."etp") AS "etp_sites"
       FROM "sites" t WHERE ${where.clauses.join(' AND ')} GROUP BY t."categorie", t."type_site" ORDER BY t."categorie", t."type_site"`,
      where.params,
    );
    return rows.map((row) => ({ categorie: row.categorie, type_site: row.type_site, sites: Number(row.sites), etp: row.etp === null ? null : Number(row.etp), etp_sites: Number(row.etp_sites) }));
  }

  /**
   * Events without a declared date were dated at publication when written (`event.date ?? publication day`, and
   * closures inferred from absence): an event dated on its publication day counts as `publication`, any other as `declared`.
   */
  async eventsByYear(territory: TerritoryFilters): Promise<{ year: string; kind: string; dateSource: EventDateSource; count: number }[]> {
    const where: Where = { clauses: [`t."kind" IN ('opened', 'reopened', 'closed', 'replaced')`], params: [] };
    territoryWhere(territory, 'commune', where);
    const source = `CASE WHEN t."inferred" OR t."date" = SUBSTR(t."published_at", 1, 10) THEN 'publication' ELSE 'declared' END`;
    const rows = await this.query(
      `SELECT SUBSTR(t."date", 1, 4) AS "year", t."kind" AS "kind", ${source} AS "source", COUNT(*) AS "count" FROM "site_events" t WHERE ${where.clauses.join(' AND ')} GROUP BY SUBSTR(t."date", 1, 4), t."kind", ${source} ORDER BY 1`,
      where.params,
    );
    return rows.map((row) => ({ year: row.year, kind: row.kind, dateSource: row.source as EventDateSource, count: Number(row.count) }));
  }

  /** Current sites of a territory whose opening or closure is planned between tomorrow and `horizon`, or declared planned without a date. */
  async planned(territory: TerritoryFilters, today: string, horizon: string): Promise<{ openings: PublishedSiteView[]; closures: PublishedSiteView[] }> {
    const select = async (condition: string, params: unknown[]) => {
      const where: Where = { clauses: [condition], params };
      territoryWhere(territory, 'code_insee', where);
      const rows = await this.query(`SELECT * FROM "sites" t WHERE ${where.clauses.join(' AND ')} ORDER BY t."producer", t."site_id" LIMIT 1000`, where.params);
      return rows.map((row) => this.view(row, false));
    };
    return {
      openings: await select(`((t."date_ouverture" > ? AND t."date_ouverture" <= ?) OR (t."statut" = 'ouverture_prevue' AND t."date_ouverture" IS NULL))`, [today, horizon]),
      closures: await select(
        `((t."date_fermeture" > ? AND t."date_fermeture" <= ?) OR (t."statut" = 'fermeture_prevue' AND t."date_fermeture" IS NULL))`,
        [today, horizon],
      ),
    };
  }

  private source(filters: SiteFilters): { from: string; where: Where; select: string } {
    const where: Where = { clauses: [], params: [] };
    const historic = filters.at !== undefined;
    if (historic) {
      const at = filters.at as string;
      where.clauses.push(LISTED_ON, OPEN_ON);
      where.params.push(at, at, this.dialect === 'sqlite' ? 1 : true, at, at, at);
    }
    territoryWhere(filters, 'code_insee', where);
    const equal = (column: string, value: string | undefined) => {
      if (value === undefined) return;
      where.clauses.push(`t."${column}" = ?`);
      where.params.push(value);
    };
    equal('categorie', filters.categorie);
    equal('type_site', filters.type_site);
    equal('statut', filters.statut);
    equal('producer', filters.producteur);
    if (filters.near) {
      const { latitude, longitude, radiusKm } = filters.near;
      const latitudeDelta = radiusKm / KM_PER_DEGREE_LATITUDE;
      const longitudeDelta = radiusKm / (KM_PER_DEGREE_LATITUDE * Math.max(0.01, Math.cos((latitude * Math.PI) / 180)));
      where.clauses.push('t."latitude" BETWEEN ? AND ?', 't."longitude" BETWEEN ? AND ?');
      where.params.push(latitude - latitudeDelta, latitude + latitudeDelta, longitude - longitudeDelta, longitude + longitudeDelta);
    }
    if (historic) {
      return {
        from: '"site_history" t LEFT JOIN "datasets" d ON CAST(d."id" AS varchar) = t."dataset_id"',
        where,
        select: 't."record", t."producer", t."site_id", t."dataset_id", t."latitude", t."longitude", t."departement", t."region", t."epci", d."slug" AS "dataset_slug"',
      };
    }
    return { from: '"sites" t', where, select: 't.*' };
  }

  private view(row: Record<string, any>, historic: boolean): PublishedSiteView {
    return {
      record: historic ? (JSON.parse(row.record) as SiteRecord) : siteRecordOf(row),
      producer: row.producer,
      datasetSlug: row.dataset_slug ?? null,
      departement: row.departement,
      region: row.region,
      epci: row.epci,
    };
  }

  private query(text: string, params: unknown[] = []): Promise<Record<string, any>[]> {
    return readQuery(this.dataSource, this.dialect, text, params);
  }
}

import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { currentCommuneOf } from '@maillage/territories';
import { randomUUID } from 'crypto';
import type { DataSource } from 'typeorm';
import { AuditService, SYSTEM_ACTOR } from '../audit/audit.service';
import type { Principal } from '../identity/principal';
import { JOB_QUEUE, JobQueue } from '../jobs/job-queue';
import { publishedEvents } from '../review/diff/confirm-removals';
import { renumberingPredicate } from '../review/diff/renumbering';
import { diffSites } from '../review/diff/site-diff';
import type { SiteRecord } from '../review/diff/site-record';
import { ConsolidatedSites, type ConsolidatedWrite } from './consolidated-sites';
import { PublishedVersion } from './entities/published-version.entity';
import { PublicationActor, PublicationGateway, PublishedVersionRef, PublishRequest } from './publication.gateway';
import { PublicationErrorCode, PublicationException, versionNotFound } from './publication.exception';
import { PublishedVersionRepository } from './published-version.repository';
import { PublicationClock } from './publication-clock';
import { PublicationEvents } from './publication-events';
import { PublishedNotifier } from './published-notifier';
import { VersionFiles } from './version-files';

export const PUBLISH_DUE_JOB = 'publication.publish-due';
export const BUILD_EXPORTS_JOB = 'publication.build-exports';

const isCommuneRenumbering = renumberingPredicate((code) => currentCommuneOf(code)?.code);

function indexById(sites: readonly SiteRecord[]): Map<string, SiteRecord> {
  const byId = new Map<string, SiteRecord>();
  for (const site of sites) byId.set(site.id, site);
  return byId;
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * Publication of approved versions: at once, or scheduled (a delayed job, and a periodic check as safety net, publish
 * it when its date comes, whichever process runs first); cancellation before the date; retraction by an admin, which
 * brings the previous version back. Each publication diffs the new list against the current one and records the
 * events of the change feed.
 */
@Injectable()
export class PublicationService extends PublicationGateway {
  private readonly logger = new Logger('Publication');
  /** Versions this process is publishing: another process may still race for them, which `publishVersion` settles. */
  private readonly publishing = new Set<string>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly versions: PublishedVersionRepository,
    private readonly consolidated: ConsolidatedSites,
    private readonly files: VersionFiles,
    private readonly audit: AuditService,
    private readonly notifier: PublishedNotifier,
    private readonly clock: PublicationClock,
    private readonly events: PublicationEvents,
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
  ) {
    super();
  }

  async *currentSites(datasetId: string): AsyncIterable<SiteRecord> {
    yield* await this.currentRecords(await this.versions.findCurrent(datasetId));
  }

  async publish(request: PublishRequest): Promise<PublishedVersionRef> {
    const dataset = await this.consolidated.datasetIdentity(request.datasetId);
    if (!dataset) throw new PublicationException(PublicationErrorCode.DatasetNotFound, 'Jeu de données introuvable');
    const sites: SiteRecord[] = [];
    for await (const site of request.sites) sites.push(site);
    const csv = await this.files.store('csv', sites);
    const now = this.clock.now();
    const scheduled = request.publishAt !== null && request.publishAt.getTime() > now.getTime();
    const version = Object.assign(new PublishedVersion(), {
      id: randomUUID(),
      datasetId: request.datasetId,
      organizationId: request.organizationId,
      submissionId: request.submissionId,
      approvedById: request.approvedBy.id,
      approvedByName: request.approvedBy.name,
      status: 'scheduled' as const,
      publishAt: scheduled ? (request.publishAt as Date) : now,
      publishedAt: null,
      siteCount: sites.length,
      csvSha256: csv.sha256,
      csvKey: csv.key,
      geojsonKey: null,
      xlsxKey: null,
      retractionReason: null,
      retractedById: null,
      retractedByName: null,
      retractedAt: null,
      cancelledById: null,
      cancelledAt: null,
    });
    if (scheduled) return this.schedule(version, now);
    // Claimed before its row exists, so that this process's periodic check never reads and diffs it a second time.
    this.publishing.add(version.id);
    try {
      await this.versions.insert(version);
      let published: Date | null;
      try {
        published = await this.publishVersion(version, sites);
      } catch (error) {
        // The version must not wait as `scheduled`: the periodic check would publish what the reviewer saw fail.
        await this.versions.cancelIfScheduled(version.id, request.approvedBy.id, now);
        throw error;
      }
      if (!published) throw new PublicationException(PublicationErrorCode.VersionNotScheduled, 'La version a déjà été publiée par un autre processus');
      return { versionId: version.id, status: 'published', publishAt: published };
    } finally {
      this.publishing.delete(version.id);
    }
  }

  private async schedule(version: PublishedVersion, now: Date): Promise<PublishedVersionRef> {
    await this.versions.insert(version);
    await this.audit.record({
      action: 'publication.version.scheduled',
      actor: { type: 'user', id: version.approvedById, name: version.approvedByName },
      organizationId: version.organizationId,
      target: { type: 'published-version', id: version.id },
      details: { datasetId: version.datasetId, publishAt: version.publishAt.toISOString(), siteCount: version.siteCount },
    });
    await this.queue.enqueue(PUBLISH_DUE_JOB, { versionId: version.id }, { delayMs: version.publishAt.getTime() - now.getTime(), attempts: 5 });
    return { versionId: version.id, status: 'scheduled', publishAt: version.publishAt };
  }

  async cancelScheduled(versionId: string, actor: PublicationActor): Promise<void> {
    const version = await this.versions.findById(versionId);
    if (!version) throw versionNotFound();
    const now = this.clock.now();
    if (!(await this.versions.cancelIfScheduled(versionId, actor.id, now))) {
      throw new PublicationException(PublicationErrorCode.VersionNotScheduled, `Cette version n’est plus programmée (statut : ${version.status}) : elle ne peut pas être annulée`);
    }
    await this.audit.record({
      action: 'publication.version.cancelled',
      actor: { type: 'user', id: actor.id, name: actor.name },
      organizationId: version.organizationId,
      target: { type: 'published-version', id: versionId },
      details: { datasetId: version.datasetId, publishAt: version.publishAt.toISOString() },
    });
  }

  /** Publishes every scheduled version whose date has come; returns how many this process published. */
  async publishDue(now = this.clock.now()): Promise<number> {
    let count = 0;
    for (const version of await this.versions.findDueScheduled(now)) {
      if (await this.publishScheduled(version)) count++;
    }
    return count;
  }

  async publishScheduledById(versionId: string): Promise<void> {
    const version = await this.versions.findById(versionId);
    if (version && version.status === 'scheduled' && version.publishAt.getTime() <= this.clock.now().getTime()) await this.publishScheduled(version);
  }

  /** The current version goes; the previous one (if any) is current again, its sites restored from its CSV. */
  async retract(versionId: string, principal: Principal, reason: string, ip: string | null): Promise<PublishedVersion> {
    const version = await this.versions.findById(versionId);
    if (!version) throw versionNotFound();
    if (version.status !== 'current') {
      throw new PublicationException(PublicationErrorCode.VersionNotCurrent, `Seule la version en vigueur d’un jeu de données peut être retirée (statut de celle-ci : ${version.status})`);
    }
    const dataset = await this.consolidated.datasetIdentity(version.datasetId);
    if (!dataset) throw new PublicationException(PublicationErrorCode.DatasetNotFound, 'Jeu de données introuvable');
    const previous = await this.versions.findLatestSuperseded(version.datasetId);
    const restored = previous ? await this.files.readSites(previous.csvKey) : [];
    const now = this.clock.now();
    const write = await this.dataSource.transaction(async (manager) => {
      const runner = manager.queryRunner;
      if (!runner) throw new Error('transaction sans connexion');
      const retracted = await this.versions.retractIfCurrent(manager, versionId, { reason, byId: principal.id, byName: principal.name, at: now });
      if (!retracted) throw new PublicationException(PublicationErrorCode.VersionNotCurrent, 'Cette version vient d’être remplacée ou retirée');
      if (previous) await this.versions.restoreAsCurrent(manager, previous.id);
      return this.consolidated.revertVersion(runner, dataset, version, restored);
    });
    await this.consolidated.refreshStatistics(write);
    this.events.consolidatedChanged();
    await this.audit.record({
      action: 'publication.version.retracted',
      actor: principal,
      ip,
      organizationId: version.organizationId,
      target: { type: 'published-version', id: versionId },
      details: { datasetId: version.datasetId, reason, restoredVersionId: previous?.id ?? null },
    });
    await this.enqueueExports(previous?.id ?? null);
    return (await this.versions.findById(versionId)) as PublishedVersion;
  }

  private async publishScheduled(version: PublishedVersion): Promise<boolean> {
    if (this.publishing.has(version.id)) return false;
    this.publishing.add(version.id);
    try {
      const sites = await this.files.readSites(version.csvKey);
      if (!(await this.publishVersion(version, sites))) return false;
      if (version.submissionId) await this.notifier.published(version.submissionId, version.id);
      return true;
    } finally {
      this.publishing.delete(version.id);
    }
  }

  /**
   * Makes the version current in one transaction, or returns null when another process got there first (its status
   * is no longer `scheduled`). The diff runs before the transaction, against the sites then current.
   */
  private async publishVersion(version: PublishedVersion, sites: SiteRecord[]): Promise<Date | null> {
    const dataset = await this.consolidated.datasetIdentity(version.datasetId);
    if (!dataset) throw new PublicationException(PublicationErrorCode.DatasetNotFound, 'Jeu de données introuvable');
    const current = await this.versions.findCurrent(version.datasetId);
    const previousSites = await this.currentRecords(current);
    const now = this.clock.now();
    const today = isoDay(now);
    const diff = diffSites(previousSites, sites, { today, previousDate: current?.publishedAt ? isoDay(current.publishedAt) : today, isCommuneRenumbering });
    // A dataset's first list is an inventory, not a wave of openings: only events with a declared date enter the feed.
    const events = publishedEvents(diff, today).filter((event) => current !== null || Boolean(event.date));
    const written = await this.dataSource.transaction(async (manager): Promise<ConsolidatedWrite | null> => {
      const runner = manager.queryRunner;
      if (!runner) throw new Error('transaction sans connexion');
      if (!(await this.versions.markCurrentIfScheduled(manager, version.id, now))) return null;
      if (current) await this.versions.supersedeIfCurrent(manager, current.id);
      return this.consolidated.applyVersion(runner, {
        dataset,
        versionId: version.id,
        date: today,
        publishedAt: now.toISOString(),
        previous: indexById(previousSites),
        next: sites,
        removed: diff.removed,
        events,
      });
    });
    if (written === null) return null;
    await this.consolidated.refreshStatistics(written);
    this.events.consolidatedChanged();
    this.logger.log(`Version ${version.id} publiée : ${sites.length} sites, ${events.length} événements (${dataset.producer}/${dataset.datasetSlug})`);
    await this.audit.record({
      action: 'publication.version.published',
      actor: SYSTEM_ACTOR,
      organizationId: version.organizationId,
      target: { type: 'published-version', id: version.id },
      details: { datasetId: version.datasetId, submissionId: version.submissionId, siteCount: sites.length, eventCount: events.length, supersededVersionId: current?.id ?? null },
    });
    await this.enqueueExports(version.id);
    return now;
  }

  /** The current version's canonical CSV: what `sites` holds for the dataset, read several times faster than its rows. */
  private async currentRecords(current: PublishedVersion | null): Promise<SiteRecord[]> {
    return current ? this.files.readSites(current.csvKey) : [];
  }

  /** Export files are built by a job; a failure there never undoes a publication. */
  private async enqueueExports(versionId: string | null): Promise<void> {
    try {
      await this.queue.enqueue(BUILD_EXPORTS_JOB, { versionId }, { attempts: 3 });
    } catch (error) {
      this.logger.error(`Exports de la version ${versionId ?? '(aucune)'} non construits : ${(error as Error).message}`);
    }
  }
}

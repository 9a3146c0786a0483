import { Global, Module } from '@nestjs/common';
import { randomUUID } from 'crypto';
import { PublicationActor, PublicationGateway, PublishedVersionRef, PublishRequest } from '../../../src/publication/publication.gateway';
import type { SiteRecord } from '../../../src/review/diff/site-record';

export interface RecordedPublication {
  versionId: string;
  datasetId: string;
  submissionId: string;
  sites: SiteRecord[];
  publishAt: Date | null;
  approvedBy: PublicationActor;
  cancelledBy?: PublicationActor;
}

/**
 * Publication as the review workflow sees it, in memory: the latest version published at once is what
 * `currentSites` returns; scheduled versions wait (and can be cancelled) until `publishDue` is called.
 */
export class InMemoryPublication extends PublicationGateway {
  readonly publications: RecordedPublication[] = [];
  private readonly current = new Map<string, SiteRecord[]>();
  /** Makes the next `publish` fail, as a publication context whose database is down would. */
  failNextPublish: Error | null = null;

  async *currentSites(datasetId: string): AsyncIterable<SiteRecord> {
    yield* this.current.get(datasetId) ?? [];
  }

  async publish(request: PublishRequest): Promise<PublishedVersionRef> {
    const failure = this.failNextPublish;
    this.failNextPublish = null;
    if (failure) throw failure;
    const sites: SiteRecord[] = [];
    for await (const site of request.sites) sites.push(site);
    const versionId = randomUUID();
    this.publications.push({ versionId, datasetId: request.datasetId, submissionId: request.submissionId, sites, publishAt: request.publishAt, approvedBy: request.approvedBy });
    if (request.publishAt === null) {
      this.current.set(request.datasetId, sites);
      return { versionId, status: 'published', publishAt: new Date() };
    }
    return { versionId, status: 'scheduled', publishAt: request.publishAt };
  }

  async cancelScheduled(versionId: string, actor: PublicationActor): Promise<void> {
    const publication = this.publications.find((candidate) => candidate.versionId === versionId);
    if (!publication || publication.publishAt === null) throw new Error(`aucune publication programmée ${versionId}`);
    publication.cancelledBy = actor;
  }

  /** Makes a dataset's published sites what a test needs, as if an earlier version had been published. */
  seed(datasetId: string, sites: SiteRecord[]): void {
    this.current.set(datasetId, sites);
  }
}

/** Provides the gateway globally, where the review workflow looks it up. */
@Global()
@Module({})
export class InMemoryPublicationModule {
  static with(gateway: InMemoryPublication) {
    return { module: InMemoryPublicationModule, providers: [{ provide: PublicationGateway, useValue: gateway }], exports: [PublicationGateway] };
  }
}

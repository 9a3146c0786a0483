import { SiteRecord } from '../review/diff/site-record';

/** Who approved, as the audit trail and the published version record them. */
export interface PublicationActor {
  id: string;
  name: string;
}

export interface PublishRequest {
  datasetId: string;
  organizationId: string;
  submissionId: string;
  /** The submission's sites, mapped and cast, in file order. */
  sites: AsyncIterable<SiteRecord>;
  /** Null publishes at once; a future date schedules the version. */
  publishAt: Date | null;
  approvedBy: PublicationActor;
}

export interface PublishedVersionRef {
  versionId: string;
  status: 'published' | 'scheduled';
  publishAt: Date;
}

/**
 * What the review workflow needs from publication: the sites currently published for a dataset (to diff a
 * submission against) and the act of publishing an approved submission. The publication context implements it.
 */
export abstract class PublicationGateway {
  abstract currentSites(datasetId: string): AsyncIterable<SiteRecord>;
  abstract publish(request: PublishRequest): Promise<PublishedVersionRef>;
  abstract cancelScheduled(versionId: string, actor: PublicationActor): Promise<void>;
}

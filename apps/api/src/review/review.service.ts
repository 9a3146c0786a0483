import { Injectable } from '@nestjs/common';
import { randomUUID } from 'crypto';
import { SYSTEM_ACTOR } from '../audit/audit.service';
import type { Principal } from '../identity/principal';
import { Submission } from '../submissions/entities/submission.entity';
import { SubmissionArtifacts } from '../submissions/submission-artifacts';
import { SubmissionRepository } from '../submissions/submission.repository';
import { SubmissionErrorCode, SubmissionException, submissionNotFound } from '../submissions/submission.exception';
import { SubmissionStatus } from '../submissions/submission-status';
import { SubmissionsService } from '../submissions/submissions.service';
import { SubmissionTransitions } from '../submissions/submission-transitions';
import { Review } from './entities/review.entity';
import { PublicationPort } from './publication-port';
import { ReviewRepository } from './review.repository';

export interface ApproveInput {
  publishAt?: string;
  comment?: string;
}

/** The reviewer's side: approve (publish now or later), request changes, cancel a scheduled publication. */
@Injectable()
export class ReviewService {
  constructor(
    private readonly submissions: SubmissionsService,
    private readonly repository: SubmissionRepository,
    private readonly transitions: SubmissionTransitions,
    private readonly reviews: ReviewRepository,
    private readonly artifacts: SubmissionArtifacts,
    private readonly publication: PublicationPort,
  ) {}

  /**
   * Approves and hands the sites to publication, at once or at `publishAt`. Nobody approves what they sent, whatever
   * other roles they hold. If publication fails, the submission goes back to `submitted`.
   */
  async approve(id: string, principal: Principal, input: ApproveInput, ip: string | null): Promise<Submission> {
    const submission = await this.submissions.get(id, principal);
    if (submission.senderType === principal.kind && submission.senderId === principal.id) {
      throw new SubmissionException(SubmissionErrorCode.SelfApprovalForbidden, 'Vous ne pouvez pas approuver une soumission que vous avez envoyée : un autre relecteur doit la valider');
    }
    const now = new Date();
    const publishAt = this.publishDate(input.publishAt, now);
    const gateway = this.publication.gateway();
    const approved = await this.transitions.apply(submission, {
      action: 'approve',
      actor: principal,
      ip,
      changes: { decidedAt: now, publishAt: publishAt ?? now },
      details: { publishAt: publishAt?.toISOString() ?? null, comment: input.comment ?? null },
    });
    await this.reviews.insert(
      Object.assign(new Review(), {
        id: randomUUID(),
        submissionId: submission.id,
        decision: 'approve' as const,
        comment: input.comment ?? null,
        reviewerId: principal.id,
        reviewerName: principal.name,
        at: now,
        publishAt: publishAt ?? now,
      }),
    );
    let version;
    try {
      if (!approved.sitesKey) throw new Error('la soumission approuvée n’a pas de sites enregistrés');
      version = await gateway.publish({
        datasetId: approved.datasetId,
        organizationId: approved.organizationId,
        submissionId: approved.id,
        sites: this.artifacts.readSites(approved.sitesKey),
        publishAt,
        approvedBy: { id: principal.id, name: principal.name },
      });
    } catch (error) {
      await this.transitions.apply(approved, { action: 'cancel-publication', actor: SYSTEM_ACTOR, changes: { publishAt: null, decidedAt: null }, details: { reason: 'publication-failed' } });
      throw new SubmissionException(SubmissionErrorCode.PublicationUnavailable, `La publication a échoué, la soumission reste à relire : ${(error as Error).message}`);
    }
    await this.repository.update(approved.id, { publishedVersionId: version.versionId, publishAt: version.publishAt });
    if (version.status === 'published') return this.markPublished(approved.id);
    return (await this.repository.findById(approved.id)) as Submission;
  }

  async requestChanges(id: string, principal: Principal, comment: string, ip: string | null): Promise<Submission> {
    const submission = await this.submissions.get(id, principal);
    const now = new Date();
    const updated = await this.transitions.apply(submission, { action: 'request-changes', actor: principal, ip, changes: { decidedAt: now }, details: { comment } });
    await this.reviews.insert(
      Object.assign(new Review(), {
        id: randomUUID(),
        submissionId: submission.id,
        decision: 'request_changes' as const,
        comment,
        reviewerId: principal.id,
        reviewerName: principal.name,
        at: now,
        publishAt: null,
      }),
    );
    return updated;
  }

  /** Before its date: publication forgets the scheduled version and the submission goes back to the queue. */
  async cancelPublication(id: string, principal: Principal, ip: string | null): Promise<Submission> {
    const submission = await this.submissions.get(id, principal);
    if (submission.status === SubmissionStatus.Approved && submission.publishedVersionId) {
      await this.publication.gateway().cancelScheduled(submission.publishedVersionId, { id: principal.id, name: principal.name });
    }
    return this.transitions.apply(submission, {
      action: 'cancel-publication',
      actor: principal,
      ip,
      changes: { publishedVersionId: null, publishAt: null, decidedAt: null },
      details: { versionId: submission.publishedVersionId },
    });
  }

  /** Called by publication when a scheduled version goes public (and here when it was published at once). */
  async markPublished(submissionId: string): Promise<Submission> {
    const submission = await this.repository.findById(submissionId);
    if (!submission) throw submissionNotFound();
    return this.transitions.apply(submission, { action: 'mark-published', actor: SYSTEM_ACTOR, changes: { publishedAt: new Date() }, details: { versionId: submission.publishedVersionId } });
  }

  listReviews(submission: Submission): Promise<Review[]> {
    return this.reviews.listForSubmission(submission.id);
  }

  async queue(offset: number, limit: number): Promise<{ items: Submission[]; total: number }> {
    const [items, total] = await this.repository.findSubmittedOldestFirst(offset, limit);
    return { items, total };
  }

  private publishDate(value: string | undefined, now: Date): Date | null {
    if (value === undefined) return null;
    const date = new Date(value);
    if (date.getTime() <= now.getTime()) {
      throw new SubmissionException(SubmissionErrorCode.InvalidPublishDate, `La date de publication ${value} est passée : laissez-la vide pour publier immédiatement`);
    }
    return date;
  }
}

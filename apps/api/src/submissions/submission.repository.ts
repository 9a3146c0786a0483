import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, In, Repository } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { ListQuery, Page } from '../common/simple-rest';
import { uuidList } from '../common/uuid';
import { whereIn } from '../database/where-in';
import { Submission } from './entities/submission.entity';
import { REVIEWABLE_STATUSES, SubmissionStatus } from './submission-status';

export const SUBMISSION_SORTABLE = ['receivedAt', 'submittedAt', 'updatedAt', 'status', 'fileName', 'errorCount', 'warningCount'] as const;
export type SubmissionSortField = (typeof SUBMISSION_SORTABLE)[number];
export const SUBMISSION_FILTERS = ['id', 'status', 'datasetId', 'organizationId', 'q'] as const;

/**
 * Who may see what: everything (admins), or their organisations' submissions (producers, API tokens) and, for
 * reviewers, every submission from the moment it is submitted.
 */
export interface SubmissionVisibility {
  everything: boolean;
  organizationIds: readonly string[];
  reviewable: boolean;
}

export type SubmissionChanges = QueryDeepPartialEntity<Submission>;

@Injectable()
export class SubmissionRepository {
  constructor(@InjectRepository(Submission) private readonly submissions: Repository<Submission>) {}

  insert(submission: Submission): Promise<Submission> {
    return this.submissions.save(submission);
  }

  findById(id: string): Promise<Submission | null> {
    return this.submissions.findOneBy({ id });
  }

  /**
   * Changes the status only if it still is one of `from` (two reviewers clicking at once: one wins, the other gets a
   * 409). Returns the updated row, or null when the status had moved.
   */
  async transition(id: string, from: readonly SubmissionStatus[], changes: SubmissionChanges): Promise<Submission | null> {
    const result = await this.submissions
      .createQueryBuilder()
      .update(Submission)
      .set(changes)
      .where('id = :id', { id })
      .andWhere('status IN (:...from)', { from: [...from] })
      .execute();
    return result.affected === 1 ? this.findById(id) : null;
  }

  async update(id: string, changes: SubmissionChanges): Promise<void> {
    await this.submissions.update({ id }, changes);
  }

  /** The latest earlier submission of the same bytes, schema and mapping to this dataset whose report is still stored. */
  findReusableReport(candidate: Submission): Promise<Submission | null> {
    return this.submissions
      .createQueryBuilder('submission')
      .where('submission.datasetId = :datasetId', { datasetId: candidate.datasetId })
      .andWhere('submission.checksum = :checksum', { checksum: candidate.checksum })
      .andWhere('submission.schemaName = :schemaName', { schemaName: candidate.schemaName })
      .andWhere('submission.schemaVersion = :schemaVersion', { schemaVersion: candidate.schemaVersion })
      .andWhere('submission.mappingFingerprint = :fingerprint', { fingerprint: candidate.mappingFingerprint })
      .andWhere('submission.id != :id', { id: candidate.id })
      .andWhere('submission.reportKey IS NOT NULL')
      .andWhere('submission.status NOT IN (:...unfinished)', { unfinished: [SubmissionStatus.Received, SubmissionStatus.Validating, SubmissionStatus.Errored] })
      .orderBy('submission.receivedAt', 'DESC')
      .getOne();
  }

  async findPage(query: ListQuery<SubmissionSortField>, visibility: SubmissionVisibility): Promise<Page<Submission>> {
    const builder = this.submissions.createQueryBuilder('submission');
    if (!visibility.everything) {
      builder.andWhere(
        new Brackets((where) => {
          where.where('1 = 0');
          if (visibility.organizationIds.length > 0) where.orWhere('submission.organizationId IN (:...ownOrganizations)', { ownOrganizations: [...visibility.organizationIds] });
          if (visibility.reviewable) where.orWhere('submission.status IN (:...reviewable)', { reviewable: [...REVIEWABLE_STATUSES] });
        }),
      );
    }
    const { id, status, datasetId, organizationId, q } = query.filter;
    if (id !== undefined) whereIn(builder, 'submission.id', uuidList(id));
    if (datasetId !== undefined) whereIn(builder, 'submission.datasetId', uuidList(datasetId));
    if (organizationId !== undefined) whereIn(builder, 'submission.organizationId', uuidList(organizationId));
    if (status !== undefined) builder.andWhere('submission.status IN (:...status)', { status: [status].flat().map(String) });
    if (typeof q === 'string' && q.trim() !== '') {
      const pattern = `%${q.trim().toLowerCase()}%`;
      builder.andWhere(
        new Brackets((where) => where.where('LOWER(submission.fileName) LIKE :pattern', { pattern }).orWhere('LOWER(submission.senderName) LIKE :pattern', { pattern })),
      );
    }
    const [items, total] = await builder
      .orderBy(`submission.${query.sort.field}`, query.sort.order)
      .addOrderBy('submission.id', 'ASC')
      .skip(query.offset)
      .take(query.limit)
      .getManyAndCount();
    return { items, total };
  }

  /** The reviewers' queue: submitted, oldest first. */
  findSubmittedOldestFirst(offset: number, limit: number): Promise<[Submission[], number]> {
    return this.submissions.findAndCount({
      where: { status: In([SubmissionStatus.Submitted]) },
      order: { submittedAt: 'ASC', id: 'ASC' },
      skip: offset,
      take: limit,
    });
  }

  static readonly reviewerStatuses = REVIEWABLE_STATUSES;
}

import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type ReviewDecision = 'approve' | 'request_changes';

/** A reviewer's decision on a submitted submission; kept even when a scheduled publication is later cancelled. */
@Entity('reviews')
@Index('IDX_reviews_submission_at', ['submissionId', 'at'])
export class Review {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  submissionId: string;

  @Column({ type: 'varchar', length: 20 })
  decision: ReviewDecision;

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @Column({ type: 'varchar', length: 100 })
  reviewerId: string;

  @Column({ type: 'varchar', length: 200 })
  reviewerName: string;

  @Column({ type: Date })
  at: Date;

  /** For an approval: when the version goes public (the approval time when published at once). */
  @Column({ type: Date, nullable: true })
  publishAt: Date | null;
}

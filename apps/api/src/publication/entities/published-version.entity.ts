import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

export type PublishedVersionStatus = 'scheduled' | 'current' | 'superseded' | 'retracted' | 'cancelled';

/**
 * One approved version of a dataset, immutable once published: its sites are the canonical CSV kept in the file
 * storage (`csvKey`, hashed in `csvSha256`), so that any version can be restored or downloaded as it was. Only its
 * status moves: scheduled → current → superseded (or retracted); scheduled → cancelled.
 */
@Entity('published_versions')
@Index('IDX_published_versions_dataset_status', ['datasetId', 'status'])
@Index('IDX_published_versions_status_publish_at', ['status', 'publishAt'])
export class PublishedVersion {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  datasetId: string;

  @Column('uuid')
  organizationId: string;

  @Column({ type: 'uuid', nullable: true })
  submissionId: string | null;

  @Column({ type: 'varchar', length: 100 })
  approvedById: string;

  @Column({ type: 'varchar', length: 200 })
  approvedByName: string;

  @Column({ type: 'varchar', length: 20 })
  status: PublishedVersionStatus;

  /** When it was (or is to be) published. */
  @Column({ type: Date })
  publishAt: Date;

  @Column({ type: Date, nullable: true })
  publishedAt: Date | null;

  @Column({ type: 'integer' })
  siteCount: number;

  @Column({ type: 'varchar', length: 64 })
  csvSha256: string;

  @Column({ type: 'varchar', length: 255 })
  csvKey: string;

  @Column({ type: 'varchar', length: 255, nullable: true })
  geojsonKey: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  xlsxKey: string | null;

  @Column({ type: 'text', nullable: true })
  retractionReason: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  retractedById: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  retractedByName: string | null;

  @Column({ type: Date, nullable: true })
  retractedAt: Date | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  cancelledById: string | null;

  @Column({ type: Date, nullable: true })
  cancelledAt: Date | null;

  @CreateDateColumn()
  createdAt: Date;
}

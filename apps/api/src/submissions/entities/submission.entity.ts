import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { DiffSummary } from '../../review/diff/summary';
import type { MappingOrigin, SubmissionChannel, SubmissionStatus } from '../submission-status';

/**
 * One file sent to a dataset, kept byte for byte in the file storage, with what validation found and where the
 * review stands. The report, the cast sites (NDJSON) and the diff live in the storage; the row keeps their keys and
 * counts, so that lists and the review queue never read a file.
 */
@Entity('submissions')
@Index('IDX_submissions_dataset_status', ['datasetId', 'status'])
@Index('IDX_submissions_organization_status', ['organizationId', 'status'])
@Index('IDX_submissions_reuse', ['datasetId', 'checksum', 'schemaName', 'schemaVersion', 'mappingFingerprint'])
export class Submission {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  datasetId: string;

  /** The dataset's organisation, copied so that scoping a list never needs a join. */
  @Column('uuid')
  organizationId: string;

  @Column({ type: 'varchar', length: 30 })
  status: SubmissionStatus;

  @Column({ type: 'varchar', length: 10 })
  channel: SubmissionChannel;

  @Column({ type: 'varchar', length: 20 })
  senderType: 'user' | 'api-token' | 'sftp-account';

  @Column({ type: 'varchar', length: 100 })
  senderId: string;

  @Column({ type: 'varchar', length: 200 })
  senderName: string;

  @Column({ type: 'varchar', length: 255 })
  fileName: string;

  @Column({ type: 'varchar', length: 200 })
  fileKey: string;

  @Column({ type: 'bigint', transformer: { to: (value: number) => value, from: (value: string | number) => Number(value) } })
  fileSize: number;

  /** Hex SHA-256 of the original bytes. */
  @Column({ type: 'varchar', length: 64 })
  checksum: string;

  @Column({ type: 'varchar', length: 10, nullable: true })
  detectedFormat: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  detectedEncoding: string | null;

  @Column({ type: 'varchar', length: 4, nullable: true })
  detectedDelimiter: string | null;

  @Column({ type: 'simple-json', nullable: true })
  mapping: { fields: Record<string, unknown> } | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  mappingOrigin: MappingOrigin | null;

  /** SHA-256 of the mapping in canonical JSON (`none` without one): with the checksum and schema, finds a report to reuse. */
  @Column({ type: 'varchar', length: 64 })
  mappingFingerprint: string;

  @Column({ type: 'varchar', length: 100 })
  schemaName: string;

  @Column({ type: 'varchar', length: 40 })
  schemaVersion: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  reportKey: string | null;

  @Column({ type: 'integer', nullable: true })
  rowCount: number | null;

  @Column({ type: 'integer', nullable: true })
  errorCount: number | null;

  @Column({ type: 'integer', nullable: true })
  warningCount: number | null;

  /** NDJSON of the mapped, cast sites, one SiteRecord per line in file order, for the diff and the publication. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  sitesKey: string | null;

  @Column({ type: 'integer', nullable: true })
  siteCount: number | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  diffKey: string | null;

  @Column({ type: 'simple-json', nullable: true })
  diffSummary: DiffSummary | null;

  /** The earlier submission of the same file whose report was reused instead of validating again. */
  @Column({ type: 'uuid', nullable: true })
  reusedReportOf: string | null;

  /** Why the system failed, for an errored submission. */
  @Column({ type: 'text', nullable: true })
  failureReason: string | null;

  @Column({ type: 'integer', default: 0 })
  validationAttempts: number;

  @Column({ type: 'varchar', length: 100, nullable: true })
  publishedVersionId: string | null;

  @Column({ type: Date, nullable: true })
  publishAt: Date | null;

  @CreateDateColumn()
  receivedAt: Date;

  @Column({ type: Date, nullable: true })
  validatedAt: Date | null;

  @Column({ type: Date, nullable: true })
  submittedAt: Date | null;

  @Column({ type: Date, nullable: true })
  decidedAt: Date | null;

  @Column({ type: Date, nullable: true })
  publishedAt: Date | null;

  @UpdateDateColumn()
  updatedAt: Date;
}

import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export enum JobStatus {
  Waiting = 'waiting',
  Active = 'active',
  Completed = 'completed',
  Failed = 'failed',
}

/**
 * A background job of the embedded driver; kept in the application database so that a restart resumes it. */
@Entity('jobs')
@Index('IDX_jobs_status_run_at', ['status', 'runAt'])
// Times use `type: Date`, which TypeORM maps to each dialect's own type (SQLite datetime, PostgreSQL timestamp).
export class JobRecord {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** JSON. */
  @Column({ type: 'text' })
  payload: string;

  @Column({ type: 'varchar', length: 20 })
  status: JobStatus;

  @Column({ type: 'integer', default: 0 })
  attemptsMade: number;

  @Column({ type: 'integer' })
  maxAttempts: number;

  @Column({ type: 'integer' })
  backoffMs: number;

  /** Not before this time (first run, or next try after a failure). */
  @Column({ type: Date })
  runAt: Date;

  /** Runner instance holding the job; with `lockedUntil`, lets a runner take over jobs of one that died. */
  @Column({ type: 'varchar', length: 36, nullable: true })
  lockedBy: string | null;

  @Column({ type: Date, nullable: true })
  lockedUntil: Date | null;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @Column({ type: Date, nullable: true })
  finishedAt: Date | null;

  @CreateDateColumn()
  createdAt: Date;

  @UpdateDateColumn()
  updatedAt: Date;
}

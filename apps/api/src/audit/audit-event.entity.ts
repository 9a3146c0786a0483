import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export const AUDIT_CHANNELS = ['web', 'api', 'sftp', 'system'] as const;
export type AuditChannel = (typeof AUDIT_CHANNELS)[number];
export type AuditActorType = 'user' | 'api-token' | 'sftp-account' | 'anonymous' | 'system';

/**
 * One thing that happened, kept for good: rows are only ever inserted. No foreign keys, so that the trail survives the
 * deletion of what it talks about.
 */
@Entity('audit_events')
@Index('IDX_audit_events_organization_at', ['organizationId', 'at'])
@Index('IDX_audit_events_action_at', ['action', 'at'])
export class AuditEvent {
  @PrimaryColumn('uuid')
  id: string;

  @Index('IDX_audit_events_at')
  @Column({ type: Date })
  at: Date;

  @Column({ type: 'varchar', length: 20 })
  actorType: AuditActorType;

  @Column({ type: 'varchar', length: 100, nullable: true })
  actorId: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  actorName: string | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  organizationId: string | null;

  @Column({ type: 'varchar', length: 10 })
  channel: AuditChannel;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip: string | null;

  @Column({ type: 'varchar', length: 80 })
  action: string;

  @Column({ type: 'varchar', length: 40, nullable: true })
  targetType: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  targetId: string | null;

  @Column({ type: 'simple-json', nullable: true })
  details: Record<string, unknown> | null;
}

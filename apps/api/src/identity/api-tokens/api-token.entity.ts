import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Organization } from '../../organizations/entities/organization.entity';
import type { ApiTokenScope } from '../principal';

/** An organisation's machine credential. Only the sha256 of the secret is kept; the secret is shown once. */
@Entity('api_tokens')
export class ApiToken {
  @PrimaryColumn('uuid')
  id: string;

  @Index('IDX_api_tokens_organization')
  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organizationId' })
  organization?: Organization;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'simple-json' })
  scopes: ApiTokenScope[];

  /** The first characters of the secret (`mlg_AbCdEfGh`), enough to recognise a token in a list. */
  @Column({ type: 'varchar', length: 16 })
  prefix: string;

  @Index('UQ_api_tokens_secret_hash', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  secretHash: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  createdById: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  createdByName: string | null;

  @CreateDateColumn()
  createdAt: Date;

  @Column({ type: Date, nullable: true })
  expiresAt: Date | null;

  @Column({ type: Date, nullable: true })
  lastUsedAt: Date | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  lastUsedIp: string | null;

  @Column({ type: Date, nullable: true })
  revokedAt: Date | null;
}

import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Organization } from '../../organizations/entities/organization.entity';

export type SftpAuthMethod = 'password' | 'publickey';

/**
 * An organisation's SFTP login for unattended drops. A password is kept as its scrypt hash; a public key as its
 * OpenSSH line (public by nature) and its SHA-256 fingerprint, which is what authentication compares.
 */
@Entity('sftp_accounts')
export class SftpAccount {
  @PrimaryColumn('uuid')
  id: string;

  @Index('IDX_sftp_accounts_organization')
  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organizationId', foreignKeyConstraintName: 'FK_sftp_accounts_organization' })
  organization?: Organization;

  /** SSH usernames are global to the server, hence unique across organisations. */
  @Index('UQ_sftp_accounts_username', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  username: string;

  @Column({ type: 'varchar', length: 10 })
  authMethod: SftpAuthMethod;

  @Column({ type: 'varchar', length: 200, nullable: true })
  passwordHash: string | null;

  @Column({ type: 'text', nullable: true })
  publicKey: string | null;

  /** `ssh-ed25519` or `ssh-rsa`. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  keyType: string | null;

  /** `SHA256:<base64>`, as `ssh-keygen -l` prints it. */
  @Column({ type: 'varchar', length: 60, nullable: true })
  keyFingerprint: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  createdById: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  createdByName: string | null;

  @CreateDateColumn()
  createdAt: Date;

  @Column({ type: Date, nullable: true })
  lastLoginAt: Date | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  lastLoginIp: string | null;

  @Column({ type: Date, nullable: true })
  disabledAt: Date | null;
}

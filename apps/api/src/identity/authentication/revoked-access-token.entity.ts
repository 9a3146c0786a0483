import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** A signed-out local token, refused until it would have expired anyway (then the row can go). */
@Entity('revoked_access_tokens')
export class RevokedAccessToken {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  tokenId: string;

  @Index('IDX_revoked_access_tokens_expires_at')
  @Column({ type: Date })
  expiresAt: Date;

  @CreateDateColumn()
  revokedAt: Date;
}

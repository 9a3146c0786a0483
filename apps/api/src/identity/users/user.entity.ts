import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Role } from '../access.decorators';

/** A local account (AUTH_MODE=local). With Keycloak, people live in the realm and no row is written here. */
@Entity('users')
export class User {
  @PrimaryColumn('uuid')
  id: string;

  /** Stored lower-case: sign-in is case-insensitive on the username. */
  @Index('UQ_users_username', { unique: true })
  @Column({ type: 'varchar', length: 80 })
  username: string;

  @Column({ type: 'varchar', length: 255 })
  passwordHash: string;

  @Column({ type: 'simple-json' })
  roles: Role[];

  @Column({ type: 'simple-json' })
  organizationIds: string[];

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Column({ type: Date, nullable: true })
  lastLoginAt: Date | null;

  @CreateDateColumn()
  createdAt: Date;

  @UpdateDateColumn()
  updatedAt: Date;
}

import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Organization } from '../../organizations/entities/organization.entity';

/** A list of sites an organization publishes and keeps up to date, following one version of a shared schema. */
@Entity('datasets')
@Index('UQ_datasets_organization_slug', ['organizationId', 'slug'], { unique: true })
export class Dataset {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({ name: 'organizationId', foreignKeyConstraintName: 'FK_datasets_organization' })
  organization?: Organization;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 120 })
  slug: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'varchar', length: 100, default: 'sites-publics' })
  schemaName: string;

  @Column({ type: 'varchar', length: 40 })
  schemaVersion: string;

  /** The mapping of the producer's usual file to the schema (`{ fields: {...} }`), used when a submission brings none. */
  @Column({ type: 'simple-json', nullable: true })
  mapping: { fields: Record<string, unknown> } | null;

  /** Submit for review as soon as validation passes (unattended pipelines). */
  @Column({ type: 'boolean', default: false })
  autoSubmit: boolean;

  @CreateDateColumn()
  createdAt: Date;

  @UpdateDateColumn()
  updatedAt: Date;
}

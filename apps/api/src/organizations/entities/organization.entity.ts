import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export enum OrganizationKind {
  Ministere = 'ministere',
  Direction = 'direction',
  Operateur = 'operateur',
  Collectivite = 'collectivite',
  Autre = 'autre',
}

/** A public body that publishes datasets (a ministry, one of its directions, an operator, a local authority…). */
@Entity('organizations')
export class Organization {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Index('UQ_organizations_slug', { unique: true })
  @Column({ type: 'varchar', length: 120 })
  slug: string;

  /** Not unique: the directions of a ministry often share its SIREN. */
  @Column({ type: 'varchar', length: 9, nullable: true })
  siren: string | null;

  @Column({ type: 'varchar', length: 20 })
  kind: OrganizationKind;

  @CreateDateColumn()
  createdAt: Date;

  @UpdateDateColumn()
  updatedAt: Date;
}

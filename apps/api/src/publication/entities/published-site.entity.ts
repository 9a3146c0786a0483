import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The consolidated national dataset: one row per site of the current published version of every dataset, with the
 * schema's fields as typed columns (snake_case, as in the schema) and the territories derived from `code_insee` at
 * publication. Written and read with SQL of its own (`site-table.ts`, `public-sites.repository.ts`) for speed.
 */
@Entity('sites')
@Index('IDX_sites_departement', ['departement', 'producer', 'site_id'])
@Index('IDX_sites_region', ['region', 'producer', 'site_id'])
@Index('IDX_sites_epci', ['epci', 'producer', 'site_id'])
@Index('IDX_sites_commune', ['code_insee', 'producer', 'site_id'])
@Index('IDX_sites_producer', ['producer', 'site_id'])
@Index('IDX_sites_categorie', ['categorie'])
@Index('IDX_sites_type_site', ['type_site'])
@Index('IDX_sites_latitude', ['latitude'])
export class PublishedSite {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  dataset_id: string;

  @PrimaryColumn({ type: 'varchar' })
  site_id: string;

  @Column({ type: 'varchar', length: 36 })
  organization_id: string;

  /** The producing organisation's slug: with `site_id`, the site's stable public identifier. */
  @Column({ type: 'varchar', length: 120 })
  producer: string;

  @Column({ type: 'varchar', length: 120 })
  dataset_slug: string;

  @Column({ type: 'text' }) nom: string;
  @Column({ type: 'varchar', nullable: true }) categorie: string | null;
  @Column({ type: 'varchar', nullable: true }) type_site: string | null;
  @Column({ type: 'text', nullable: true }) responsable: string | null;
  @Column({ type: 'varchar', nullable: true }) siret: string | null;
  @Column({ type: 'text', nullable: true }) adresse: string | null;
  @Column({ type: 'text', nullable: true }) complement_adresse: string | null;
  @Column({ type: 'varchar', nullable: true }) code_postal: string | null;
  @Column({ type: 'text', nullable: true }) commune: string | null;
  @Column({ type: 'varchar', nullable: true }) code_insee: string | null;
  @Column({ type: 'double precision', nullable: true }) latitude: number | null;
  @Column({ type: 'double precision', nullable: true }) longitude: number | null;
  @Column({ type: 'text', nullable: true }) telephone: string | null;
  @Column({ type: 'text', nullable: true }) courriel: string | null;
  @Column({ type: 'text', nullable: true }) site_web: string | null;
  @Column({ type: 'text', nullable: true }) horaires: string | null;
  @Column({ type: 'text', nullable: true }) mode_accueil: string | null;
  @Column({ type: 'text', nullable: true }) services_partenaires: string | null;
  @Column({ type: 'varchar', length: 10, nullable: true }) date_ouverture: string | null;
  @Column({ type: 'varchar', length: 10, nullable: true }) date_fermeture: string | null;
  @Column({ type: 'varchar', length: 30, nullable: true }) statut: string | null;
  @Column({ type: 'double precision', nullable: true }) etp: number | null;
  @Column({ type: 'text', nullable: true }) site_parent: string | null;
  @Column({ type: 'varchar', length: 10, nullable: true }) date_maj: string | null;

  @Column({ type: 'varchar', length: 3, nullable: true }) departement: string | null;
  @Column({ type: 'varchar', length: 3, nullable: true }) region: string | null;
  @Column({ type: 'varchar', length: 9, nullable: true }) epci: string | null;
}

import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Each state a site had in the published lists: from the publication day of the version that brought it
 * (`valid_from`) to the publication day of the one that changed or removed it (`valid_to`, null while current).
 * `at=YYYY-MM-DD` reads it together with the declared dates; a retraction deletes the rows its version added and
 * reopens those it ended. The record itself is kept as JSON, the filter columns beside it.
 */
@Entity('site_history')
@Index('IDX_site_history_site', ['dataset_id', 'site_id'])
@Index('IDX_site_history_version', ['version_id'])
@Index('IDX_site_history_ended_by', ['ended_by_version_id'])
@Index('IDX_site_history_departement', ['departement', 'valid_from'])
@Index('IDX_site_history_valid_from', ['valid_from'])
export class SiteHistory {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 36 }) dataset_id: string;
  @Column({ type: 'varchar' }) site_id: string;
  @Column({ type: 'varchar', length: 36 }) organization_id: string;
  @Column({ type: 'varchar', length: 120 }) producer: string;
  @Column({ type: 'varchar', length: 36 }) version_id: string;
  @Column({ type: 'varchar', length: 36, nullable: true }) ended_by_version_id: string | null;
  @Column({ type: 'varchar', length: 10 }) valid_from: string;
  @Column({ type: 'varchar', length: 10, nullable: true }) valid_to: string | null;
  /** The site's first appearance: its declared opening date may then reach back before the publication. */
  @Column({ type: 'boolean' }) first_seen: boolean;

  @Column({ type: 'varchar', nullable: true }) categorie: string | null;
  @Column({ type: 'varchar', nullable: true }) type_site: string | null;
  @Column({ type: 'varchar', length: 30, nullable: true }) statut: string | null;
  @Column({ type: 'varchar', length: 10, nullable: true }) date_ouverture: string | null;
  @Column({ type: 'varchar', length: 10, nullable: true }) date_fermeture: string | null;
  @Column({ type: 'varchar', nullable: true }) code_insee: string | null;
  @Column({ type: 'double precision', nullable: true }) latitude: number | null;
  @Column({ type: 'double precision', nullable: true }) longitude: number | null;
  @Column({ type: 'varchar', length: 3, nullable: true }) departement: string | null;
  @Column({ type: 'varchar', length: 3, nullable: true }) region: string | null;
  @Column({ type: 'varchar', length: 9, nullable: true }) epci: string | null;
  @Column({ type: 'text' }) record: string;
}

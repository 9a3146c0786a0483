import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The change feed: the events of each publication (`publishedEvents` of its diff, removals confirmed), with the
 * territories of their site. `date` is when the event takes effect (declared, or the publication day).
 */
@Entity('site_events')
@Index('IDX_site_events_date', ['date'])
@Index('IDX_site_events_departement', ['departement', 'date'])
@Index('IDX_site_events_region', ['region', 'date'])
@Index('IDX_site_events_epci', ['epci', 'date'])
@Index('IDX_site_events_commune', ['commune', 'date'])
@Index('IDX_site_events_version', ['published_version_id'])
export class SiteEventRow {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 30 }) kind: string;
  @Column({ type: 'varchar', length: 10 }) date: string;
  @Column({ type: 'boolean' }) inferred: boolean;
  @Column({ type: 'varchar' }) site_id: string;
  @Column({ type: 'text' }) site_name: string;
  @Column({ type: 'varchar', nullable: true }) related_site_id: string | null;
  @Column({ type: 'text', nullable: true }) related_site_name: string | null;
  @Column({ type: 'varchar', length: 36 }) dataset_id: string;
  @Column({ type: 'varchar', length: 36 }) organization_id: string;
  @Column({ type: 'varchar', length: 120 }) producer: string;
  @Column({ type: 'varchar', length: 3, nullable: true }) departement: string | null;
  @Column({ type: 'varchar', length: 3, nullable: true }) region: string | null;
  @Column({ type: 'varchar', length: 9, nullable: true }) epci: string | null;
  @Column({ type: 'varchar', nullable: true }) commune: string | null;
  @Column({ type: 'text' }) details: string;
  @Column({ type: 'varchar', length: 36 }) published_version_id: string;
  /** ISO 8601 date-time of the publication that brought the event. */
  @Column({ type: 'varchar', length: 30 }) published_at: string;
}

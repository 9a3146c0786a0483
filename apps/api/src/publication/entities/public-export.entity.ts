import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Consolidated exports too slow to build per request (XLSX), built by a job after each publication. */
@Entity('public_exports')
export class PublicExport {
  @PrimaryColumn({ type: 'varchar', length: 60 })
  name: string;

  @Column({ type: 'varchar', length: 255 })
  storageKey: string;

  @Column({ type: 'integer' })
  siteCount: number;

  @Column({ type: Date })
  builtAt: Date;
}

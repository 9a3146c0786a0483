import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Readable } from 'stream';
import type { DataSource } from 'typeorm';
import { PublishedVersion } from '../publication/entities/published-version.entity';
import { PublicExport } from '../publication/entities/public-export.entity';
import { writeSitesGeoJson } from '../publication/exports';
import { PublicationErrorCode, PublicationException, versionNotFound } from '../publication/publication.exception';
import { dialectOf, run } from '../publication/sql';
import { VersionFiles, type ExportFormat } from '../publication/version-files';
import { PublicSitesRepository } from './public-sites.repository';

const CONSOLIDATED_XLSX = 'sites.xlsx';

/** Files behind the public download URLs, and the consolidated XLSX job. */
@Injectable()
export class PublicExports {
  private readonly logger = new Logger('Exports');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly files: VersionFiles,
    private readonly sites: PublicSitesRepository,
  ) {}

  async currentVersionOf(producer: string, datasetSlug: string): Promise<PublishedVersion> {
    const [row] = await run(
      this.dataSource,
      dialectOf(this.dataSource),
      'SELECT v."id" AS "id" FROM "published_versions" v JOIN "datasets" d ON d."id" = v."datasetId" JOIN "organizations" o ON o."id" = d."organizationId" WHERE o."slug" = ? AND d."slug" = ? AND v."status" = ?',
      [producer, datasetSlug, 'current'],
    );
    const version = row ? await this.dataSource.getRepository(PublishedVersion).findOneBy({ id: row.id }) : null;
    if (!version) throw new PublicationException(PublicationErrorCode.DatasetNotFound, `Aucune version publiée du jeu « ${datasetSlug} » du producteur « ${producer} »`);
    return version;
  }

  /** Any version that was published, retracted ones included (their files stay as they were). */
  async publishedVersion(id: string): Promise<PublishedVersion> {
    const version = await this.dataSource.getRepository(PublishedVersion).findOneBy({ id });
    if (!version || version.publishedAt === null) throw versionNotFound();
    return version;
  }

  async versionFile(version: PublishedVersion, format: ExportFormat): Promise<Readable> {
    if (format === 'csv') return this.files.open(version.csvKey);
    if (format === 'geojson') return version.geojsonKey ? this.files.open(version.geojsonKey) : Readable.from(writeSitesGeoJson(await this.files.readSites(version.csvKey)));
    if (!version.xlsxKey) throw new PublicationException(PublicationErrorCode.ExportNotReady, 'Le fichier XLSX de cette version est en cours de préparation : réessayez dans quelques minutes');
    return this.files.open(version.xlsxKey);
  }

  async consolidatedXlsx(): Promise<Readable> {
    const stored = await this.dataSource.getRepository(PublicExport).findOneBy({ name: CONSOLIDATED_XLSX });
    if (!stored) throw new PublicationException(PublicationErrorCode.ExportNotReady, 'Le fichier XLSX national est en cours de préparation : réessayez dans quelques minutes');
    return this.files.open(stored.storageKey);
  }

  /** Rebuilds the consolidated XLSX from the current sites, then replaces the previous file. */
  async buildConsolidatedXlsx(): Promise<void> {
    const repository = this.dataSource.getRepository(PublicExport);
    const siteCount = await this.sites.countSites();
    const stored = await this.files.store('xlsx', this.sites.stream({}));
    const previous = await repository.findOneBy({ name: CONSOLIDATED_XLSX });
    await repository.save(Object.assign(new PublicExport(), { name: CONSOLIDATED_XLSX, storageKey: stored.key, siteCount, builtAt: new Date() }));
    if (previous) await this.files.delete(previous.storageKey);
    this.logger.log(`Export XLSX national reconstruit : ${siteCount} sites`);
  }
}

import { Inject, Injectable, Logger } from '@nestjs/common';
import { JOB_QUEUE, JobQueue } from '../jobs/job-queue';
import { PublishedVersionRepository } from './published-version.repository';
import { VersionFiles } from './version-files';

export const BUILD_CONSOLIDATED_XLSX_JOB = 'public.build-consolidated-xlsx';

/** After a publication: the version's GeoJSON and XLSX (slow: about 10,000 rows a second) beside its CSV. */
@Injectable()
export class VersionExports {
  private readonly logger = new Logger('Publication');

  constructor(
    private readonly versions: PublishedVersionRepository,
    private readonly files: VersionFiles,
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
  ) {}

  async build(versionId: string | null): Promise<void> {
    const version = versionId ? await this.versions.findById(versionId) : null;
    if (version && (!version.geojsonKey || !version.xlsxKey)) {
      const sites = await this.files.readSites(version.csvKey);
      const geojson = version.geojsonKey ?? (await this.files.store('geojson', sites)).key;
      const xlsx = version.xlsxKey ?? (await this.files.store('xlsx', sites)).key;
      await this.versions.update(version.id, { geojsonKey: geojson, xlsxKey: xlsx });
      this.logger.log(`Exports GeoJSON et XLSX de la version ${version.id} enregistrés`);
    }
    await this.queue.enqueue(BUILD_CONSOLIDATED_XLSX_JOB, {}, { attempts: 3 });
  }
}

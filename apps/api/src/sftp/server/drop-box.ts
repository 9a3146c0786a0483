import { HttpException, Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import fs from 'fs';
import { Repository } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { AppConfig } from '../../config/app.config';
import { APP_CONFIG } from '../../config/config.module';
import { Dataset } from '../../datasets/entities/dataset.entity';
import { Submission } from '../../submissions/entities/submission.entity';
import { SubmissionsService } from '../../submissions/submissions.service';
import { SftpAccount } from '../entities/sftp-account.entity';
import { InboxStore } from './inbox-store';
import { principalOfAccount } from './sftp-authenticator';
import { SftpRefusal } from './sftp-refusal';
import { UsageLimits, waitInFrench } from './usage-limits';
import { mappingNamesFor } from './virtual-path';

export type LimitKind = 'file-size' | 'files-per-hour' | 'sessions';

/**
 * What an SFTP account may do, whatever the protocol: see its organisation's datasets, turn a completed file into a
 * submission (through the same service as the portal, channel `sftp`), within its limits. Every refusal is an
 * SftpRefusal carrying the French message the client shows.
 */
@Injectable()
export class DropBox {
  constructor(
    @InjectRepository(Dataset) private readonly datasets: Repository<Dataset>,
    private readonly submissions: SubmissionsService,
    private readonly inbox: InboxStore,
    private readonly limits: UsageLimits,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get maxFileBytes(): number {
    return this.config.sftp.maxFileBytes;
  }

  datasetsOf(account: SftpAccount): Promise<Dataset[]> {
    return this.datasets.find({ where: { organizationId: account.organizationId }, order: { slug: 'ASC' } });
  }

  /** Another organisation's dataset is answered exactly like a missing one. */
  async dataset(account: SftpAccount, slug: string): Promise<Dataset> {
    const dataset = await this.datasets.findOneBy({ organizationId: account.organizationId, slug });
    if (!dataset) throw SftpRefusal.noSuchFile(`Aucun jeu de données « ${slug} » pour ce compte : listez la racine (ls /) pour voir les vôtres`);
    return dataset;
  }

  /** Checked when an upload starts, and again when it completes. */
  async assertMayUpload(account: SftpAccount, ip: string): Promise<void> {
    const wait = this.limits.fileWait(account.id);
    if (wait === 0) return;
    const max = this.config.sftp.maxFilesPerHour;
    await this.recordLimit(account, ip, 'files-per-hour', { max });
    throw SftpRefusal.failure(`Limite atteinte : ${max} fichiers par heure pour ce compte (SFTP_MAX_FILES_PER_HOUR). Réessayez dans ${waitInFrench(wait)}.`);
  }

  /**
   * Hands a complete file to the submissions workflow, with the `.mapping.json` found beside it if any. Over the hourly
   * limit the file is left where it is (a `.part` can be renamed again later); once handed over it is removed from
   * disk whatever happens. Answers once the submission exists; validation runs as a job.
   */
  async submit(account: SftpAccount, dataset: Dataset, file: { path: string; name: string; size: number }, ip: string): Promise<Submission> {
    await this.assertMayUpload(account, ip);
    const sidecarMapping = await this.sidecarMapping(account, dataset, file.name);
    const discard = () => fs.promises.rm(file.path, { force: true });
    let submission: Submission;
    try {
      this.limits.recordFile(account.id);
      submission = await this.submissions.receive(dataset.id, principalOfAccount(account), {
        upload: { path: file.path, originalName: file.name, size: file.size, mapping: null, discard },
        channel: 'sftp',
        sidecarMapping,
        ip,
      });
    } catch (error) {
      await discard();
      if (error instanceof HttpException) throw SftpRefusal.failure(messageOf(error));
      throw error;
    }
    await this.audit.record({
      action: 'sftp.upload',
      actor: principalOfAccount(account),
      channel: 'sftp',
      ip,
      target: { type: 'submission', id: submission.id },
      details: { datasetId: dataset.id, fileName: file.name, size: file.size, mappingOrigin: submission.mappingOrigin },
    });
    return submission;
  }

  async recordLimit(account: SftpAccount, ip: string, limit: LimitKind, details: Record<string, unknown>): Promise<void> {
    await this.audit.record({
      action: 'sftp.limit.exceeded',
      actor: principalOfAccount(account),
      channel: 'sftp',
      ip,
      target: { type: 'sftp-account', id: account.id },
      details: { limit, ...details },
    });
  }

  private async sidecarMapping(account: SftpAccount, dataset: Dataset, name: string): Promise<string | null> {
    for (const candidate of mappingNamesFor(name)) {
      if (await this.inbox.stat(account.id, dataset.id, candidate)) return this.inbox.read(account.id, dataset.id, candidate);
    }
    return null;
  }
}

function messageOf(error: HttpException): string {
  const body = error.getResponse();
  const message = typeof body === 'object' && body !== null && 'message' in body ? String((body as { message: unknown }).message) : error.message;
  return `Fichier refusé : ${message}`;
}

import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'crypto';
import fs from 'fs';
import type { Mapping } from '@maillage/validation';
import { AuditService } from '../audit/audit.service';
import { AppConfig } from '../config/app.config';
import { APP_CONFIG } from '../config/config.module';
import { describeError } from '../common/driver-health';
import { DomainErrorCode, DomainException } from '../common/domain.exception';
import { ListQuery, Page } from '../common/simple-rest';
import { isUuid } from '../common/uuid';
import { Dataset } from '../datasets/entities/dataset.entity';
import { DatasetsService } from '../datasets/datasets.service';
import type { Principal } from '../identity/principal';
import { JOB_QUEUE, JobQueue } from '../jobs/job-queue';
import { SchemaDescriptors } from '../validation/schema-descriptors';
import { Submission } from './entities/submission.entity';
import { mappingFingerprint, parseMapping } from './mapping-check';
import { SubmissionRepository, SubmissionSortField } from './submission.repository';
import { submissionNotFound } from './submission.exception';
import { MappingOrigin, SubmissionChannel, SubmissionStatus } from './submission-status';
import { SubmissionTransitions } from './submission-transitions';
import { canActFor, canRead, visibilityOf } from './submission-visibility';
import type { ReceivedUpload } from './upload-receiver';
import { SubmissionArtifacts } from './submission-artifacts';

export const VALIDATE_SUBMISSION_JOB = 'validate-submission';
export const DIFF_SUBMISSION_JOB = 'diff-submission';

export interface ValidateSubmissionPayload {
  submissionId: string;
}

export interface IncomingFile {
  upload: ReceivedUpload;
  channel: SubmissionChannel;
  /** A `.mapping.json` dropped beside the file (SFTP): used when the upload itself brings no mapping. */
  sidecarMapping?: string | null;
  ip?: string | null;
}

@Injectable()
export class SubmissionsService {
  private readonly logger = new Logger('Soumissions');

  constructor(
    private readonly repository: SubmissionRepository,
    private readonly transitions: SubmissionTransitions,
    private readonly datasets: DatasetsService,
    private readonly schemas: SchemaDescriptors,
    private readonly artifacts: SubmissionArtifacts,
    private readonly audit: AuditService,
    @Inject(JOB_QUEUE) private readonly jobs: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Keeps the file byte for byte, records who sent it and with which mapping, then either reuses the report of an
   * identical earlier submission or queues its validation. Answers before validation runs.
   */
  async receive(datasetId: string, principal: Principal, incoming: IncomingFile): Promise<Submission> {
    try {
      const dataset = await this.datasetFor(datasetId, principal);
      const { mapping, origin } = this.chooseMapping(dataset, incoming);
      const stored = await this.artifacts.put(fs.createReadStream(incoming.upload.path), 'uploads');
      const submission = await this.repository.insert(
        Object.assign(new Submission(), {
          id: randomUUID(),
          datasetId: dataset.id,
          organizationId: dataset.organizationId,
          status: SubmissionStatus.Received,
          channel: incoming.channel,
          senderType: principal.kind,
          senderId: principal.id,
          senderName: principal.name,
          fileName: incoming.upload.originalName.slice(0, 255),
          fileKey: stored.key,
          fileSize: stored.size,
          checksum: stored.sha256,
          mapping,
          mappingOrigin: origin,
          mappingFingerprint: mappingFingerprint(mapping),
          schemaName: dataset.schemaName,
          schemaVersion: dataset.schemaVersion,
        } satisfies Partial<Submission>),
      );
      await this.audit.record({
        action: 'submission.received',
        actor: principal,
        channel: incoming.channel,
        organizationId: dataset.organizationId,
        ip: incoming.ip ?? null,
        target: { type: 'submission', id: submission.id },
        details: { datasetId: dataset.id, fileName: submission.fileName, size: stored.size, sha256: stored.sha256, mappingOrigin: origin },
      });
      return (await this.reuseReport(submission, principal)) ?? (await this.queueValidation(submission));
    } finally {
      await incoming.upload.discard();
    }
  }

  /** A mapping sent with the file wins over an SFTP sidecar, which wins over the dataset's saved mapping. */
  private chooseMapping(dataset: Dataset, incoming: IncomingFile): { mapping: Mapping | null; origin: MappingOrigin | null } {
    const fields = this.schemaFields(dataset);
    if (incoming.upload.mapping !== null) return { mapping: parseMapping(incoming.upload.mapping, fields), origin: 'sent' };
    if (incoming.sidecarMapping) return { mapping: parseMapping(incoming.sidecarMapping, fields), origin: 'sftp-sidecar' };
    if (dataset.mapping) return { mapping: dataset.mapping as Mapping, origin: 'saved' };
    return { mapping: null, origin: null };
  }

  private async reuseReport(submission: Submission, principal: Principal): Promise<Submission | null> {
    const earlier = await this.repository.findReusableReport(submission);
    if (!earlier) return null;
    const valid = (earlier.errorCount ?? 0) === 0 && earlier.sitesKey !== null;
    const reused = await this.transitions.apply(submission, {
      action: valid ? 'pass-validation' : 'fail-validation',
      actor: principal,
      channel: submission.channel,
      changes: {
        reusedReportOf: earlier.id,
        reportKey: earlier.reportKey,
        rowCount: earlier.rowCount,
        errorCount: earlier.errorCount,
        warningCount: earlier.warningCount,
        sitesKey: earlier.sitesKey,
        siteCount: earlier.siteCount,
        detectedFormat: earlier.detectedFormat,
        detectedEncoding: earlier.detectedEncoding,
        detectedDelimiter: earlier.detectedDelimiter,
        validatedAt: new Date(),
      },
      details: { reusedReportOf: earlier.id },
    });
    // The published version may have changed since: the diff is computed again, in the background.
    if (valid) await this.enqueue(DIFF_SUBMISSION_JOB, reused);
    return reused;
  }

  private async queueValidation(submission: Submission): Promise<Submission> {
    await this.enqueue(VALIDATE_SUBMISSION_JOB, submission);
    return (await this.repository.findById(submission.id)) ?? submission;
  }

  /** A queue that cannot take the job leaves the submission `received`, with its file kept: it is never lost. */
  private async enqueue(job: string, submission: Submission): Promise<void> {
    try {
      await this.jobs.enqueue<ValidateSubmissionPayload>(job, { submissionId: submission.id }, { attempts: this.config.jobs.maxAttempts });
    } catch (error) {
      this.logger.error(`Tâche ${job} de la soumission ${submission.id} non lancée : ${describeError(error)}`);
    }
  }

  async saveMapping(datasetId: string, principal: Principal, ip: string | null, input: unknown, autoSubmit?: boolean): Promise<Dataset> {
    const dataset = await this.datasetFor(datasetId, principal);
    const mapping = input === null ? null : parseMapping(input, this.schemaFields(dataset));
    return this.datasets.saveMapping(dataset.id, mapping, autoSubmit, { principal, ip });
  }

  list(query: ListQuery<SubmissionSortField>, principal: Principal): Promise<Page<Submission>> {
    return this.repository.findPage(query, visibilityOf(principal));
  }

  /** Answers 404 for a submission the principal may not see. */
  async get(id: string, principal: Principal): Promise<Submission> {
    const submission = isUuid(id) ? await this.repository.findById(id) : null;
    if (!submission || !canRead(visibilityOf(principal), submission)) throw submissionNotFound();
    return submission;
  }

  /** The original file is the producer's unpublished data: who downloads it is recorded. */
  async getForDownload(id: string, principal: Principal, ip: string | null): Promise<Submission> {
    const submission = await this.get(id, principal);
    await this.audit.record({
      action: 'submission.file.downloaded',
      actor: principal,
      organizationId: submission.organizationId,
      ip,
      target: { type: 'submission', id: submission.id },
      details: { fileName: submission.fileName },
    });
    return submission;
  }

  async submit(id: string, principal: Principal, ip: string | null): Promise<Submission> {
    const submission = await this.getForOrganizationMember(id, principal);
    return this.transitions.apply(submission, { action: 'submit', actor: principal, ip, changes: { submittedAt: new Date() } });
  }

  async withdraw(id: string, principal: Principal, ip: string | null): Promise<Submission> {
    const submission = await this.getForOrganizationMember(id, principal);
    return this.transitions.apply(submission, { action: 'withdraw', actor: principal, ip, changes: { decidedAt: new Date() } });
  }

  private async getForOrganizationMember(id: string, principal: Principal): Promise<Submission> {
    const submission = await this.get(id, principal);
    if (!canActFor(principal, submission.organizationId)) throw submissionNotFound();
    return submission;
  }

  /** Checked before the upload is read, so that a refused caller never gets to send the bytes. */
  datasetForUpload(datasetId: string, principal: Principal): Promise<Dataset> {
    return this.datasetFor(datasetId, principal);
  }

  /** A dataset the principal may send files to; another organisation's answers 404 like a missing one. */
  private async datasetFor(datasetId: string, principal: Principal): Promise<Dataset> {
    const dataset = await this.datasets.get(datasetId);
    if (!canActFor(principal, dataset.organizationId)) throw new DomainException(DomainErrorCode.DatasetNotFound, 'Jeu de données introuvable');
    return dataset;
  }

  private schemaFields(dataset: Dataset): string[] {
    return this.schemas.load(dataset.schemaName, dataset.schemaVersion).fields.map((field) => field.name);
  }
}

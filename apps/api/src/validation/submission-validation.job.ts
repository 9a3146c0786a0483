import { Inject, Injectable, Logger } from '@nestjs/common';
import { frenchChecks, sourceFailureReport, validate, type Mapping, type Report } from '@maillage/validation';
import { nodeHasher, openTable, SourceError } from '@maillage/validation/node';
import { currentCommuneOf } from '@maillage/territories';
import type { Readable } from 'stream';
import { SYSTEM_ACTOR } from '../audit/audit.service';
import { AppConfig } from '../config/app.config';
import { APP_CONFIG } from '../config/config.module';
import { describeError } from '../common/driver-health';
import { DatasetsService } from '../datasets/datasets.service';
import { JobContext } from '../jobs/job-queue';
import { renumberingPredicate } from '../review/diff/renumbering';
import { diffSites } from '../review/diff/site-diff';
import type { SiteRecord } from '../review/diff/site-record';
import { PublicationPort } from '../review/publication-port';
import { Submission } from '../submissions/entities/submission.entity';
import { SubmissionArtifacts } from '../submissions/submission-artifacts';
import { SubmissionRepository } from '../submissions/submission.repository';
import { IllegalTransitionException } from '../submissions/submission.exception';
import { SubmissionStatus } from '../submissions/submission-status';
import { SubmissionTransitions } from '../submissions/submission-transitions';
import type { ValidateSubmissionPayload } from '../submissions/submissions.service';
import { SchemaDescriptors } from './schema-descriptors';
import { toSiteRecord } from './site-records';

const UNFINISHED = [SubmissionStatus.Received, SubmissionStatus.Validating];

/** A commune merged since the last version keeps its sites where they were: a renumbering, not a move. */
const isCommuneRenumbering = renumberingPredicate((code) => currentCommuneOf(code)?.code);

/**
 * The `validate-submission` job: reads the stored file, validates it against its schema version through its mapping
 * with the French checks, stores the report and the cast sites, diffs a valid file against the published version,
 * and moves the submission to valid or invalid. Idempotent: a retry starts over and replaces what a failed try wrote.
 * After the queue's last try, the submission becomes `errored` (the system failed, not the data).
 */
@Injectable()
export class SubmissionValidationJob {
  private readonly logger = new Logger('Validation');

  constructor(
    private readonly repository: SubmissionRepository,
    private readonly transitions: SubmissionTransitions,
    private readonly artifacts: SubmissionArtifacts,
    private readonly schemas: SchemaDescriptors,
    private readonly datasets: DatasetsService,
    private readonly publication: PublicationPort,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async validate(payload: ValidateSubmissionPayload, context: JobContext): Promise<void> {
    let submission = await this.repository.findById(payload.submissionId);
    if (!submission || !UNFINISHED.includes(submission.status)) return;
    const written: string[] = [];
    try {
      submission = await this.transitions.apply(submission, {
        action: 'start-validation',
        actor: SYSTEM_ACTOR,
        changes: { validationAttempts: context.attempt, failureReason: null },
        details: { attempt: context.attempt, jobId: context.jobId },
      });
      const outcome = await this.run(submission);
      written.push(outcome.reportKey, outcome.sitesKey);
      const valid = outcome.report.valid;
      const diff = valid ? await this.computeDiff(submission, outcome.sites) : null;
      if (diff) written.push(diff.key);
      const task = outcome.report.tasks[0];
      const finished = await this.transitions.apply(submission, {
        action: valid ? 'pass-validation' : 'fail-validation',
        actor: SYSTEM_ACTOR,
        changes: {
          reportKey: outcome.reportKey,
          rowCount: task?.stats.rows ?? 0,
          errorCount: outcome.report.stats.errors,
          warningCount: outcome.report.stats.warnings,
          sitesKey: outcome.sitesKey,
          siteCount: outcome.sites.length,
          detectedFormat: task?.detected.format ?? null,
          detectedEncoding: task?.detected.encoding ?? null,
          detectedDelimiter: task?.detected.delimiter ?? null,
          diffKey: diff?.key ?? null,
          diffSummary: diff?.summary ?? null,
          validatedAt: new Date(),
        },
        details: { errors: outcome.report.stats.errors, warnings: outcome.report.stats.warnings, rows: task?.stats.rows ?? 0 },
      });
      written.length = 0;
      if (valid) await this.autoSubmit(finished);
    } catch (error) {
      // What this try wrote is referenced by no submission: the next try writes its own.
      await Promise.all(written.map((key) => this.artifacts.delete(key).catch(() => undefined)));
      // Withdrawn while it was being validated: nothing left to do, and nothing to retry.
      if (error instanceof IllegalTransitionException) return;
      await this.failIfLastAttempt(payload.submissionId, context, error);
      throw error;
    }
  }

  /** The diff of a submission whose report was reused: against what is published now. */
  async diffOnly(payload: ValidateSubmissionPayload): Promise<void> {
    const submission = await this.repository.findById(payload.submissionId);
    if (!submission?.sitesKey || submission.status !== SubmissionStatus.Valid) return;
    const next: SiteRecord[] = [];
    for await (const site of this.artifacts.readSites(submission.sitesKey)) next.push(site);
    const diff = await this.computeDiff(submission, next);
    await this.repository.update(submission.id, { diffKey: diff.key, diffSummary: diff.summary });
    await this.autoSubmit({ ...submission, diffKey: diff.key });
  }

  /** Validates, writing the cast sites to the storage as they come and keeping them for the diff. */
  private async run(submission: Submission): Promise<{ report: Report; reportKey: string; sitesKey: string; sites: SiteRecord[] }> {
    const schema = this.schemas.load(submission.schemaName, submission.schemaVersion);
    const writer = this.artifacts.ndjsonWriter('sites');
    const sites: SiteRecord[] = [];
    let report: Report;
    try {
      const bytes = () => chunksOf(this.artifacts.open(submission.fileKey));
      const options = {
        schema,
        mapping: (submission.mapping ?? undefined) as Mapping | undefined,
        checks: frenchChecks,
        locale: 'fr' as const,
        now: new Date(),
        onRow: (row: Record<string, unknown>, _rowNumber: number, valid: boolean) => {
          if (!valid) return;
          const site = toSiteRecord(row);
          writer.write(site);
          sites.push(site);
        },
      };
      try {
        report = await validate(await openTable(bytes, { name: submission.fileName, hasher: nodeHasher }), options);
      } catch (error) {
        if (!(error instanceof SourceError)) throw error;
        report = sourceFailureReport(submission.fileName, error, 'fr');
      }
    } catch (error) {
      await writer.abort(error as Error);
      throw error;
    }
    const storedSites = await writer.finish();
    const storedReport = await this.artifacts.writeJson('reports', report);
    return { report, reportKey: storedReport.key, sitesKey: storedSites.key, sites };
  }

  private async computeDiff(submission: Submission, next: SiteRecord[]) {
    const previous: SiteRecord[] = [];
    for await (const site of this.publication.gateway().currentSites(submission.datasetId)) previous.push(site);
    const diff = diffSites(previous, next, { today: new Date().toISOString().slice(0, 10), isCommuneRenumbering });
    const stored = await this.artifacts.writeJson('diffs', diff);
    return { key: stored.key, summary: diff.summary };
  }

  /** Best effort: a submission left valid can still be submitted by hand, so a failure here is not retried. */
  private async autoSubmit(submission: Submission): Promise<void> {
    try {
      const dataset = await this.datasets.get(submission.datasetId);
      if (!dataset.autoSubmit || !submission.diffKey) return;
      await this.transitions.apply(submission, {
        action: 'submit',
        actor: SYSTEM_ACTOR,
        changes: { submittedAt: new Date() },
        details: { automatic: true },
      });
    } catch (error) {
      this.logger.warn(`Soumission automatique de ${submission.id} impossible, elle reste valide : ${describeError(error)}`);
    }
  }

  private async failIfLastAttempt(submissionId: string, context: JobContext, error: unknown): Promise<void> {
    const reason = describeError(error);
    this.logger.warn(`Validation de la soumission ${submissionId}, essai ${context.attempt}/${this.config.jobs.maxAttempts} en échec : ${reason}`);
    if (context.attempt < this.config.jobs.maxAttempts) return;
    const submission = await this.repository.findById(submissionId);
    if (!submission || !UNFINISHED.includes(submission.status)) return;
    await this.transitions.apply(submission, {
      action: 'error-validation',
      actor: SYSTEM_ACTOR,
      changes: { failureReason: `Erreur du système pendant la validation (${context.attempt} essais) : ${reason}` },
      details: { attempts: context.attempt, reason },
    });
  }
}

/** The reader makes two passes (detection, then parsing): each one opens a fresh stream from the storage. */
async function* chunksOf(opening: Promise<Readable>): AsyncIterable<Uint8Array> {
  for await (const chunk of await opening) yield chunk as Uint8Array;
}

import { Injectable } from '@nestjs/common';
import { summarize, type Locale, type Report, type Summary } from '@maillage/validation';
import { Readable } from 'stream';
import type { SiteDiff } from '../review/diff/site-diff';
import { Submission } from './entities/submission.entity';
import { localizeReport, reportToCsv } from './report-export';
import { SubmissionArtifacts } from './submission-artifacts';
import { SubmissionErrorCode, SubmissionException } from './submission.exception';
import { statusLabel } from './submission-state-machine';

function localeOf(value: string | undefined): Locale {
  return value === 'en' ? 'en' : 'fr';
}

/** What a submission's stored files say: its report (JSON, CSV, summary), its diff, its original bytes. */
@Injectable()
export class SubmissionReports {
  constructor(private readonly artifacts: SubmissionArtifacts) {}

  async report(submission: Submission, locale?: string): Promise<Report> {
    return localizeReport(await this.storedReport(submission), localeOf(locale));
  }

  async errorsCsv(submission: Submission, locale?: string): Promise<string> {
    const chosen = localeOf(locale);
    return reportToCsv(localizeReport(await this.storedReport(submission), chosen), chosen);
  }

  async summary(submission: Submission, locale?: string): Promise<Summary> {
    const chosen = localeOf(locale);
    return summarize(localizeReport(await this.storedReport(submission), chosen), chosen);
  }

  async diff(submission: Submission): Promise<SiteDiff> {
    if (!submission.diffKey) {
      const why = submission.reportKey
        ? submission.errorCount
          ? 'le fichier n’est pas valide : la différence n’est calculée que pour un fichier sans erreur'
          : 'elle est en cours de calcul'
        : `la soumission est ${statusLabel(submission.status)}, son rapport n’est pas encore prêt`;
      throw new SubmissionException(SubmissionErrorCode.DiffNotAvailable, `Différence avec la version publiée indisponible : ${why}`);
    }
    return this.artifacts.readJson<SiteDiff>(submission.diffKey);
  }

  originalFile(submission: Submission): Promise<Readable> {
    return this.artifacts.open(submission.fileKey);
  }

  private storedReport(submission: Submission): Promise<Report> {
    if (!submission.reportKey) {
      throw new SubmissionException(
        SubmissionErrorCode.ReportNotReady,
        `Le rapport de validation n’est pas encore prêt : la soumission est ${statusLabel(submission.status)}`,
        { status: submission.status },
      );
    }
    return this.artifacts.readJson<Report>(submission.reportKey);
  }
}

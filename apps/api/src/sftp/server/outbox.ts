import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { summarizeText, type Report } from '@maillage/validation';
import type { Readable } from 'stream';
import { In, Repository } from 'typeorm';
import { Submission } from '../../submissions/entities/submission.entity';
import { SubmissionArtifacts } from '../../submissions/submission-artifacts';
import { statusLabel } from '../../submissions/submission-state-machine';
import { MappingOrigin, SubmissionStatus } from '../../submissions/submission-status';
import { baseName } from './virtual-path';

export type OutboxContent = 'report-json' | 'report-txt' | 'original';

export interface OutboxEntry {
  name: string;
  submission: Submission;
  content: OutboxContent;
}

/** Files that passed validation: the archive shows them under their name. */
const ACCEPTED = [SubmissionStatus.Valid, SubmissionStatus.Submitted, SubmissionStatus.Approved, SubmissionStatus.Published];
/** How far back the views look: an account's recent drops, not its whole history. */
const RECENT_SUBMISSIONS = 500;
const RENDERED_CACHE_ENTRIES = 64;

const MAPPING_ORIGINS: Record<MappingOrigin, string> = {
  sent: 'envoyée avec le fichier',
  'sftp-sidecar': 'fichier .mapping.json déposé à côté du fichier',
  saved: 'correspondance enregistrée pour le jeu de données',
};

/**
 * What comes back to an account: `reports/` and `archive/`, read from its submissions each time they are listed or
 * opened, so they always say what the workflow knows. The latest submission of a name wins: a report appears once
 * that submission's validation has finished, and is hidden (not replaced by an older one) while it runs.
 */
@Injectable()
export class Outbox {
  private readonly rendered = new Map<string, Buffer>();

  constructor(
    @InjectRepository(Submission) private readonly submissions: Repository<Submission>,
    private readonly artifacts: SubmissionArtifacts,
  ) {}

  async reports(accountId: string, datasetId: string): Promise<OutboxEntry[]> {
    const latestByBase = new Map<string, Submission>();
    for (const submission of await this.recent(accountId, datasetId)) {
      const base = baseName(submission.fileName);
      if (!latestByBase.has(base)) latestByBase.set(base, submission);
    }
    const entries: OutboxEntry[] = [];
    for (const [base, submission] of latestByBase) {
      if (submission.reportKey) entries.push({ name: `${base}.json`, submission, content: 'report-json' });
      if (submission.reportKey || submission.status === SubmissionStatus.Errored) entries.push({ name: `${base}.txt`, submission, content: 'report-txt' });
    }
    return entries;
  }

  async archive(accountId: string, datasetId: string): Promise<OutboxEntry[]> {
    const latestByName = new Map<string, Submission>();
    for (const submission of await this.recent(accountId, datasetId, ACCEPTED)) {
      if (!latestByName.has(submission.fileName)) latestByName.set(submission.fileName, submission);
    }
    return [...latestByName].map(([name, submission]) => ({ name, submission, content: 'original' as const }));
  }

  async size(entry: OutboxEntry): Promise<number> {
    return entry.content === 'original' ? entry.submission.fileSize : (await this.render(entry)).length;
  }

  /** A report as bytes (rendered once per submission state); the original file is read with `open`. */
  async render(entry: OutboxEntry): Promise<Buffer> {
    const { submission } = entry;
    const cacheKey = `${submission.id}:${submission.status}:${entry.content}`;
    const cached = this.rendered.get(cacheKey);
    if (cached) return cached;
    const text = entry.content === 'report-json' ? `${JSON.stringify(await this.report(submission), null, 2)}\n` : await this.textReport(submission);
    const bytes = Buffer.from(text, 'utf8');
    this.rendered.set(cacheKey, bytes);
    if (this.rendered.size > RENDERED_CACHE_ENTRIES) this.rendered.delete(this.rendered.keys().next().value as string);
    return bytes;
  }

  open(entry: OutboxEntry): Promise<Readable> {
    return this.artifacts.open(entry.submission.fileKey);
  }

  private report(submission: Submission): Promise<Report> {
    return this.artifacts.readJson<Report>(submission.reportKey as string);
  }

  private async textReport(submission: Submission): Promise<string> {
    const header = [
      `Rapport de validation Maillage — ${submission.fileName}`,
      `Reçu le ${submission.receivedAt.toISOString().replace('T', ' ').slice(0, 16)} UTC, soumission ${submission.id}`,
      `Statut : ${statusLabel(submission.status)}`,
      `Correspondance de colonnes : ${submission.mappingOrigin ? MAPPING_ORIGINS[submission.mappingOrigin] : 'aucune (colonnes lues sous les noms du schéma)'}`,
      '',
    ];
    const body = submission.reportKey
      ? summarizeText(await this.report(submission), 'fr')
      : `${submission.failureReason ?? 'Erreur du système pendant la validation'}\nLe fichier n’est pas en cause : déposez-le à nouveau plus tard ou contactez l’équipe Maillage.`;
    return `${header.join('\n')}\n${body}\n`;
  }

  private recent(accountId: string, datasetId: string, statuses?: SubmissionStatus[]): Promise<Submission[]> {
    return this.submissions.find({
      where: { datasetId, senderType: 'sftp-account', senderId: accountId, ...(statuses ? { status: In(statuses) } : {}) },
      order: { receivedAt: 'DESC', id: 'ASC' },
      take: RECENT_SUBMISSIONS,
    });
  }
}

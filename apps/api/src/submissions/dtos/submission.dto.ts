import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsObject, IsOptional, ValidateIf } from 'class-validator';
import { Submission } from '../entities/submission.entity';
import { allowedUserActions, USER_ACTIONS, UserAction } from '../submission-state-machine';
import { SUBMISSION_STATUSES, SubmissionStatus } from '../submission-status';

/** A submission as clients see it: no storage keys, and the actions its status still allows. */
export class SubmissionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) datasetId: string;
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty({ enum: SUBMISSION_STATUSES }) status: SubmissionStatus;
  @ApiProperty({ enum: USER_ACTIONS, isArray: true }) allowedActions: UserAction[];
  @ApiProperty({ enum: ['web', 'api', 'sftp'] }) channel: string;
  @ApiProperty({ enum: ['user', 'api-token', 'sftp-account'] }) senderType: string;
  @ApiProperty() senderId: string;
  @ApiProperty() senderName: string;
  @ApiProperty() fileName: string;
  @ApiProperty() fileSize: number;
  @ApiProperty({ description: 'SHA-256 du fichier original' }) checksum: string;
  @ApiProperty({ nullable: true, type: String }) detectedFormat: string | null;
  @ApiProperty({ nullable: true, type: String }) detectedEncoding: string | null;
  @ApiProperty({ nullable: true, type: String }) detectedDelimiter: string | null;
  @ApiProperty({ nullable: true, type: Object }) mapping: object | null;
  @ApiProperty({ nullable: true, enum: ['sent', 'sftp-sidecar', 'saved'] }) mappingOrigin: string | null;
  @ApiProperty() schemaName: string;
  @ApiProperty() schemaVersion: string;
  @ApiProperty({ nullable: true, type: Number }) rowCount: number | null;
  @ApiProperty({ nullable: true, type: Number }) errorCount: number | null;
  @ApiProperty({ nullable: true, type: Number }) warningCount: number | null;
  @ApiProperty({ nullable: true, type: Number }) siteCount: number | null;
  @ApiProperty({ nullable: true, type: Object, description: 'Comptes de la différence avec la version publiée' }) diffSummary: object | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) reusedReportOf: string | null;
  @ApiProperty({ nullable: true, type: String }) failureReason: string | null;
  @ApiProperty() validationAttempts: number;
  @ApiProperty({ nullable: true, type: String }) publishedVersionId: string | null;
  @ApiProperty({ nullable: true, type: Date }) publishAt: Date | null;
  @ApiProperty() receivedAt: Date;
  @ApiProperty({ nullable: true, type: Date }) validatedAt: Date | null;
  @ApiProperty({ nullable: true, type: Date }) submittedAt: Date | null;
  @ApiProperty({ nullable: true, type: Date }) decidedAt: Date | null;
  @ApiProperty({ nullable: true, type: Date }) publishedAt: Date | null;
  @ApiProperty() updatedAt: Date;

  static of(submission: Submission): SubmissionDto {
    const { fileKey: _file, reportKey: _report, sitesKey: _sites, diffKey: _diff, mappingFingerprint: _fingerprint, ...visible } = submission;
    return Object.assign(new SubmissionDto(), visible, { allowedActions: allowedUserActions(submission.status) });
  }
}

export class SaveMappingDto {
  @ApiProperty({
    nullable: true,
    type: Object,
    description: 'Correspondance { "fields": { "<champ du schéma>": "<colonne du fichier>" | { column, values } | { columns, separator } | { constant } } } ; null l’efface',
    example: { fields: { id: 'id_fs', nom: 'lib_fs', categorie: { constant: 'point_de_contact' } } },
  })
  @ValidateIf((_, value) => value !== null)
  @IsObject({ message: 'la correspondance doit être un objet JSON { "fields": { … } } ou null' })
  mapping: Record<string, unknown> | null;

  @ApiPropertyOptional({ description: 'Soumettre à la revue dès que la validation réussit' })
  @IsOptional()
  @IsBoolean({ message: 'autoSubmit doit valoir true ou false' })
  autoSubmit?: boolean;
}

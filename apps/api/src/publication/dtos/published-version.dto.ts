import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class PublishedVersionDto {
  @ApiProperty() id: string;
  @ApiProperty() datasetId: string;
  @ApiProperty() organizationId: string;
  @ApiPropertyOptional({ nullable: true, type: String }) submissionId: string | null;
  @ApiProperty() approvedById: string;
  @ApiProperty() approvedByName: string;
  @ApiProperty({ enum: ['scheduled', 'current', 'superseded', 'retracted', 'cancelled'] }) status: string;
  @ApiProperty() publishAt: Date;
  @ApiPropertyOptional({ nullable: true, type: Date }) publishedAt: Date | null;
  @ApiProperty() siteCount: number;
  @ApiProperty({ description: 'SHA-256 du CSV canonique de la version' }) csvSha256: string;
  @ApiPropertyOptional({ nullable: true, type: String }) retractionReason: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) retractedByName: string | null;
  @ApiPropertyOptional({ nullable: true, type: Date }) retractedAt: Date | null;
  @ApiPropertyOptional({ nullable: true, type: Date }) cancelledAt: Date | null;
  @ApiProperty({ description: 'Téléchargements de la version telle que publiée' }) downloads: { csv: string; geojson: string; xlsx: string };
}

export class RetractVersionDto {
  @ApiProperty({ example: 'Liste publiée par erreur : elle contient des sites d’un autre réseau' })
  @IsString({ message: 'le motif doit être une chaîne de caractères' })
  @Length(5, 2000, { message: 'le motif doit comporter entre 5 et 2 000 caractères' })
  reason: string;
}

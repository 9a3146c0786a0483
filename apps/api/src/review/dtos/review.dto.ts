import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { SubmissionDto } from '../../submissions/dtos/submission.dto';

export class ApproveDto {
  @ApiPropertyOptional({ format: 'date-time', description: 'Date de publication ; absente, la version est publiée immédiatement', example: '2027-01-01T06:00:00Z' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'la date de publication doit être une date ISO 8601, par exemple 2027-01-01T06:00:00Z' })
  publishAt?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString({ message: 'le commentaire doit être du texte' })
  @MaxLength(5000, { message: 'le commentaire ne peut dépasser 5 000 caractères' })
  comment?: string;
}

export class RequestChangesDto {
  @ApiProperty({ description: 'Ce que le producteur doit corriger' })
  @IsString({ message: 'le commentaire doit être du texte' })
  @IsNotEmpty({ message: 'un commentaire est obligatoire pour demander des corrections' })
  @MaxLength(5000, { message: 'le commentaire ne peut dépasser 5 000 caractères' })
  comment: string;
}

export class ReviewQueueItemDto extends SubmissionDto {
  @ApiProperty({ description: 'Ouvertures (déclarées ou prévues)' }) openings: number;
  @ApiProperty({ description: 'Fermetures (déclarées ou prévues)' }) closures: number;
  @ApiProperty({ description: 'Déménagements' }) moves: number;
  @ApiProperty({ description: 'Sites absents du nouveau fichier, à confirmer' }) removals: number;
}

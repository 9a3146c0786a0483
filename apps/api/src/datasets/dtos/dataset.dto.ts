import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsOptional, IsString, Length, Matches, MaxLength, ValidateIf } from 'class-validator';
import { SLUG_PATTERN } from '../../common/slug';

export class CreateDatasetDto {
  @ApiProperty({ example: 'Centres des finances publiques' })
  @IsString({ message: 'le nom doit être une chaîne de caractères' })
  @Length(2, 200, { message: 'le nom doit comporter entre 2 et 200 caractères' })
  name: string;

  @ApiPropertyOptional({ example: 'centres-finances-publiques', description: 'Déduit du nom s’il est absent ; unique dans l’organisation' })
  @IsOptional()
  @IsString({ message: 'le slug doit être une chaîne de caractères' })
  @Length(2, 120, { message: 'le slug doit comporter entre 2 et 120 caractères' })
  @Matches(SLUG_PATTERN, { message: 'le slug ne peut contenir que des minuscules non accentuées, des chiffres et des tirets' })
  slug?: string;

  @ApiPropertyOptional({ nullable: true, type: String })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @IsString({ message: 'la description doit être une chaîne de caractères' })
  @MaxLength(5000, { message: 'la description ne peut dépasser 5 000 caractères' })
  description?: string | null;

  @ApiPropertyOptional({ example: 'sites-publics', default: 'sites-publics' })
  @IsOptional()
  @IsString({ message: 'le nom du schéma doit être une chaîne de caractères' })
  @Matches(SLUG_PATTERN, { message: 'le nom du schéma doit être un identifiant en minuscules (ex. « sites-publics »)' })
  schemaName?: string;

  @ApiPropertyOptional({ example: '1.0.0', description: 'Dernière version publiée du schéma si absente' })
  @IsOptional()
  @IsString({ message: 'la version du schéma doit être une chaîne de caractères' })
  @Matches(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/, { message: 'la version du schéma doit avoir la forme 1.2.3' })
  schemaVersion?: string;
}

export class UpdateDatasetDto extends PartialType(CreateDatasetDto) {}

export class DatasetDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty() name: string;
  @ApiProperty() slug: string;
  @ApiProperty({ nullable: true, type: String }) description: string | null;
  @ApiProperty() schemaName: string;
  @ApiProperty() schemaVersion: string;
  @ApiProperty({ nullable: true, type: Object, description: 'Correspondance enregistrée entre les colonnes du fichier et le schéma' }) mapping: object | null;
  @ApiProperty({ description: 'Soumettre à la revue dès que la validation réussit' }) autoSubmit: boolean;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
}

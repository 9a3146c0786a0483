import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsEnum, IsOptional, IsString, Length, Matches, ValidateIf } from 'class-validator';
import { SLUG_PATTERN } from '../../common/slug';
import { OrganizationKind } from '../entities/organization.entity';
import { IsSiren } from '../siren';

const KINDS = Object.values(OrganizationKind).join(', ');

export class CreateOrganizationDto {
  @ApiProperty({ example: 'Direction générale des Finances publiques' })
  @IsString({ message: 'le nom doit être une chaîne de caractères' })
  @Length(2, 200, { message: 'le nom doit comporter entre 2 et 200 caractères' })
  name: string;

  @ApiPropertyOptional({ example: 'dgfip', description: 'Déduit du nom s’il est absent' })
  @IsOptional()
  @IsString({ message: 'le slug doit être une chaîne de caractères' })
  @Length(2, 120, { message: 'le slug doit comporter entre 2 et 120 caractères' })
  @Matches(SLUG_PATTERN, { message: 'le slug ne peut contenir que des minuscules non accentuées, des chiffres et des tirets (ex. « dgfip »)' })
  slug?: string;

  @ApiPropertyOptional({ example: '110020013', nullable: true, description: 'SIREN (9 chiffres, clé de Luhn)' })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @IsSiren()
  siren?: string | null;

  @ApiProperty({ enum: OrganizationKind, example: OrganizationKind.Direction })
  @IsEnum(OrganizationKind, { message: `le type doit valoir l’une de ces valeurs : ${KINDS}` })
  kind: OrganizationKind;
}

export class UpdateOrganizationDto extends PartialType(CreateOrganizationDto) {}

export class OrganizationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() slug: string;
  @ApiProperty({ nullable: true, type: String }) siren: string | null;
  @ApiProperty({ enum: OrganizationKind }) kind: OrganizationKind;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
}

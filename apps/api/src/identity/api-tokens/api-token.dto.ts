import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMinSize, ArrayUnique, IsArray, IsIn, IsISO8601, IsOptional, IsString, Length } from 'class-validator';
import { API_TOKEN_SCOPES, ApiTokenScope } from '../principal';
import { ApiToken } from './api-token.entity';

export class CreateApiTokenDto {
  @ApiProperty({ example: 'Export nocturne SIRH' })
  @IsString({ message: 'le nom doit être une chaîne de caractères' })
  @Length(2, 100, { message: 'le nom doit comporter entre 2 et 100 caractères' })
  name: string;

  @ApiProperty({ enum: API_TOKEN_SCOPES, isArray: true, example: ['submissions:write'] })
  @IsArray({ message: 'les portées doivent être une liste' })
  @ArrayMinSize(1, { message: 'au moins une portée est requise' })
  @ArrayUnique({ message: 'une portée est répétée' })
  @IsIn(API_TOKEN_SCOPES, { each: true, message: `chaque portée doit valoir l’une de ces valeurs : ${API_TOKEN_SCOPES.join(', ')}` })
  scopes: ApiTokenScope[];

  @ApiPropertyOptional({ format: 'date-time', example: '2027-06-30T00:00:00Z' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'la date d’expiration doit être une date ISO 8601, par exemple 2027-06-30T00:00:00Z' })
  expiresAt?: string;
}

export class ApiTokenDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: API_TOKEN_SCOPES, isArray: true }) scopes: ApiTokenScope[];
  @ApiProperty({ example: 'mlg_AbCdEfGh', description: 'Début du jeton, pour le reconnaître' }) prefix: string;
  @ApiProperty() createdAt: Date;
  @ApiProperty({ nullable: true, type: String }) createdByName: string | null;
  @ApiProperty({ nullable: true, type: Date }) expiresAt: Date | null;
  @ApiProperty({ nullable: true, type: Date }) lastUsedAt: Date | null;
  @ApiProperty({ nullable: true, type: Date }) revokedAt: Date | null;

  static of(token: ApiToken): ApiTokenDto {
    const { id, organizationId, name, scopes, prefix, createdAt, createdByName, expiresAt, lastUsedAt, revokedAt } = token;
    return Object.assign(new ApiTokenDto(), { id, organizationId, name, scopes, prefix, createdAt, createdByName, expiresAt, lastUsedAt, revokedAt });
  }
}

export class CreatedApiTokenDto extends ApiTokenDto {
  @ApiProperty({ description: 'Le jeton lui-même, affiché cette seule fois : il n’est pas conservé' })
  token: string;
}

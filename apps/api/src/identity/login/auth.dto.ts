import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, MaxLength, MinLength } from 'class-validator';
import { Role } from '../access.decorators';
import { MIN_PASSWORD_LENGTH } from '../identity.config';
import { Principal } from '../principal';

export class LoginDto {
  @ApiProperty({ example: 'admin' })
  @IsString({ message: 'l’identifiant doit être une chaîne de caractères' })
  @Length(1, 80, { message: 'l’identifiant doit comporter entre 1 et 80 caractères' })
  username: string;

  @ApiProperty()
  @IsString({ message: 'le mot de passe doit être une chaîne de caractères' })
  @Length(1, 1024, { message: 'le mot de passe doit comporter entre 1 et 1024 caractères' })
  password: string;
}

export class ChangePasswordDto {
  @ApiProperty()
  @IsString({ message: 'le mot de passe actuel doit être une chaîne de caractères' })
  @MaxLength(1024, { message: 'le mot de passe actuel est trop long' })
  currentPassword: string;

  @ApiProperty({ minLength: MIN_PASSWORD_LENGTH })
  @IsString({ message: 'le nouveau mot de passe doit être une chaîne de caractères' })
  @MinLength(MIN_PASSWORD_LENGTH, { message: `le nouveau mot de passe doit comporter au moins ${MIN_PASSWORD_LENGTH} caractères` })
  @MaxLength(1024, { message: 'le nouveau mot de passe ne peut dépasser 1024 caractères' })
  newPassword: string;
}

/** The caller as the web client needs it. */
export class MeDto {
  @ApiProperty() id: string;
  @ApiProperty() username: string;
  @ApiProperty({ enum: ['user', 'api-token'] }) kind: string;
  @ApiProperty({ enum: ['local', 'keycloak', 'api-token'] }) source: string;
  @ApiProperty({ enum: Role, isArray: true }) roles: Role[];
  @ApiProperty({ type: [String] }) organizationIds: string[];

  static of(principal: Principal): MeDto {
    return Object.assign(new MeDto(), {
      id: principal.id,
      username: principal.name,
      kind: principal.kind,
      source: principal.source,
      roles: [...principal.roles],
      organizationIds: [...principal.organizationIds],
    });
  }
}

export class LoginResponseDto {
  @ApiProperty() accessToken: string;
  @ApiProperty() expiresAt: Date;
  @ApiProperty({ type: MeDto }) user: MeDto;
}

export class KeycloakClientSettingsDto {
  @ApiProperty({ example: 'https://sso.exemple.fr/realms/maillage' }) issuer: string;
  @ApiProperty({ example: 'maillage-web' }) clientId: string;
}

/** What the web app needs to know before anyone signs in: which sign-in to show. */
export class AuthSettingsDto {
  @ApiProperty({ enum: ['local', 'keycloak'] }) mode: 'local' | 'keycloak';
  @ApiProperty({ example: MIN_PASSWORD_LENGTH }) minPasswordLength: number;
  @ApiProperty({ type: KeycloakClientSettingsDto, nullable: true }) keycloak: KeycloakClientSettingsDto | null;
}

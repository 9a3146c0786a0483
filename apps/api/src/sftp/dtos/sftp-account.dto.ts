import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length, Matches } from 'class-validator';
import { MIN_PASSWORD_LENGTH } from '../../identity/identity.config';
import { SftpAccount, SftpAuthMethod } from '../entities/sftp-account.entity';

export const SFTP_USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{2,63}$/;

export class CreateSftpAccountDto {
  @ApiProperty({ example: 'dgfip-export-nocturne', description: 'Identifiant SSH : minuscules, chiffres, « . », « _ » et « - », 3 à 64 caractères' })
  @IsString({ message: 'l’identifiant doit être une chaîne de caractères' })
  @Matches(SFTP_USERNAME_PATTERN, { message: 'l’identifiant doit comporter 3 à 64 caractères : minuscules, chiffres, « . », « _ » ou « - », en commençant par une lettre ou un chiffre' })
  username: string;

  @ApiPropertyOptional({ description: `Mot de passe (au moins ${MIN_PASSWORD_LENGTH} caractères) ; ou bien publicKey` })
  @IsOptional()
  @IsString({ message: 'le mot de passe doit être une chaîne de caractères' })
  @Length(MIN_PASSWORD_LENGTH, 200, { message: `le mot de passe doit comporter entre ${MIN_PASSWORD_LENGTH} et 200 caractères` })
  password?: string;

  @ApiPropertyOptional({ example: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA… export@dgfip', description: 'Clé publique Ed25519 ou RSA ≥ 3072 bits ; ou bien password' })
  @IsOptional()
  @IsString({ message: 'la clé publique doit être une chaîne de caractères' })
  @Length(1, 16_384, { message: 'la clé publique doit comporter au plus 16 384 caractères' })
  publicKey?: string;
}

export class SftpAccountDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty() username: string;
  @ApiProperty({ enum: ['password', 'publickey'] }) authMethod: SftpAuthMethod;
  @ApiProperty({ nullable: true, type: String, example: 'ssh-ed25519' }) keyType: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'SHA256:…' }) keyFingerprint: string | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty({ nullable: true, type: String }) createdByName: string | null;
  @ApiProperty({ nullable: true, type: Date }) lastLoginAt: Date | null;
  @ApiProperty({ nullable: true, type: Date }) disabledAt: Date | null;

  static of(account: SftpAccount): SftpAccountDto {
    const { id, organizationId, username, authMethod, keyType, keyFingerprint, createdAt, createdByName, lastLoginAt, disabledAt } = account;
    return Object.assign(new SftpAccountDto(), { id, organizationId, username, authMethod, keyType, keyFingerprint, createdAt, createdByName, lastLoginAt, disabledAt });
  }
}

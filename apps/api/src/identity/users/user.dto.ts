import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayUnique, IsArray, IsBoolean, IsEnum, IsOptional, IsString, IsUUID, Length, Matches, MinLength } from 'class-validator';
import { ALL_ROLES, Role } from '../access.decorators';
import { MIN_PASSWORD_LENGTH } from '../identity.config';
import { User } from './user.entity';

const ROLES = ALL_ROLES.join(', ');
const USERNAME_PATTERN = /^[a-zA-Z0-9][a-zA-Z0-9._@-]*$/;

export class CreateUserDto {
  @ApiProperty({ example: 'camille.martin' })
  @IsString({ message: 'l’identifiant doit être une chaîne de caractères' })
  @Length(3, 80, { message: 'l’identifiant doit comporter entre 3 et 80 caractères' })
  @Matches(USERNAME_PATTERN, { message: 'l’identifiant ne peut contenir que des lettres non accentuées, des chiffres, « . », « _ », « @ » et « - »' })
  username: string;

  @ApiProperty({ minLength: MIN_PASSWORD_LENGTH })
  @IsString({ message: 'le mot de passe doit être une chaîne de caractères' })
  @MinLength(MIN_PASSWORD_LENGTH, { message: `le mot de passe doit comporter au moins ${MIN_PASSWORD_LENGTH} caractères` })
  password: string;

  @ApiProperty({ enum: Role, isArray: true, example: [Role.Producer] })
  @IsArray({ message: 'les rôles doivent être une liste' })
  @ArrayUnique({ message: 'un rôle est répété' })
  @IsEnum(Role, { each: true, message: `chaque rôle doit valoir l’une de ces valeurs : ${ROLES}` })
  roles: Role[];

  @ApiPropertyOptional({ type: [String], format: 'uuid', default: [] })
  @IsOptional()
  @IsArray({ message: 'les organisations doivent être une liste d’identifiants' })
  @ArrayUnique({ message: 'une organisation est répétée' })
  @IsUUID('all', { each: true, message: 'chaque organisation doit être un identifiant (uuid)' })
  organizationIds?: string[];
}

/** What an admin may change; the password is reset here too (the user changes it afterwards with /auth/password). */
export class UpdateUserDto {
  @ApiPropertyOptional({ enum: Role, isArray: true })
  @IsOptional()
  @IsArray({ message: 'les rôles doivent être une liste' })
  @ArrayUnique({ message: 'un rôle est répété' })
  @IsEnum(Role, { each: true, message: `chaque rôle doit valoir l’une de ces valeurs : ${ROLES}` })
  roles?: Role[];

  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptional()
  @IsArray({ message: 'les organisations doivent être une liste d’identifiants' })
  @ArrayUnique({ message: 'une organisation est répétée' })
  @IsUUID('all', { each: true, message: 'chaque organisation doit être un identifiant (uuid)' })
  organizationIds?: string[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean({ message: 'actif doit valoir true ou false' })
  active?: boolean;

  @ApiPropertyOptional({ minLength: MIN_PASSWORD_LENGTH })
  @IsOptional()
  @IsString({ message: 'le mot de passe doit être une chaîne de caractères' })
  @MinLength(MIN_PASSWORD_LENGTH, { message: `le mot de passe doit comporter au moins ${MIN_PASSWORD_LENGTH} caractères` })
  password?: string;
}

export class UserDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() username: string;
  @ApiProperty({ enum: Role, isArray: true }) roles: Role[];
  @ApiProperty({ type: [String] }) organizationIds: string[];
  @ApiProperty() active: boolean;
  @ApiProperty({ nullable: true, type: Date }) lastLoginAt: Date | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;

  static of(user: User): UserDto {
    const { id, username, roles, organizationIds, active, lastLoginAt, createdAt, updatedAt } = user;
    return Object.assign(new UserDto(), { id, username, roles, organizationIds, active, lastLoginAt, createdAt, updatedAt });
  }
}

import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/app.config';
import { APP_CONFIG } from '../config/config.module';
import { Organization } from '../organizations/entities/organization.entity';
import { ApiToken } from './api-tokens/api-token.entity';
import { ApiTokenRepository } from './api-tokens/api-token.repository';
import { ApiTokensController } from './api-tokens/api-tokens.controller';
import { ApiTokensService } from './api-tokens/api-tokens.service';
import { AccessGuard } from './authentication/access.guard';
import { BearerAuthenticator } from './authentication/bearer-authenticator';
import { KeycloakTokenVerifier } from './authentication/keycloak-token.verifier';
import { resolveLocalTokenSecret } from './authentication/local-token-secret';
import { LocalTokenService } from './authentication/local-token.service';
import { RevokedAccessToken } from './authentication/revoked-access-token.entity';
import { RevokedAccessTokenRepository } from './authentication/revoked-access-token.repository';
import { IDENTITY_CONFIG } from './identity.tokens';
import { AuthController } from './login/auth.controller';
import { AuthService } from './login/auth.service';
import { LoginThrottle } from './login/login-throttle';
import { OrganizationDirectory } from './organization-directory';
import { PasswordHasher } from './passwords/password-hasher';
import { FirstAdminBootstrap } from './users/first-admin.bootstrap';
import { User } from './users/user.entity';
import { UserRepository } from './users/user.repository';
import { UsersController } from './users/users.controller';
import { UsersService } from './users/users.service';

/**
 * Who is calling and what they may do: local accounts or Keycloak, API tokens, and the global guard that refuses
 * every route not declaring its access. Needs the AuditModule (global) and APP_CONFIG.
 */
@Module({
  imports: [TypeOrmModule.forFeature([User, ApiToken, RevokedAccessToken, Organization])],
  controllers: [AuthController, UsersController, ApiTokensController],
  providers: [
    { provide: IDENTITY_CONFIG, inject: [APP_CONFIG], useFactory: (config: AppConfig) => config.identity },
    {
      provide: LocalTokenService,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        new LocalTokenService(resolveLocalTokenSecret(config.identity.jwtSecret, config.dataDirectory), config.identity.tokenTtlSeconds),
    },
    {
      provide: KeycloakTokenVerifier,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => (config.identity.keycloak ? new KeycloakTokenVerifier(config.identity.keycloak) : null),
    },
    { provide: LoginThrottle, inject: [APP_CONFIG], useFactory: (config: AppConfig) => new LoginThrottle(config.identity.loginThrottle) },
    { provide: PasswordHasher, useValue: new PasswordHasher() },
    { provide: APP_GUARD, useClass: AccessGuard },
    BearerAuthenticator,
    RevokedAccessTokenRepository,
    OrganizationDirectory,
    UserRepository,
    UsersService,
    AuthService,
    ApiTokenRepository,
    ApiTokensService,
    FirstAdminBootstrap,
  ],
  exports: [BearerAuthenticator, ApiTokensService],
})
export class IdentityModule {}

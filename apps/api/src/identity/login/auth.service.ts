import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from '../../audit/audit.service';
import { LocalTokenService } from '../authentication/local-token.service';
import { RevokedAccessTokenRepository } from '../authentication/revoked-access-token.repository';
import { IdentityConfig, MIN_PASSWORD_LENGTH } from '../identity.config';
import { IdentityErrorCode, IdentityException } from '../identity.exception';
import { IDENTITY_CONFIG } from '../identity.tokens';
import { PasswordHasher } from '../passwords/password-hasher';
import { Principal } from '../principal';
import { User } from '../users/user.entity';
import { UserRepository } from '../users/user.repository';
import { RequestContext } from '../request-context';
import { AuthSettingsDto, LoginResponseDto, MeDto } from './auth.dto';
import { LoginThrottle } from './login-throttle';

export class TooManyLoginAttemptsException extends IdentityException {
  constructor(readonly retryAfterSeconds: number) {
    const minutes = Math.ceil(retryAfterSeconds / 60);
    super(
      IdentityErrorCode.TooManyLoginAttempts,
      `Trop de tentatives de connexion échouées. Réessayez dans ${minutes} minute${minutes > 1 ? 's' : ''}.`,
    );
  }
}

/** Local sign-in (AUTH_MODE=local): passwords, short-lived tokens, sign-out, password change. */
@Injectable()
export class AuthService {
  constructor(
    @Inject(IDENTITY_CONFIG) private readonly config: IdentityConfig,
    private readonly users: UserRepository,
    private readonly hasher: PasswordHasher,
    private readonly tokens: LocalTokenService,
    private readonly revokedTokens: RevokedAccessTokenRepository,
    private readonly throttle: LoginThrottle,
    private readonly audit: AuditService,
  ) {}

  settings(): AuthSettingsDto {
    const { mode, keycloak } = this.config;
    return {
      mode,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      keycloak: keycloak ? { issuer: keycloak.issuerUrl, clientId: keycloak.webClientId } : null,
    };
  }

  async login(username: string, password: string, ip: string): Promise<LoginResponseDto> {
    this.assertLocalMode();
    const decision = this.throttle.check(username, ip);
    // Refused attempts are not written to the audit trail: under attack that would be one row per request; the
    // failures that triggered the block are there already.
    if (!decision.allowed) throw new TooManyLoginAttemptsException(decision.retryAfterSeconds);
    const user = await this.users.findByUsername(username);
    const valid = user ? await this.hasher.verify(password, user.passwordHash) : await this.hasher.burnVerification(password).then(() => false);
    if (!user || !valid || !user.active) {
      this.throttle.recordFailure(username, ip);
      await this.recordFailure(username, ip, !user ? 'unknown-user' : !valid ? 'wrong-password' : 'inactive');
      throw new IdentityException(IdentityErrorCode.InvalidCredentials, 'Identifiant ou mot de passe incorrect');
    }
    this.throttle.recordSuccess(username, ip);
    const issued = await this.tokens.issue(user.id, user.username);
    await this.users.recordLogin(user.id, new Date());
    const principal = principalOfUser(user);
    await this.audit.record({ action: 'auth.login.succeeded', actor: principal, ip, target: { type: 'user', id: user.id } });
    return { accessToken: issued.accessToken, expiresAt: issued.expiresAt, user: MeDto.of(principal) };
  }

  async logout(context: RequestContext): Promise<void> {
    const { principal } = context;
    if (principal.sessionId && principal.credentialExpiresAt) {
      await this.revokedTokens.revoke(principal.sessionId, principal.credentialExpiresAt);
    }
    await this.audit.record({ action: 'auth.logout', actor: principal, ip: context.ip, target: { type: 'user', id: principal.id } });
  }

  async changePassword(currentPassword: string, newPassword: string, context: RequestContext & { ip: string }): Promise<void> {
    this.assertLocalMode();
    const { principal, ip } = context;
    const user = principal.source === 'local' ? await this.users.findById(principal.id) : null;
    if (!user) throw new IdentityException(IdentityErrorCode.LocalAccountsDisabled, 'Le mot de passe de ce compte se change dans le fournisseur d’identité');
    const decision = this.throttle.check(user.username, ip);
    if (!decision.allowed) throw new TooManyLoginAttemptsException(decision.retryAfterSeconds);
    if (!(await this.hasher.verify(currentPassword, user.passwordHash))) {
      this.throttle.recordFailure(user.username, ip);
      await this.audit.record({ action: 'auth.password.change-failed', actor: principal, ip, target: { type: 'user', id: user.id } });
      throw new IdentityException(IdentityErrorCode.WrongCurrentPassword, 'Le mot de passe actuel est incorrect');
    }
    if (newPassword === currentPassword) {
      throw new IdentityException(IdentityErrorCode.WeakPassword, 'Le nouveau mot de passe doit être différent de l’actuel');
    }
    user.passwordHash = await this.hasher.hash(newPassword);
    await this.users.saveChanges(user);
    await this.audit.record({ action: 'auth.password.changed', actor: principal, ip, target: { type: 'user', id: user.id } });
  }

  private assertLocalMode(): void {
    if (this.config.mode !== 'local') {
      throw new IdentityException(IdentityErrorCode.LocalAccountsDisabled, 'Les comptes locaux sont désactivés : connectez-vous avec le fournisseur d’identité (Keycloak)');
    }
  }

  private recordFailure(username: string, ip: string, reason: string) {
    return this.audit.record({
      action: 'auth.login.failed',
      actor: { type: 'anonymous', id: null, name: username.slice(0, 200) },
      ip,
      details: { reason },
    });
  }
}

export function principalOfUser(user: User): Principal {
  return { kind: 'user', source: 'local', id: user.id, name: user.username, roles: user.roles, organizationIds: user.organizationIds, scopes: [] };
}

import { Injectable } from '@nestjs/common';
import { AuditService } from '../../audit/audit.service';
import { DomainErrorCode, DomainException } from '../../common/domain.exception';
import { AccessScope } from '../access-scope';
import { IdentityErrorCode, IdentityException } from '../identity.exception';
import { OrganizationDirectory } from '../organization-directory';
import { Principal } from '../principal';
import { RequestContext } from '../request-context';
import { generateApiTokenSecret, hashApiTokenSecret, visiblePrefix } from './api-token-secret';
import { CreateApiTokenDto } from './api-token.dto';
import { ApiToken } from './api-token.entity';
import { ApiTokenRepository } from './api-token.repository';

/** Within this period before expiry, every answer to the token carries a warning header. */
export const EXPIRY_WARNING_DAYS = 14;
/** Writing the last use on every call would turn reads into writes; a minute's precision is enough for a listing. */
const LAST_USE_PRECISION_MS = 60_000;
/** `token.used` lands in the audit trail at most once an hour per token, not once per request. */
const USE_AUDIT_INTERVAL_MS = 3_600_000;

@Injectable()
export class ApiTokensService {
  constructor(
    private readonly tokens: ApiTokenRepository,
    private readonly organizations: OrganizationDirectory,
    private readonly audit: AuditService,
  ) {}

  async create(organizationId: string, input: CreateApiTokenDto, context: RequestContext): Promise<{ token: ApiToken; secret: string }> {
    await this.assertManageable(organizationId, context.principal);
    const expiresAt = input.expiresAt ? new Date(input.expiresAt) : null;
    if (expiresAt && expiresAt.getTime() <= Date.now()) {
      throw new IdentityException(IdentityErrorCode.InvalidExpiry, 'La date d’expiration doit être dans le futur');
    }
    const secret = generateApiTokenSecret();
    const token = await this.tokens.insert({
      organizationId,
      name: input.name.trim(),
      scopes: input.scopes,
      prefix: visiblePrefix(secret),
      secretHash: hashApiTokenSecret(secret),
      expiresAt,
      createdById: context.principal.id,
      createdByName: context.principal.name,
    });
    await this.audit.record({
      action: 'token.created',
      actor: context.principal,
      ip: context.ip,
      organizationId,
      target: { type: 'api-token', id: token.id },
      details: { name: token.name, scopes: token.scopes, prefix: token.prefix, expiresAt: token.expiresAt },
    });
    return { token, secret };
  }

  async list(organizationId: string, principal: Principal): Promise<ApiToken[]> {
    await this.assertManageable(organizationId, principal);
    return this.tokens.listForOrganization(organizationId);
  }

  async revoke(organizationId: string, tokenId: string, context: RequestContext): Promise<ApiToken> {
    await this.assertManageable(organizationId, context.principal);
    const token = await this.tokens.findInOrganization(organizationId, tokenId);
    if (!token) throw new IdentityException(IdentityErrorCode.ApiTokenNotFound, 'Jeton d’API introuvable');
    if (token.revokedAt) return token;
    token.revokedAt = new Date();
    await this.tokens.markRevoked(token.id, token.revokedAt);
    await this.audit.record({
      action: 'token.revoked',
      actor: context.principal,
      ip: context.ip,
      organizationId,
      target: { type: 'api-token', id: token.id },
      details: { name: token.name, prefix: token.prefix },
    });
    return token;
  }

  /** The principal a `mlg_…` bearer stands for, or a 401 saying why not. */
  async authenticate(secret: string, ip: string | null): Promise<Principal> {
    const token = await this.tokens.findBySecretHash(hashApiTokenSecret(secret));
    if (!token) throw new IdentityException(IdentityErrorCode.InvalidToken, 'Jeton d’API inconnu');
    if (token.revokedAt) throw new IdentityException(IdentityErrorCode.TokenRevoked, 'Ce jeton d’API a été révoqué');
    const now = new Date();
    if (token.expiresAt && token.expiresAt.getTime() <= now.getTime()) {
      throw new IdentityException(IdentityErrorCode.TokenExpired, `Ce jeton d’API a expiré le ${token.expiresAt.toISOString()}`);
    }
    const principal: Principal = {
      kind: 'api-token',
      source: 'api-token',
      id: token.id,
      name: token.name,
      roles: [],
      organizationIds: [token.organizationId],
      scopes: token.scopes,
      credentialExpiresAt: token.expiresAt ?? undefined,
    };
    await this.noteUse(token, principal, now, ip);
    return principal;
  }

  private async noteUse(token: ApiToken, principal: Principal, now: Date, ip: string | null): Promise<void> {
    const lastUse = token.lastUsedAt?.getTime() ?? 0;
    if (now.getTime() - lastUse < LAST_USE_PRECISION_MS && token.lastUsedIp === ip) return;
    await this.tokens.recordUse(token.id, now, ip);
    if (now.getTime() - lastUse >= USE_AUDIT_INTERVAL_MS) {
      await this.audit.record({ action: 'token.used', actor: principal, ip, target: { type: 'api-token', id: token.id } });
    }
  }

  /** Another organisation's tokens do not exist for a producer: 404, as for any resource outside their scope. */
  private async assertManageable(organizationId: string, principal: Principal): Promise<void> {
    if (!AccessScope.of(principal).canActForOrganization(organizationId) || !(await this.organizations.exists(organizationId))) {
      throw new DomainException(DomainErrorCode.OrganizationNotFound, 'Organisation introuvable');
    }
  }
}

/** The date to announce when a token is within its last days, else null. */
export function expiryWarningDate(expiresAt: Date | null | undefined, now = Date.now()): Date | null {
  if (!expiresAt) return null;
  return expiresAt.getTime() - now <= EXPIRY_WARNING_DAYS * 86_400_000 ? expiresAt : null;
}

import { Inject, Injectable, Logger } from '@nestjs/common';
import { decodeJwt, errors } from 'jose';
import { ApiTokensService } from '../api-tokens/api-tokens.service';
import { looksLikeApiToken } from '../api-tokens/api-token-secret';
import { IdentityConfig, LOCAL_TOKEN_ISSUER } from '../identity.config';
import { IdentityErrorCode, IdentityException } from '../identity.exception';
import { IDENTITY_CONFIG } from '../identity.tokens';
import { OrganizationDirectory } from '../organization-directory';
import { Principal } from '../principal';
import { UserRepository } from '../users/user.repository';
import { isIdentityProviderUnreachable, KeycloakTokenVerifier } from './keycloak-token.verifier';
import { LocalTokenService } from './local-token.service';
import { RevokedAccessTokenRepository } from './revoked-access-token.repository';

/**
 * Turns an `Authorization: Bearer …` credential into a principal: `mlg_…` is an API token, any other value a JWT
 * routed by its issuer to the local verifier (AUTH_MODE=local) or to Keycloak's (AUTH_MODE=keycloak).
 */
@Injectable()
export class BearerAuthenticator {
  private readonly logger = new Logger('Authentification');

  constructor(
    @Inject(IDENTITY_CONFIG) private readonly config: IdentityConfig,
    private readonly localTokens: LocalTokenService,
    @Inject(KeycloakTokenVerifier) private readonly keycloak: KeycloakTokenVerifier | null,
    private readonly revokedTokens: RevokedAccessTokenRepository,
    private readonly users: UserRepository,
    private readonly organizations: OrganizationDirectory,
    private readonly apiTokens: ApiTokensService,
  ) {}

  async authenticate(credential: string, ip: string | null): Promise<Principal> {
    if (looksLikeApiToken(credential)) return this.apiTokens.authenticate(credential, ip);
    const issuer = readIssuer(credential);
    if (issuer === LOCAL_TOKEN_ISSUER && this.config.mode === 'local') return this.withTokenErrors(() => this.fromLocalToken(credential));
    if (this.keycloak && issuer === this.keycloak.issuer) return this.withTokenErrors(() => this.fromKeycloakToken(credential));
    throw new IdentityException(IdentityErrorCode.InvalidToken, 'Jeton d’accès invalide : émetteur non reconnu');
  }

  private async fromLocalToken(token: string): Promise<Principal> {
    const claims = await this.localTokens.verify(token);
    if (await this.revokedTokens.isRevoked(claims.tokenId)) {
      throw new IdentityException(IdentityErrorCode.TokenRevoked, 'Session terminée : reconnectez-vous');
    }
    const user = await this.users.findById(claims.userId);
    if (!user || !user.active) throw new IdentityException(IdentityErrorCode.InvalidToken, 'Compte inexistant ou désactivé');
    return {
      kind: 'user',
      source: 'local',
      id: user.id,
      name: user.username,
      roles: user.roles,
      organizationIds: user.organizationIds,
      scopes: [],
      sessionId: claims.tokenId,
      credentialExpiresAt: claims.expiresAt,
    };
  }

  private async fromKeycloakToken(token: string): Promise<Principal> {
    const identity = await (this.keycloak as KeycloakTokenVerifier).verify(token);
    return {
      kind: 'user',
      source: 'keycloak',
      id: identity.subject,
      name: identity.username,
      roles: identity.roles,
      organizationIds: await this.organizations.idsForSlugs(identity.organizationSlugs),
      scopes: [],
      credentialExpiresAt: identity.expiresAt,
    };
  }

  private async withTokenErrors<T>(verify: () => Promise<T>): Promise<T> {
    try {
      return await verify();
    } catch (error) {
      if (error instanceof IdentityException) throw error;
      if (isIdentityProviderUnreachable(error)) {
        this.logger.error(`Clés du fournisseur d’identité inaccessibles : ${(error as Error).message}`);
        throw new IdentityException(IdentityErrorCode.IdentityProviderUnavailable, 'Fournisseur d’identité injoignable : réessayez dans quelques instants');
      }
      if (error instanceof errors.JWTExpired) throw new IdentityException(IdentityErrorCode.TokenExpired, 'Jeton d’accès expiré : reconnectez-vous');
      if (error instanceof errors.JOSEError) {
        this.logger.warn(`Jeton refusé (${error.code}) : ${error.message}`);
        throw new IdentityException(IdentityErrorCode.InvalidToken, 'Jeton d’accès invalide');
      }
      throw error;
    }
  }
}

function readIssuer(token: string): string | undefined {
  try {
    return decodeJwt(token).iss;
  } catch {
    throw new IdentityException(IdentityErrorCode.InvalidToken, 'Jeton d’accès illisible : un JWT ou un jeton d’API mlg_… est attendu');
  }
}

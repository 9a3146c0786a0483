import { createRemoteJWKSet, errors, JWTPayload, jwtVerify } from 'jose';
import { Role } from '../access.decorators';
import { KeycloakConfig } from '../identity.config';

export interface KeycloakIdentity {
  subject: string;
  username: string;
  roles: Role[];
  organizationSlugs: string[];
  expiresAt: Date;
}

export interface JwksCacheOptions {
  /** Minimum delay between two JWKS fetches triggered by an unknown `kid` (jose's default: 30 s). */
  cooldownMs?: number;
  /** How long fetched keys are trusted before a refetch (jose's default: 10 min). */
  cacheMaxAgeMs?: number;
}

const KNOWN_ROLES = new Set<string>(Object.values(Role));
const ASYMMETRIC_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];

/**
 * Verifies Keycloak access tokens against the realm's JWKS: jose caches the keys and refetches them when a token
 * names an unknown `kid`, which is how Keycloak key rotation shows up.
 */
export class KeycloakTokenVerifier {
  private readonly keys: ReturnType<typeof createRemoteJWKSet>;

  constructor(
    private readonly config: KeycloakConfig,
    cache: JwksCacheOptions = {},
  ) {
    this.keys = createRemoteJWKSet(new URL(config.jwksUrl), {
      cooldownDuration: cache.cooldownMs ?? 30_000,
      cacheMaxAge: cache.cacheMaxAgeMs ?? 600_000,
      timeoutDuration: 5_000,
    });
  }

  get issuer(): string {
    return this.config.issuerUrl;
  }

  async verify(token: string): Promise<KeycloakIdentity> {
    const { payload } = await jwtVerify(token, this.keys, {
      issuer: this.config.issuerUrl,
      audience: this.config.audience,
      algorithms: ASYMMETRIC_ALGORITHMS,
      requiredClaims: ['sub', 'exp'],
    });
    return {
      subject: payload.sub as string,
      username: typeof payload.preferred_username === 'string' ? payload.preferred_username : (payload.sub as string),
      roles: this.rolesOf(payload),
      organizationSlugs: organizationSlugsOf(payload[this.config.organizationClaim], this.config.organizationGroupPrefix),
      expiresAt: new Date((payload.exp as number) * 1000),
    };
  }

  private rolesOf(payload: JWTPayload): Role[] {
    const realmRoles = rolesList((payload.realm_access as { roles?: unknown } | undefined)?.roles);
    const resourceAccess = payload.resource_access as Record<string, { roles?: unknown }> | undefined;
    const clientRoles = this.config.clientId ? rolesList(resourceAccess?.[this.config.clientId]?.roles) : [];
    return [...new Set([...realmRoles, ...clientRoles])].filter((role): role is Role => KNOWN_ROLES.has(role));
  }
}

function rolesList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((role): role is string => typeof role === 'string') : [];
}

/**
 * Accepts Keycloak 26's `organization` claim (a list of aliases, or a map alias → attributes when attributes are
 * included) and group paths such as `/organisations/dgfip` (from a `groups` mapper with full paths).
 */
export function organizationSlugsOf(claim: unknown, groupPrefix: string): string[] {
  const entries = Array.isArray(claim) ? claim : typeof claim === 'string' ? [claim] : claim && typeof claim === 'object' ? Object.keys(claim) : [];
  const slugs = entries
    .filter((entry): entry is string => typeof entry === 'string')
    .map((entry) => (entry.startsWith('/') ? slugFromGroupPath(entry, groupPrefix) : entry.trim()))
    .filter((slug): slug is string => Boolean(slug));
  return [...new Set(slugs)];
}

function slugFromGroupPath(path: string, prefix: string): string | null {
  if (!path.startsWith(prefix)) return null;
  const slug = path.slice(prefix.length).split('/')[0];
  return slug || null;
}

const NETWORK_ERROR_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH']);

/** The realm could not be asked for its keys (down, unreachable, answering an error): not the token's fault. */
export function isIdentityProviderUnreachable(error: unknown): boolean {
  if (error instanceof errors.JWKSTimeout) return true;
  if (error instanceof errors.JOSEError) return error.code === 'ERR_JOSE_GENERIC' && error.message.includes('JSON Web Key Set HTTP response');
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && NETWORK_ERROR_CODES.has(code);
}

import { Role } from './access.decorators';

export const API_TOKEN_SCOPES = ['submissions:write', 'submissions:read'] as const;
export type ApiTokenScope = (typeof API_TOKEN_SCOPES)[number];

export type PrincipalKind = 'user' | 'api-token' | 'sftp-account';
export type AuthenticationSource = 'local' | 'keycloak' | 'api-token' | 'sftp';

/** Who is calling, whatever the credential: a person (local account or Keycloak), an organisation's API token or SFTP account. */
export interface Principal {
  kind: PrincipalKind;
  source: AuthenticationSource;
  /** User id (local), `sub` (Keycloak) or token id. */
  id: string;
  /** Username, or the token's name for an API token. */
  name: string;
  /** Empty for API tokens: a token acts for its organisation through its scopes only. */
  roles: readonly Role[];
  organizationIds: readonly string[];
  /** Scopes of an API token; empty for users. */
  scopes: readonly ApiTokenScope[];
  /** Local token id, needed to revoke it on logout. */
  sessionId?: string;
  credentialExpiresAt?: Date;
}

export function hasRole(principal: Principal, role: Role): boolean {
  return principal.roles.includes(role);
}

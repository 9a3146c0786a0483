import { SetMetadata } from '@nestjs/common';
import type { ApiTokenScope } from './principal';

export enum Role {
  Producer = 'producer',
  Reviewer = 'reviewer',
  Admin = 'admin',
}

export const ALL_ROLES: readonly Role[] = [Role.Producer, Role.Reviewer, Role.Admin];

export const PUBLIC_ACCESS = 'maillage:public';
export const ALLOWED_ROLES = 'maillage:roles';
export const AUTHENTICATED_ACCESS = 'maillage:authenticated';
export const ALLOWED_TOKEN_SCOPES = 'maillage:token-scopes';

/** Readable by anyone, without credentials. */
export const Public = () => SetMetadata(PUBLIC_ACCESS, true);

/** Callable by an authenticated user holding one of these roles; the global guard denies routes declaring nothing. */
export const Roles = (...roles: Role[]) => SetMetadata(ALLOWED_ROLES, roles);

/** Callable by any signed-in user, whatever their roles (e.g. reading one's own profile); never by an API token. */
export const Authenticated = () => SetMetadata(AUTHENTICATED_ACCESS, true);

/**
 * Also callable by an organisation's API token holding one of these scopes. Without it, API tokens are refused.
 * Typically combined with `@Roles(Role.Producer)`: the token then acts as a producer of its organisation only.
 */
export const TokenScopes = (...scopes: ApiTokenScope[]) => SetMetadata(ALLOWED_TOKEN_SCOPES, scopes);

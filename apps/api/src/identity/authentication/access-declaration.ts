import { Reflector } from '@nestjs/core';
import { ALLOWED_ROLES, ALLOWED_TOKEN_SCOPES, AUTHENTICATED_ACCESS, PUBLIC_ACCESS, Role } from '../access.decorators';
import { ApiTokenScope } from '../principal';

/** What a route says about who may call it; a method's declarations override its controller's. */
export interface AccessDeclaration {
  public: boolean;
  authenticated: boolean;
  roles: readonly Role[];
  tokenScopes: readonly ApiTokenScope[];
}

/** The handler and its controller, as `ExecutionContext` or the discovery service give them. */
type Target = Parameters<Reflector['getAllAndOverride']>[1];

export function readAccessDeclaration(reflector: Reflector, targets: Target): AccessDeclaration {
  const read = <T>(key: string) => reflector.getAllAndOverride<T | undefined>(key, targets);
  return {
    public: read<boolean>(PUBLIC_ACCESS) === true,
    authenticated: read<boolean>(AUTHENTICATED_ACCESS) === true,
    roles: read<Role[]>(ALLOWED_ROLES) ?? [],
    tokenScopes: read<ApiTokenScope[]>(ALLOWED_TOKEN_SCOPES) ?? [],
  };
}

export function declaresAccess(declaration: AccessDeclaration): boolean {
  return declaration.public || declaration.authenticated || declaration.roles.length > 0 || declaration.tokenScopes.length > 0;
}

export function describeAccess(declaration: AccessDeclaration): string {
  if (declaration.public) return 'public';
  const parts = [
    declaration.authenticated ? 'any user' : null,
    declaration.roles.length > 0 ? `roles ${declaration.roles.join('|')}` : null,
    declaration.tokenScopes.length > 0 ? `token scopes ${declaration.tokenScopes.join('|')}` : null,
  ];
  return parts.filter(Boolean).join(' + ') || 'undeclared';
}

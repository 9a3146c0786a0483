import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Response } from 'express';
import { expiryWarningDate } from '../api-tokens/api-tokens.service';
import { AuthenticatedRequest } from '../current-principal.decorator';
import { IdentityErrorCode, IdentityException } from '../identity.exception';
import { Principal } from '../principal';
import { AccessDeclaration, declaresAccess, readAccessDeclaration } from './access-declaration';
import { BearerAuthenticator } from './bearer-authenticator';

export const TOKEN_EXPIRY_HEADER = 'Maillage-Token-Expires-Soon';

/**
 * Applied to every route (APP_GUARD). A route is callable only as it declares: `@Public()`, `@Authenticated()`,
 * `@Roles(...)`, `@TokenScopes(...)`; a route declaring nothing is refused to everyone, admins included.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger('Accès');

  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: BearerAuthenticator,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const declaration = readAccessDeclaration(this.reflector, [context.getHandler(), context.getClass()]);
    if (declaration.public) return true;
    if (!declaresAccess(declaration)) {
      this.logger.error(`Route sans déclaration d’accès refusée : ${context.getClass().name}.${context.getHandler().name}`);
      throw new IdentityException(IdentityErrorCode.AccessUndeclared, 'Accès refusé : cette route ne déclare pas qui peut l’appeler');
    }
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const credential = bearerOf(request.headers.authorization);
    const principal = await this.authenticator.authenticate(credential, request.ip ?? null);
    request.principal = principal;
    if (principal.kind === 'api-token') warnIfExpiringSoon(context.switchToHttp().getResponse<Response>(), principal.credentialExpiresAt);
    if (!isAllowed(principal, declaration)) {
      throw new IdentityException(IdentityErrorCode.AccessDenied, deniedMessage(principal));
    }
    return true;
  }
}

function bearerOf(header: string | undefined): string {
  const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  if (!match) throw new IdentityException(IdentityErrorCode.AuthenticationRequired, 'Authentification requise : en-tête Authorization: Bearer <jeton> attendu');
  return match[1];
}

/** People by roles (or any person for @Authenticated), API tokens by scopes; no other kind of principal on HTTP routes. */
function isAllowed(principal: Principal, declaration: AccessDeclaration): boolean {
  if (principal.kind === 'api-token') return declaration.tokenScopes.some((scope) => principal.scopes.includes(scope));
  if (principal.kind !== 'user') return false;
  return declaration.authenticated || declaration.roles.some((role) => principal.roles.includes(role));
}

function deniedMessage(principal: Principal): string {
  if (principal.kind === 'api-token') return 'Accès refusé : ce jeton d’API n’a pas la portée requise pour cette opération';
  if (principal.roles.length === 0) return 'Accès refusé : votre compte n’a encore aucun rôle dans Maillage';
  return 'Accès refusé : votre rôle ne permet pas cette opération';
}

/** Header values stay ASCII: HTTP clients read them as Latin-1. */
function warnIfExpiringSoon(response: Response, expiresAt: Date | undefined): void {
  const warnAt = expiryWarningDate(expiresAt);
  if (!warnAt) return;
  const date = warnAt.toISOString();
  response.setHeader(TOKEN_EXPIRY_HEADER, date);
  response.setHeader('Warning', `299 maillage "Ce jeton d'API expire le ${date} : creez-en un nouveau"`);
}

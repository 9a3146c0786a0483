import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { AccessScope } from './access-scope';
import { Principal } from './principal';

export interface AuthenticatedRequest extends Request {
  principal?: Principal;
}

export function principalOf(request: AuthenticatedRequest): Principal {
  if (!request.principal) throw new Error('Route sans principal : la garde d’accès n’a pas authentifié cette requête (route publique ?)');
  return request.principal;
}

/** The authenticated caller; only on non-public routes (the global guard has set it). */
export const CurrentPrincipal = createParamDecorator((_: unknown, context: ExecutionContext) =>
  principalOf(context.switchToHttp().getRequest<AuthenticatedRequest>()),
);

/** The caller's organisation scope, to filter queries and answer 404 outside it. */
export const CurrentAccessScope = createParamDecorator((_: unknown, context: ExecutionContext) =>
  AccessScope.of(principalOf(context.switchToHttp().getRequest<AuthenticatedRequest>())),
);

/** The client's address as Express sees it (honours the application's `trust proxy` setting). */
export const ClientIp = createParamDecorator((_: unknown, context: ExecutionContext) => context.switchToHttp().getRequest<Request>().ip ?? null);

import { AsyncLocalStorage } from 'async_hooks';
import type { NextFunction, Request, Response } from 'express';

const requestContext = new AsyncLocalStorage<{ requestId: string }>();

/** The id of the request being served, wherever the code runs (service, repository, audit), or undefined outside one. */
export function currentRequestId(): string | undefined {
  return requestContext.getStore()?.requestId;
}

/** Runs the rest of the request inside a context holding its id; placed after pino-http, which assigns `req.id`. */
export function bindRequestContext(request: Request, _response: Response, next: NextFunction): void {
  requestContext.run({ requestId: String((request as Request & { id?: unknown }).id) }, next);
}

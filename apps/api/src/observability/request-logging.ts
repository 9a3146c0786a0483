import { randomUUID } from 'crypto';
import type { IncomingMessage, ServerResponse } from 'http';
import type { Logger } from 'pino';
import pinoHttp from 'pino-http';

export const REQUEST_ID_HEADER = 'X-Request-Id';
const ACCEPTABLE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Keeps the caller's id when it is a sane token (a proxy's or a client's), otherwise makes one; echoed in the answer. */
export function requestIdFor(request: IncomingMessage, response: ServerResponse): string {
  const offered = request.headers['x-request-id'];
  const id = typeof offered === 'string' && ACCEPTABLE_REQUEST_ID.test(offered) ? offered : randomUUID();
  response.setHeader(REQUEST_ID_HEADER, id);
  return id;
}

/** One log line per request with its id, method, route, status and duration. Health and metrics probes log at debug. */
export function requestLogging(logger: Logger) {
  return pinoHttp({
    logger,
    genReqId: requestIdFor,
    quietReqLogger: true,
    customLogLevel: (request, response, error) => {
      if (error || response.statusCode >= 500) return 'error';
      if (response.statusCode >= 400) return 'warn';
      return /^\/api\/(health|metrics)\b/.test(request.url ?? '') ? 'debug' : 'info';
    },
    customSuccessMessage: () => 'requête traitée',
    customErrorMessage: () => 'requête en erreur',
    serializers: {
      req: (request: { method: string; url: string }) => ({ method: request.method, url: request.url }),
      res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
    },
  });
}

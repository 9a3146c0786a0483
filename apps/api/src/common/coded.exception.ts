import { HttpException } from '@nestjs/common';

/**
 * A failure a bounded context reports to API clients: a code of the context's enum, whose HTTP status the context
 * declares once, and a French message. DomainExceptionFilter renders every one as `{ statusCode, code, message, ...extra }`.
 */
export abstract class CodedException<Code extends string = string> extends HttpException {
  protected constructor(
    readonly code: Code,
    message: string,
    status: number,
    /** What the answer carries besides its status, code and message. */
    readonly extra: Record<string, unknown>,
  ) {
    super({ code, message }, status);
  }
}

/** The base of a context's exception, given the HTTP status of each of its codes: `class SftpException extends codedException(STATUS) {}`. */
export function codedException<Code extends string>(statuses: Record<Code, number>) {
  return class extends CodedException<Code> {
    constructor(code: Code, message: string, extra: Record<string, unknown> = {}) {
      super(code, message, statuses[code], extra);
    }
  };
}

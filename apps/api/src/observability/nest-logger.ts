import { LoggerService } from '@nestjs/common';
import type { Logger } from 'pino';

/** Nest's start-up inventory (one line per module and route): useful when debugging, noise otherwise. */
const START_UP_INVENTORY = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer']);

/** Routes Nest's own logs (and every `new Logger(context)`) to pino, keeping the context as a field. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, context?: string): void {
    if (context && START_UP_INVENTORY.has(context)) this.logger.debug({ context }, String(message));
    else this.logger.info({ context }, String(message));
  }

  error(message: unknown, traceOrContext?: string, context?: string): void {
    const hasTrace = context !== undefined;
    this.logger.error({ context: hasTrace ? context : traceOrContext, ...(hasTrace && traceOrContext ? { stack: traceOrContext } : {}) }, String(message));
  }

  warn(message: unknown, context?: string): void {
    this.logger.warn({ context }, String(message));
  }

  debug(message: unknown, context?: string): void {
    this.logger.debug({ context }, String(message));
  }

  verbose(message: unknown, context?: string): void {
    this.logger.trace({ context }, String(message));
  }

  fatal(message: unknown, context?: string): void {
    this.logger.fatal({ context }, String(message));
  }
}

import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { CodedException } from './coded.exception';

const HTTP_MESSAGES_FR: Record<number, string> = {
  400: 'Requête invalide',
  401: 'Authentification requise',
  403: 'Accès refusé',
  404: 'Ressource introuvable',
  405: 'Méthode non autorisée',
  409: 'Conflit avec l’état actuel de la ressource',
  413: 'Requête trop volumineuse',
  415: 'Type de contenu non pris en charge',
  429: 'Trop de requêtes',
};

/**
 * The single place where failures become HTTP answers `{ statusCode, code, message, ...extra }`: the contexts' coded
 * exceptions by their code, Nest's HTTP exceptions by status, anything else as a logged 500 whose cause stays on the server.
 */
@Catch()
export class DomainExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Exceptions');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const body = this.toBody(exception);
    response.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown): Record<string, unknown> & { statusCode: number } {
    if (exception instanceof CodedException) {
      return { statusCode: exception.getStatus(), code: exception.code, message: exception.message, ...exception.extra };
    }
    if (exception instanceof HttpException) {
      const statusCode = exception.getStatus();
      // Nest turns body-parser's SyntaxError into a 400 carrying the parser's English message.
      if (statusCode === 400 && /JSON/.test(exception.message)) {
        return { statusCode, code: 'MALFORMED_JSON', message: `Corps de requête JSON mal formé (${exception.message})` };
      }
      return { statusCode, code: HttpStatus[statusCode] ?? 'HTTP_ERROR', message: HTTP_MESSAGES_FR[statusCode] ?? exception.message };
    }
    // body-parser's own refusals (too large, bad charset…) are http-errors marked safe to expose.
    const clientError = exception as { expose?: boolean; status?: number };
    if (clientError?.expose === true && typeof clientError.status === 'number' && clientError.status >= 400 && clientError.status < 500) {
      const statusCode = clientError.status;
      return { statusCode, code: HttpStatus[statusCode] ?? 'HTTP_ERROR', message: HTTP_MESSAGES_FR[statusCode] ?? 'Requête refusée' };
    }
    this.logger.error(exception instanceof Error ? exception.stack ?? exception.message : String(exception));
    return { statusCode: 500, code: 'INTERNAL_ERROR', message: 'Erreur interne du serveur' };
  }
}

import { Inject, Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { AppConfig } from '../config/app.config';
import { APP_CONFIG } from '../config/config.module';
import { LICENCE } from './public-query';
import { RateLimiter } from './rate-limiter';

/**
 * What every `/api/public/*` answer carries, errors included: reads from any origin, the licence (Licence Ouverte 2.0)
 * as a `Link` header, and the per-address rate limit (429 with `Retry-After`).
 */
@Injectable()
export class PublicApiMiddleware implements NestMiddleware {
  private readonly limiter: RateLimiter;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.limiter = new RateLimiter(config.publication.publicRateLimitPerMinute);
  }

  use(request: Request, response: Response, next: NextFunction): void {
    response.setHeader('Access-Control-Allow-Origin', '*');
    response.setHeader('Access-Control-Expose-Headers', 'Link, Retry-After, X-Total-Count, Content-Disposition');
    response.setHeader('Link', `<${LICENCE.url}>; rel="license"`);
    const retryAfter = this.limiter.take(request.ip ?? 'inconnu');
    if (retryAfter === null) return next();
    const limit = this.config.publication.publicRateLimitPerMinute;
    response.setHeader('Retry-After', String(retryAfter));
    response.status(429).json({
      statusCode: 429,
      code: 'RATE_LIMITED',
      message: `Trop de requêtes : l’API publique accepte ${limit} requêtes par minute et par adresse. Réessayez dans ${retryAfter} s.`,
    });
  }
}

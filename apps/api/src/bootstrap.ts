import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { Logger } from 'pino';
import { AppModule } from './app.module';
import { DomainExceptionFilter } from './common/domain-exception.filter';
import { createValidationPipe } from './common/validation.pipe';
import { AppConfig } from './config/app.config';
import { MetricsService } from './observability/metrics.service';
import { PinoNestLogger } from './observability/nest-logger';
import { bindRequestContext } from './observability/request-context';
import { REQUEST_ID_HEADER, requestLogging } from './observability/request-logging';

export const API_PREFIX = 'api';

/**
 * Builds the HTTP application exactly as production runs it (tests call this too): request ids and logs, metrics,
 * validation, error mapping, OpenAPI. The caller decides whether to listen.
 */
export async function createApiApplication(config: AppConfig, logger: Logger): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, { processesJobs: config.jobs.processInApi, servesWeb: true, servesSftp: config.sftp.enabled }), {
    logger: new PinoNestLogger(logger),
  });
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback, linklocal, uniquelocal');
  app.use(requestLogging(logger));
  app.use(bindRequestContext);
  app.use(app.get(MetricsService).middleware);
  if (config.corsOrigins.length > 0) {
    app.enableCors({
      origin: config.corsOrigins.includes('*') ? true : config.corsOrigins,
      exposedHeaders: ['Content-Range', REQUEST_ID_HEADER],
    });
  }
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new DomainExceptionFilter());
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  setUpOpenApi(app);
  await app.init();
  return app;
}

function setUpOpenApi(app: NestExpressApplication): void {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Maillage')
      .setDescription('API du portail de la présence des services publics sur le territoire')
      .setVersion('0.1.0')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, document, {
    jsonDocumentUrl: `${API_PREFIX}/openapi.json`,
    yamlDocumentUrl: `${API_PREFIX}/openapi.yaml`,
    customSiteTitle: 'Maillage — API',
  });
}

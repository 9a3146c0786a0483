import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { loadConfig } from './config/app.config';
import { ConfigurationError } from './config/env-reader';
import { createLogger } from './observability/logger';
import { PinoNestLogger } from './observability/nest-logger';

/**
 * Job worker (`nx run api:worker`): the same modules as the API, without HTTP, always running jobs. Start as many as
 * needed side by side with the BullMQ driver; SIGTERM lets running jobs finish within SHUTDOWN_GRACE_MS.
 */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
  const logger = createLogger(config);
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config, { processesJobs: true, servesWeb: false }), {
    logger: new PinoNestLogger(logger),
  });
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  await app.init();
  logger.info(`Worker Maillage démarré (pilote ${config.jobs.driver}, pid ${process.pid})`);
}

main().catch((error) => {
  console.error('Démarrage du worker impossible :', error);
  process.exit(1);
});

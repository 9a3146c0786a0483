import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { loadConfig } from './config/app.config';
import { ConfigurationError } from './config/env-reader';
import { createLogger } from './observability/logger';
import { PinoNestLogger } from './observability/nest-logger';
import { SftpServer } from './sftp/server/sftp-server';

/**
 * The SFTP drop box as its own process (production: the compose `sftp` service): the application's modules without
 * HTTP and without running jobs (workers validate what it receives), plus the SSH server on SFTP_PORT. SIGTERM lets
 * files being handed over finish within SHUTDOWN_GRACE_MS.
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
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config, { processesJobs: false, servesWeb: false, servesSftp: true }), {
    logger: new PinoNestLogger(logger),
  });
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  await app.init();
  logger.info(`Dépôt SFTP Maillage démarré sur le port ${app.get(SftpServer).port} (pid ${process.pid})`);
}

main().catch((error) => {
  console.error('Démarrage du dépôt SFTP impossible :', error);
  process.exit(1);
});

import { createApiApplication } from './bootstrap';
import { webBuildPresent } from './app.module';
import { AppConfig, loadConfig } from './config/app.config';
import { ConfigurationError } from './config/env-reader';
import { createLogger } from './observability/logger';

function readConfigOrExit(): AppConfig {
  try {
    return loadConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

async function main(): Promise<void> {
  const config = readConfigOrExit();
  const logger = createLogger(config);
  const app = await createApiApplication(config, logger);
  await app.listen(config.port, config.host);
  const url = `http://localhost:${config.port}/`;
  const database = config.database.type === 'sqlite' ? `SQLite ${config.database.path}` : 'PostgreSQL';
  logger.info(
    `Maillage écoute sur ${url} (API ${url}api, documentation ${url}api/docs) — base ${database}, stockage ${config.storage.driver}, tâches ${config.jobs.driver}`,
  );
  if (!webBuildPresent(config)) logger.warn(`Interface web absente (${config.webDirectory}) : seule l’API est servie`);
}

main().catch((error) => {
  console.error('Démarrage impossible :', error);
  process.exit(1);
});

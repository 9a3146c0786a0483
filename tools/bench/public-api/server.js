// The API as production runs it, in its own process, for tools/bench/public-api/run.js: prints "prêt <port>" once listening.
require('../../db/register-typescript');
const { createApiApplication } = require('../../../apps/api/src/bootstrap');
const { loadConfig } = require('../../../apps/api/src/config/app.config');
const { createLogger } = require('../../../apps/api/src/observability/logger');

async function main() {
  const config = loadConfig({ ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'warn', SFTP_ENABLED: 'false', JOBS_PROCESS_IN_API: 'false' });
  const app = await createApiApplication(config, createLogger(config));
  await app.listen(0, '127.0.0.1');
  console.log(`prêt ${app.getHttpServer().address().port}`);
  process.on('SIGTERM', () => app.close().then(() => process.exit(0)));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

#!/usr/bin/env node
// `npm start`: builds what is missing or stale (Nx caches the builds, so a second start is quick), then runs the API,
// which also serves the web app, in this very process. Embedded defaults: SQLite, files and jobs under
// MAILLAGE_DATA_DIR (./data), no other server needed. Every variable is described in the README.
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const nx = path.join(root, 'node_modules', '.bin', 'nx');
const apiEntry = path.join(root, 'dist/apps/api/apps/api/src/main.js');
const webIndex = path.join(root, 'dist/apps/web/index.html');
const buildEnv = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' };

function projectExists(projectJson) {
  return fs.existsSync(path.join(root, projectJson));
}

function build(projects) {
  console.log(`▶ Construction : ${projects.join(', ')} (Nx réutilise les constructions déjà faites)`);
  const result = spawnSync(nx, ['run-many', '-t', 'build', `--projects=${projects.join(',')}`, '--outputStyle=static'], {
    cwd: root,
    env: buildEnv,
    stdio: 'inherit',
  });
  return result.status === 0;
}

// A bad variable is reported at once, before a build of a minute or more.
function checkConfiguration() {
  require('./db/register-typescript');
  const { loadConfig } = require(path.join(root, 'apps/api/src/config/app.config.ts'));
  try {
    loadConfig(process.env);
  } catch (error) {
    if (error.name !== 'ConfigurationError') throw error;
    console.error(error.message);
    process.exit(1);
  }
}

checkConfiguration();
const required = ['api', ...(projectExists('schemas/project.json') ? ['schemas'] : [])];
if (!build(required)) {
  console.error('✖ La construction de l’API a échoué : voir les erreurs ci-dessus.');
  process.exit(1);
}

if (!projectExists('apps/web/project.json') || !fs.existsSync(path.join(root, 'apps/web/src'))) {
  console.warn('⚠ Application web absente du dépôt : seule l’API sera servie.');
} else if (!build(['web'])) {
  console.warn('⚠ La construction de l’application web a échoué : seule l’API sera servie.');
}
if (!fs.existsSync(webIndex)) console.warn(`⚠ ${path.relative(root, webIndex)} introuvable : l’interface web ne sera pas servie.`);

// Same process: signals (SIGTERM, SIGINT) reach the application directly, which shuts down gracefully.
require(apiEntry);

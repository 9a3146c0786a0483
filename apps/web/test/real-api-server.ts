import { spawn, type ChildProcess } from 'child_process';
import { createServer } from 'net';
import path from 'path';

const repoRoot = path.resolve(__dirname, '../../..');

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface RealApi {
  url: string;
  output: () => string;
  close: () => Promise<void>;
}

/**
 * The real API from the repository's sources (compiled on the fly by register-api.js, no build needed), with
 * the embedded defaults: SQLite and files under `dataDir`, jobs run in the API process. It serves `webDir` at `/`.
 */
export async function startRealApi(dataDir: string, webDir: string, adminPassword: string): Promise<RealApi> {
  const port = await freePort();
  // The embedded defaults, whatever the caller's shell says about PostgreSQL or Redis.
  const inherited = { ...process.env };
  for (const name of ['DATABASE_URL', 'REDIS_URL', 'JOBS_DRIVER', 'STORAGE_DRIVER', 'AUTH_MODE']) delete inherited[name];
  const child: ChildProcess = spawn(process.execPath, ['-r', path.join(__dirname, 'register-api.js'), path.join(repoRoot, 'apps/api/src/main.ts')], {
    cwd: repoRoot,
    env: {
      ...inherited,
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: String(port),
      MAILLAGE_DATA_DIR: dataDir,
      MAILLAGE_WEB_DIR: webDir,
      MAILLAGE_ADMIN_PASSWORD: adminPassword,
      SFTP_ENABLED: 'false',
      JOBS_POLL_INTERVAL_MS: '200',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (chunk) => (log += chunk));
  child.stderr?.on('data', (chunk) => (log += chunk));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`L’API s’est arrêtée au démarrage (code ${child.exitCode}) :\n${log}`);
    try {
      const response = await fetch(`${url}/api/auth/config`);
      if (response.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error(`L’API n’a pas répondu en 90 s :\n${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  return {
    url,
    output: () => log,
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

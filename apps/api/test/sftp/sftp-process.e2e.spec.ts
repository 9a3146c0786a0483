import { ChildProcess, spawn } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { Client } from 'ssh2';

const REPOSITORY = path.resolve(__dirname, '../../../..');
const ENTRY = path.join(REPOSITORY, 'apps/api/src/sftp.ts');
const REGISTER_TYPESCRIPT = path.join(REPOSITORY, 'tools/db/register-typescript.js');

jest.setTimeout(120_000);

interface RunningSftp {
  child: ChildProcess;
  port: number;
  output: () => string;
}

/** Starts `sftp.ts` as production runs `sftp.js` (its own process, no HTTP), on a free port read from its log. */
function startSftpProcess(dataDirectory: string): Promise<RunningSftp> {
  const child = spawn(process.execPath, ['-r', REGISTER_TYPESCRIPT, ENTRY], {
    cwd: REPOSITORY,
    env: { ...process.env, NODE_ENV: 'test', MAILLAGE_DATA_DIR: dataDirectory, SFTP_PORT: '0', SFTP_HOST: '127.0.0.1', LOG_FORMAT: 'json', LOG_LEVEL: 'info', DATABASE_URL: '' },
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`sftp.ts n’a pas démarré :\n${output}`)), 90_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const started = /Dépôt SFTP Maillage démarré sur le port (\d+)/.exec(output);
      if (!started) return;
      clearTimeout(timer);
      resolve({ child, port: Number(started[1]), output: () => output });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`sftp.ts s’est arrêté (code ${code}) :\n${output}`));
    });
  });
}

/** The host key the server presents, and whether a login with unknown credentials is refused (not crashed). */
function handshake(port: number): Promise<{ hostKey: string; refused: boolean }> {
  let hostKey = '';
  const client = new Client();
  return new Promise((resolve, reject) => {
    client
      .on('ready', () => {
        client.end();
        reject(new Error('Connexion acceptée avec un compte inexistant'));
      })
      .on('error', (error) => {
        if (!hostKey) return reject(error);
        resolve({ hostKey, refused: /authentication methods failed/.test(error.message) });
      })
      .connect({
        host: '127.0.0.1',
        port,
        username: 'personne',
        password: 'mot-de-passe-inconnu',
        hostVerifier: (key: Buffer) => {
          hostKey = key.toString('base64');
          return true;
        },
      });
  });
}

/** Nest runs the shutdown hooks on SIGTERM, then re-raises the signal: the process ends by it, after closing SFTP. */
function stop(running: RunningSftp): Promise<{ code: number | null; signal: string | null }> {
  return new Promise((resolve) => {
    running.child.removeAllListeners('exit');
    running.child.on('exit', (code, signal) => resolve({ code, signal }));
    running.child.kill('SIGTERM');
  });
}

describe('Dépôt SFTP en processus séparé (sftp.ts)', () => {
  let dataDirectory: string;

  beforeAll(() => {
    dataDirectory = fs.mkdtempSync(path.join(os.tmpdir(), 'maillage-sftp-process-'));
  });

  afterAll(() => {
    fs.rmSync(dataDirectory, { recursive: true, force: true });
  });

  it('démarre sans HTTP, génère sa clé d’hôte, la garde d’un démarrage à l’autre et s’arrête proprement sur SIGTERM', async () => {
    const first = await startSftpProcess(dataDirectory);
    const before = await handshake(first.port);
    expect(before.refused).toBe(true);
    const hostKeyFile = path.join(dataDirectory, 'sftp/host_ed25519');
    expect(fs.readFileSync(hostKeyFile, 'utf8')).toMatch(/^-----BEGIN OPENSSH PRIVATE KEY-----/);
    expect(fs.statSync(hostKeyFile).mode & 0o777).toBe(0o600);
    expect(first.output()).not.toMatch(/écoute sur http/);
    expect(await stop(first)).toEqual({ code: null, signal: 'SIGTERM' });
    expect(first.output()).toMatch(/Dépôt SFTP fermé/);

    const second = await startSftpProcess(dataDirectory);
    const after = await handshake(second.port);
    expect(after.hostKey).toBe(before.hostKey);
    expect(await stop(second)).toEqual({ code: null, signal: 'SIGTERM' });
  });
});

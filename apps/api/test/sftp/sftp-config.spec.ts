import path from 'path';
import { ConfigurationError } from '../../src/config/env-reader';
import { loadConfig } from '../../src/config/app.config';

describe('Configuration du dépôt SFTP', () => {
  const base = { MAILLAGE_DATA_DIR: '/srv/maillage' };

  it('est active par défaut dans le processus embarqué (SQLite), sur le port 2222, avec une clé d’hôte dans le dossier de données', () => {
    expect(loadConfig(base).sftp).toEqual({
      enabled: true,
      host: '0.0.0.0',
      port: 2222,
      hostKeyPath: path.resolve('/srv/maillage/sftp/host_ed25519'),
      directory: path.resolve('/srv/maillage/sftp'),
      maxFileBytes: 100 * 1024 * 1024,
      maxFilesPerHour: 60,
      maxSessionsPerAccount: 4,
    });
  });

  it('est inactive par défaut dans l’API de production (PostgreSQL), où sftp.ts la sert', () => {
    expect(loadConfig({ ...base, DATABASE_URL: 'postgres://maillage@db/maillage' }).sftp.enabled).toBe(false);
    expect(loadConfig({ ...base, DATABASE_URL: 'postgres://maillage@db/maillage', SFTP_ENABLED: 'true' }).sftp.enabled).toBe(true);
  });

  it('lit ses variables et nomme celles qui sont fausses', () => {
    const config = loadConfig({ ...base, SFTP_PORT: '0', SFTP_HOST_KEY_PATH: 'cles/hote', SFTP_MAX_FILE_BYTES: '1048576', SFTP_MAX_FILES_PER_HOUR: '10', SFTP_MAX_SESSIONS_PER_ACCOUNT: '1' });
    expect(config.sftp).toMatchObject({ port: 0, hostKeyPath: path.resolve('/srv/maillage/cles/hote'), maxFileBytes: 1048576, maxFilesPerHour: 10, maxSessionsPerAccount: 1 });
    let error: unknown;
    try {
      loadConfig({ ...base, SFTP_PORT: '70000', SFTP_ENABLED: 'peut-être' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).problems.map((problem) => problem.variable).sort()).toEqual(['SFTP_ENABLED', 'SFTP_PORT']);
  });
});

import path from 'path';
import { EnvReader } from '../config/env-reader';

/** The same default as MAX_UPLOAD_BYTES for the portal. */
const DEFAULT_MAX_FILE_BYTES = 100 * 1024 * 1024;

export interface SftpConfig {
  /** Whether the API process also runs the SSH server (`sftp.ts` always does). */
  enabled: boolean;
  host: string;
  /** 0 picks a free port (tests read the bound one). */
  port: number;
  hostKeyPath: string;
  /** Temporary files of uploads in progress and the accounts' inboxes. */
  directory: string;
  maxFileBytes: number;
  maxFilesPerHour: number;
  maxSessionsPerAccount: number;
}

/**
 * On by default only in the embedded setup (SQLite): in production the API and the SSH server are separate processes,
 * and the compose file runs `sftp.js` for the latter.
 */
export function readSftpConfig(reader: EnvReader, dataDirectory: string, embedded: boolean): SftpConfig {
  const directory = path.join(dataDirectory, 'sftp');
  return {
    enabled: reader.boolean('SFTP_ENABLED', embedded),
    host: reader.string('SFTP_HOST', '0.0.0.0'),
    port: reader.integer('SFTP_PORT', 2222, 0, 65535),
    hostKeyPath: path.resolve(dataDirectory, reader.raw('SFTP_HOST_KEY_PATH') ?? path.join(directory, 'host_ed25519')),
    directory,
    maxFileBytes: reader.integer('SFTP_MAX_FILE_BYTES', DEFAULT_MAX_FILE_BYTES, 1, Number.MAX_SAFE_INTEGER),
    maxFilesPerHour: reader.integer('SFTP_MAX_FILES_PER_HOUR', 60, 1, 1_000_000),
    maxSessionsPerAccount: reader.integer('SFTP_MAX_SESSIONS_PER_ACCOUNT', 4, 1, 1000),
  };
}

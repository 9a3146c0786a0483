import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import fs from 'fs';
import path from 'path';
import { AppConfig } from '../../config/app.config';
import { APP_CONFIG } from '../../config/config.module';

export interface StoredEntry {
  name: string;
  size: number;
  modifiedAt: Date;
}

/**
 * The files an account keeps in an inbox on local disk, under `<data>/sftp/inbox/<account>/<dataset>/`: completed
 * uploads under a temporary name awaiting their rename, and `.mapping.json` sidecars. Uploads in progress are written
 * to `<data>/sftp/uploads/` and only enter the inbox once closed, so an interrupted one never shows up there.
 * Names reaching this class have been checked by `parseVirtualPath` (no separator, no `..`).
 */
@Injectable()
export class InboxStore {
  private readonly inboxRoot: string;
  private readonly uploadsDirectory: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.inboxRoot = path.join(config.sftp.directory, 'inbox');
    this.uploadsDirectory = path.join(config.sftp.directory, 'uploads');
  }

  /**
   * Leftovers of uploads cut by a crash or a kill are never going to be completed. Called by the process that serves
   * SFTP when it starts listening, never by another (a worker must not wipe uploads under way).
   */
  clearUnfinishedUploads(): void {
    fs.rmSync(this.uploadsDirectory, { recursive: true, force: true });
    fs.mkdirSync(this.uploadsDirectory, { recursive: true, mode: 0o700 });
  }

  temporaryFile(): string {
    return path.join(this.uploadsDirectory, randomUUID());
  }

  async list(accountId: string, datasetId: string): Promise<StoredEntry[]> {
    const directory = this.directory(accountId, datasetId);
    let names: string[];
    try {
      names = await fs.promises.readdir(directory);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const entries = await Promise.all(names.map((name) => this.stat(accountId, datasetId, name)));
    return entries.filter((entry): entry is StoredEntry => entry !== null);
  }

  async stat(accountId: string, datasetId: string, name: string): Promise<StoredEntry | null> {
    try {
      const stats = await fs.promises.stat(this.pathOf(accountId, datasetId, name));
      return stats.isFile() ? { name, size: stats.size, modifiedAt: stats.mtime } : null;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  /** Moves a closed upload into the inbox under its name, replacing a file of that name. */
  async keep(temporaryFile: string, accountId: string, datasetId: string, name: string): Promise<void> {
    await fs.promises.mkdir(this.directory(accountId, datasetId), { recursive: true, mode: 0o700 });
    await fs.promises.rename(temporaryFile, this.pathOf(accountId, datasetId, name));
  }

  async rename(accountId: string, datasetId: string, from: string, to: string): Promise<void> {
    await fs.promises.rename(this.pathOf(accountId, datasetId, from), this.pathOf(accountId, datasetId, to));
  }

  async remove(accountId: string, datasetId: string, name: string): Promise<void> {
    await fs.promises.rm(this.pathOf(accountId, datasetId, name), { force: true });
  }

  async read(accountId: string, datasetId: string, name: string): Promise<string> {
    return fs.promises.readFile(this.pathOf(accountId, datasetId, name), 'utf8');
  }

  pathOf(accountId: string, datasetId: string, name: string): string {
    return path.join(this.directory(accountId, datasetId), name);
  }

  private directory(accountId: string, datasetId: string): string {
    return path.join(this.inboxRoot, accountId, datasetId);
  }
}

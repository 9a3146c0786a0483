import { Logger } from '@nestjs/common';
import fs from 'fs';
import type { FileHandle } from 'fs/promises';
import { pipeline } from 'stream/promises';
import { Attributes, FileEntry, SFTPWrapper, utils } from 'ssh2';
import { Dataset } from '../../datasets/entities/dataset.entity';
import { SftpAccount } from '../entities/sftp-account.entity';
import { DropBox } from './drop-box';
import { InboxStore } from './inbox-store';
import { Outbox, OutboxEntry } from './outbox';
import { SftpRefusal } from './sftp-refusal';
import { canonicalPath, FOLDERS, isDataName, isMappingName, parseVirtualPath, PathRefusedError, VirtualPath } from './virtual-path';

const { OPEN_MODE, STATUS_CODE } = utils.sftp;

/** A `.mapping.json` is a small JSON document; anything bigger is a mistake. */
const MAX_MAPPING_BYTES = 1024 * 1024;

type FileInTree = Extract<VirtualPath, { kind: 'file' }>;

type Handle =
  | { type: 'directory'; entries: FileEntry[]; sent: boolean }
  | { type: 'report'; content: Buffer; modifiedAt: Date }
  | { type: 'archived'; path: string; file: FileHandle; size: number; modifiedAt: Date }
  | {
      type: 'upload';
      dataset: Dataset;
      name: string;
      path: string;
      file: FileHandle;
      size: number;
      maxBytes: number;
      writes: Set<Promise<unknown>>;
      /** Once set, every further write and the close answer it, and the file is dropped. */
      refusal: SftpRefusal | null;
    };

export interface SessionServices {
  dropBox: DropBox;
  inbox: InboxStore;
  outbox: Outbox;
}

/**
 * One SFTP channel of an authenticated account, mapping each protocol request onto the virtual tree. Requests run
 * concurrently (clients pipeline writes); an upload becomes a submission at CLOSE, or at RENAME from a temporary
 * name, and an upload still open when the channel ends is deleted without a trace.
 */
export class SftpSession {
  private readonly logger = new Logger('SFTP');
  private readonly handles = new Map<number, Handle>();
  private nextHandle = 1;
  private readonly inFlight = new Set<Promise<void>>();
  /** Resolves once the channel has closed and what it left unfinished has been deleted. */
  readonly finished: Promise<void>;

  constructor(
    private readonly sftp: SFTPWrapper,
    private readonly account: SftpAccount,
    private readonly ip: string,
    private readonly services: SessionServices,
  ) {
    sftp.on('REALPATH', (id: number, path: string) => this.run(id, async () => this.sftp.name(id, [entry(canonicalPath(path), directoryAttributes(new Date()))])));
    sftp.on('STAT', (id: number, path: string) => this.run(id, async () => this.sftp.attrs(id, await this.attributesOf(parseVirtualPath(path)))));
    sftp.on('LSTAT', (id: number, path: string) => this.run(id, async () => this.sftp.attrs(id, await this.attributesOf(parseVirtualPath(path)))));
    sftp.on('FSTAT', (id: number, handle: Buffer) => this.run(id, async () => this.sftp.attrs(id, this.handleAttributes(this.handle(handle)))));
    sftp.on('OPENDIR', (id: number, path: string) => this.run(id, () => this.openDirectory(id, parseVirtualPath(path))));
    sftp.on('READDIR', (id: number, handle: Buffer) => this.run(id, async () => this.readDirectory(id, this.handle(handle))));
    sftp.on('OPEN', (id: number, path: string, flags: number) => this.run(id, () => this.open(id, parseVirtualPath(path), flags)));
    sftp.on('READ', (id: number, handle: Buffer, offset: number, length: number) => this.run(id, () => this.read(id, this.handle(handle), offset, length)));
    sftp.on('WRITE', (id: number, handle: Buffer, offset: number, data: Buffer) => this.run(id, () => this.write(id, this.handle(handle), offset, data)));
    sftp.on('CLOSE', (id: number, handle: Buffer) => this.run(id, () => this.close(id, handle)));
    sftp.on('REMOVE', (id: number, path: string) => this.run(id, () => this.remove(id, parseVirtualPath(path))));
    sftp.on('RENAME', (id: number, from: string, to: string) => this.run(id, () => this.rename(id, parseVirtualPath(from), parseVirtualPath(to))));
    sftp.on('SETSTAT', (id: number, path: string) => this.run(id, () => this.acceptAttributes(id, parseVirtualPath(path))));
    sftp.on('FSETSTAT', (id: number, handle: Buffer) =>
      this.run(id, async () => {
        if (this.handle(handle).type !== 'upload') throw readOnly();
        this.sftp.status(id, STATUS_CODE.OK);
      }),
    );
    sftp.on('MKDIR', (id: number) => this.refuse(id, SftpRefusal.denied('Arborescence fixe : aucun dossier ne peut être créé (déposez vos fichiers dans /<jeu>/inbox/)')));
    sftp.on('RMDIR', (id: number) => this.refuse(id, SftpRefusal.denied('Arborescence fixe : aucun dossier ne peut être supprimé')));
    sftp.on('SYMLINK', (id: number) => this.refuse(id, SftpRefusal.denied('Les liens symboliques ne sont pas pris en charge')));
    sftp.on('READLINK', (id: number) => this.refuse(id, SftpRefusal.denied('Les liens symboliques ne sont pas pris en charge')));
    sftp.on('EXTENDED', (id: number, name: string) => this.refuse(id, SftpRefusal.unsupported(`Extension SFTP « ${name} » non prise en charge`)));
    this.finished = new Promise((resolve) => sftp.on('close', () => void this.abandonOpenUploads().finally(resolve)));
  }

  /** Resolves once the requests under way (a submission being handed over) have finished. */
  async settled(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  private run(id: number, action: () => Promise<void>): void {
    // Async wrapper: a path refused while parsing the arguments must become an answer, not an exception in ssh2.
    const task = (async () => action())().catch((error: unknown) => {
      if (error instanceof SftpRefusal) return this.refuse(id, error);
      if (error instanceof PathRefusedError) return this.refuse(id, SftpRefusal.denied(error.message));
      this.logger.error(`Requête SFTP de ${this.account.username} en échec : ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      this.refuse(id, SftpRefusal.failure('Erreur interne du serveur SFTP : réessayez plus tard'));
    });
    this.inFlight.add(task);
    void task.finally(() => this.inFlight.delete(task));
  }

  private refuse(id: number, refusal: SftpRefusal): void {
    try {
      this.sftp.status(id, refusal.status, refusal.message);
    } catch {
      // The channel is already gone: nobody is left to tell.
    }
  }

  // Reading the tree

  private async attributesOf(target: VirtualPath): Promise<Attributes> {
    if (target.kind !== 'file') {
      if (target.kind !== 'root') await this.services.dropBox.dataset(this.account, target.slug);
      return directoryAttributes(new Date());
    }
    const dataset = await this.services.dropBox.dataset(this.account, target.slug);
    if (target.folder === 'inbox') {
      const stored = await this.services.inbox.stat(this.account.id, dataset.id, target.name);
      if (!stored) throw noSuchFile(target);
      return fileAttributes(stored.size, stored.modifiedAt, true);
    }
    const found = await this.outboxEntry(dataset, target);
    return fileAttributes(await this.services.outbox.size(found), found.submission.updatedAt, false);
  }

  private async openDirectory(id: number, target: VirtualPath): Promise<void> {
    if (target.kind === 'file') throw SftpRefusal.failure(`« ${target.name} » est un fichier, pas un dossier`);
    const entries = await this.list(target);
    this.sftp.handle(id, this.register({ type: 'directory', entries, sent: false }));
  }

  private async list(target: Exclude<VirtualPath, { kind: 'file' }>): Promise<FileEntry[]> {
    const now = new Date();
    const { dropBox, inbox, outbox } = this.services;
    if (target.kind === 'root') return (await dropBox.datasetsOf(this.account)).map((dataset) => entry(dataset.slug, directoryAttributes(dataset.updatedAt)));
    const dataset = await dropBox.dataset(this.account, target.slug);
    if (target.kind === 'dataset') return FOLDERS.map((folder) => entry(folder, directoryAttributes(now)));
    if (target.folder === 'inbox') {
      return (await inbox.list(this.account.id, dataset.id)).map((stored) => entry(stored.name, fileAttributes(stored.size, stored.modifiedAt, true)));
    }
    const found = target.folder === 'reports' ? await outbox.reports(this.account.id, dataset.id) : await outbox.archive(this.account.id, dataset.id);
    return Promise.all(found.map(async (item) => entry(item.name, fileAttributes(await outbox.size(item), item.submission.updatedAt, false))));
  }

  private readDirectory(id: number, handle: Handle): void {
    if (handle.type !== 'directory') throw SftpRefusal.failure('Ce descripteur n’est pas celui d’un dossier');
    if (handle.sent || handle.entries.length === 0) return this.sftp.status(id, STATUS_CODE.EOF);
    handle.sent = true;
    this.sftp.name(id, handle.entries);
  }

  private async outboxEntry(dataset: Dataset, target: FileInTree): Promise<OutboxEntry> {
    const { outbox } = this.services;
    const entries = target.folder === 'reports' ? await outbox.reports(this.account.id, dataset.id) : await outbox.archive(this.account.id, dataset.id);
    const found = entries.find((candidate) => candidate.name === target.name);
    if (!found) throw noSuchFile(target);
    return found;
  }

  // Opening, reading, writing

  private async open(id: number, target: VirtualPath, flags: number): Promise<void> {
    if (target.kind !== 'file') throw SftpRefusal.failure('Seuls les fichiers s’ouvrent : pour un dossier, listez-le');
    const dataset = await this.services.dropBox.dataset(this.account, target.slug);
    if (flags & OPEN_MODE.WRITE) return this.openUpload(id, dataset, target, flags);
    if (target.folder === 'inbox') throw SftpRefusal.denied('Les fichiers déposés ne se relisent pas : leurs rapports sont dans reports/, les fichiers acceptés dans archive/');
    const found = await this.outboxEntry(dataset, target);
    const modifiedAt = found.submission.updatedAt;
    if (found.content !== 'original') {
      this.sftp.handle(id, this.register({ type: 'report', content: await this.services.outbox.render(found), modifiedAt }));
      return;
    }
    const path = this.services.inbox.temporaryFile();
    try {
      await pipeline(await this.services.outbox.open(found), fs.createWriteStream(path, { mode: 0o600 }));
      const file = await fs.promises.open(path, 'r');
      this.sftp.handle(id, this.register({ type: 'archived', path, file, size: found.submission.fileSize, modifiedAt }));
    } catch (error) {
      await fs.promises.rm(path, { force: true });
      throw error;
    }
  }

  private async openUpload(id: number, dataset: Dataset, target: FileInTree, flags: number): Promise<void> {
    if (target.folder !== 'inbox') throw readOnly();
    if (flags & (OPEN_MODE.READ | OPEN_MODE.APPEND)) {
      throw SftpRefusal.failure('Envoi refusé : un fichier se dépose en une fois (ni lecture-écriture, ni ajout à un fichier existant)');
    }
    if (flags & OPEN_MODE.EXCL && (await this.services.inbox.stat(this.account.id, dataset.id, target.name))) {
      throw SftpRefusal.failure(`« ${target.name} » existe déjà dans inbox/`);
    }
    if (!isMappingName(target.name)) await this.services.dropBox.assertMayUpload(this.account, this.ip);
    const path = this.services.inbox.temporaryFile();
    const file = await fs.promises.open(path, 'wx', 0o600);
    const maxBytes = isMappingName(target.name) ? MAX_MAPPING_BYTES : this.services.dropBox.maxFileBytes;
    this.sftp.handle(id, this.register({ type: 'upload', dataset, name: target.name, path, file, size: 0, maxBytes, writes: new Set(), refusal: null }));
  }

  private async read(id: number, handle: Handle, offset: number, length: number): Promise<void> {
    if (handle.type === 'report') {
      if (offset >= handle.content.length) return this.sftp.status(id, STATUS_CODE.EOF);
      return this.sftp.data(id, handle.content.subarray(offset, offset + length));
    }
    if (handle.type !== 'archived') throw SftpRefusal.failure('Ce fichier n’est pas ouvert en lecture');
    if (offset >= handle.size) return this.sftp.status(id, STATUS_CODE.EOF);
    const buffer = Buffer.alloc(Math.min(length, handle.size - offset));
    const { bytesRead } = await handle.file.read(buffer, 0, buffer.length, offset);
    if (bytesRead === 0) return this.sftp.status(id, STATUS_CODE.EOF);
    this.sftp.data(id, buffer.subarray(0, bytesRead));
  }

  private async write(id: number, handle: Handle, offset: number, data: Buffer): Promise<void> {
    if (handle.type !== 'upload') throw SftpRefusal.failure('Ce fichier n’est pas ouvert en écriture');
    if (handle.refusal) throw handle.refusal;
    const end = offset + data.length;
    if (end > handle.maxBytes) {
      handle.refusal = SftpRefusal.failure(
        isMappingName(handle.name)
          ? `Correspondance refusée : un fichier .mapping.json fait au plus ${megabytes(MAX_MAPPING_BYTES)}`
          : `Fichier trop volumineux : ${megabytes(handle.maxBytes)} au maximum (SFTP_MAX_FILE_BYTES). Découpez le fichier ou envoyez-le au format XLSX.`,
      );
      await this.services.dropBox.recordLimit(this.account, this.ip, 'file-size', { maxBytes: handle.maxBytes, fileName: handle.name, datasetId: handle.dataset.id });
      throw handle.refusal;
    }
    const written = handle.file.write(data, 0, data.length, offset);
    handle.writes.add(written);
    try {
      await written;
    } finally {
      handle.writes.delete(written);
    }
    handle.size = Math.max(handle.size, end);
    this.sftp.status(id, STATUS_CODE.OK);
  }

  private async close(id: number, raw: Buffer): Promise<void> {
    const handle = this.handle(raw);
    this.handles.delete(raw.readUInt32BE(0));
    if (handle.type === 'archived') {
      await handle.file.close();
      await fs.promises.rm(handle.path, { force: true });
    }
    if (handle.type === 'upload') await this.finishUpload(handle);
    this.sftp.status(id, STATUS_CODE.OK);
  }

  /** The upload is complete: a data file becomes a submission, a temporary name or a mapping waits in the inbox. */
  private async finishUpload(handle: Extract<Handle, { type: 'upload' }>): Promise<void> {
    await Promise.allSettled([...handle.writes]);
    await handle.file.close();
    try {
      if (handle.refusal) throw handle.refusal;
      if (isDataName(handle.name)) {
        await this.services.dropBox.submit(this.account, handle.dataset, { path: handle.path, name: handle.name, size: handle.size }, this.ip);
        return;
      }
      if (isMappingName(handle.name)) await assertJson(handle.path, handle.name);
      await this.services.inbox.keep(handle.path, this.account.id, handle.dataset.id, handle.name);
    } finally {
      await fs.promises.rm(handle.path, { force: true });
    }
  }

  // Changing the inbox

  private async remove(id: number, target: VirtualPath): Promise<void> {
    const { dataset, name } = await this.inboxFile(target);
    if (!(await this.services.inbox.stat(this.account.id, dataset.id, name))) throw noSuchFile(target as FileInTree);
    await this.services.inbox.remove(this.account.id, dataset.id, name);
    this.sftp.status(id, STATUS_CODE.OK);
  }

  private async rename(id: number, from: VirtualPath, to: VirtualPath): Promise<void> {
    const source = await this.inboxFile(from);
    const destination = await this.inboxFile(to);
    if (source.dataset.id !== destination.dataset.id) throw SftpRefusal.denied('Renommage refusé : un fichier reste dans le dossier inbox où il a été déposé');
    const { inbox, dropBox } = this.services;
    const stored = await inbox.stat(this.account.id, source.dataset.id, source.name);
    if (!stored) throw noSuchFile(from as FileInTree);
    if (await inbox.stat(this.account.id, destination.dataset.id, destination.name)) throw SftpRefusal.failure(`« ${destination.name} » existe déjà dans inbox/`);
    if (isMappingName(destination.name)) await assertJson(inbox.pathOf(this.account.id, source.dataset.id, source.name), destination.name);
    if (!isDataName(destination.name)) {
      await inbox.rename(this.account.id, source.dataset.id, source.name, destination.name);
    } else {
      const path = inbox.pathOf(this.account.id, source.dataset.id, source.name);
      await dropBox.submit(this.account, source.dataset, { path, name: destination.name, size: stored.size }, this.ip);
    }
    this.sftp.status(id, STATUS_CODE.OK);
  }

  /** Clients set times or modes after an upload (`put -p`): harmless on one's own inbox files, refused elsewhere. */
  private async acceptAttributes(id: number, target: VirtualPath): Promise<void> {
    const { dataset, name } = await this.inboxFile(target);
    if (!(await this.services.inbox.stat(this.account.id, dataset.id, name))) throw noSuchFile(target as FileInTree);
    this.sftp.status(id, STATUS_CODE.OK);
  }

  private async inboxFile(target: VirtualPath): Promise<{ dataset: Dataset; name: string }> {
    if (target.kind !== 'file') throw SftpRefusal.denied('Arborescence fixe : seuls les fichiers de inbox/ se renomment ou se suppriment');
    if (target.folder !== 'inbox') throw readOnly();
    return { dataset: await this.services.dropBox.dataset(this.account, target.slug), name: target.name };
  }

  // Handles

  private register(handle: Handle): Buffer {
    const number = this.nextHandle++;
    this.handles.set(number, handle);
    const raw = Buffer.alloc(4);
    raw.writeUInt32BE(number, 0);
    return raw;
  }

  private handle(raw: Buffer): Handle {
    const handle = raw.length === 4 ? this.handles.get(raw.readUInt32BE(0)) : undefined;
    if (!handle) throw SftpRefusal.failure('Descripteur de fichier inconnu ou déjà fermé');
    return handle;
  }

  private handleAttributes(handle: Handle): Attributes {
    if (handle.type === 'directory') return directoryAttributes(new Date());
    if (handle.type === 'report') return fileAttributes(handle.content.length, handle.modifiedAt, false);
    if (handle.type === 'archived') return fileAttributes(handle.size, handle.modifiedAt, false);
    return fileAttributes(handle.size, new Date(), true);
  }

  /** The connection is gone with uploads still open: they were not complete, so they leave nothing behind. */
  private async abandonOpenUploads(): Promise<void> {
    const open = [...this.handles.values()];
    this.handles.clear();
    for (const handle of open) {
      if (handle.type !== 'upload' && handle.type !== 'archived') continue;
      if (handle.type === 'upload') await Promise.allSettled([...handle.writes]);
      await handle.file.close().catch(() => undefined);
      await fs.promises.rm(handle.path, { force: true });
      if (handle.type === 'upload') this.logger.warn(`Envoi interrompu de ${handle.name} par ${this.account.username} : fichier partiel supprimé`);
    }
  }
}

function readOnly(): SftpRefusal {
  return SftpRefusal.denied('Dossier en lecture seule : déposez vos fichiers dans inbox/');
}

function noSuchFile(target: FileInTree): SftpRefusal {
  return SftpRefusal.noSuchFile(`Aucun fichier « ${target.name} » dans ${target.folder}/`);
}

async function assertJson(path: string, name: string): Promise<void> {
  try {
    JSON.parse(await fs.promises.readFile(path, 'utf8'));
  } catch {
    throw SftpRefusal.failure(`Correspondance refusée : « ${name} » n’est pas un document JSON valide`);
  }
}

function megabytes(bytes: number): string {
  const [unit, size] = bytes >= 1024 * 1024 ? ['Mo', 1024 * 1024] : bytes >= 1024 ? ['Ko', 1024] : ['octets', 1];
  return `${(bytes / (size as number)).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} ${unit}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** An `ls -l` line, as OpenSSH's client prints the long name verbatim. */
function entry(filename: string, attrs: Attributes): FileEntry {
  const directory = (attrs.mode & 0o170000) === 0o040000;
  const permissions = directory ? 'drwxr-xr-x' : attrs.mode & 0o200 ? '-rw-r--r--' : '-r--r--r--';
  const date = new Date(attrs.mtime * 1000);
  const day = `${MONTHS[date.getUTCMonth()]} ${String(date.getUTCDate()).padStart(2, ' ')} ${String(date.getUTCHours()).padStart(2, '0')}:${String(date.getUTCMinutes()).padStart(2, '0')}`;
  return { filename, longname: `${permissions}    1 maillage maillage ${String(attrs.size).padStart(12, ' ')} ${day} ${filename}`, attrs };
}

function directoryAttributes(modifiedAt: Date): Attributes {
  const seconds = Math.floor(modifiedAt.getTime() / 1000);
  return { mode: 0o040755, uid: 0, gid: 0, size: 0, atime: seconds, mtime: seconds };
}

function fileAttributes(size: number, modifiedAt: Date, writable: boolean): Attributes {
  const seconds = Math.floor(modifiedAt.getTime() / 1000);
  return { mode: writable ? 0o100644 : 0o100444, uid: 0, gid: 0, size, atime: seconds, mtime: seconds };
}

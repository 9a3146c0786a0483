import { randomUUID } from 'crypto';
import fs from 'fs';
import path from 'path';
import { Readable } from 'stream';
import { pipeline } from 'stream/promises';
import { describeError, DriverHealth } from '../../common/driver-health';
import { assertValidKey, FileNotFoundError, FileStorage, HashingStream, newKey, PutOptions, StoredFile, toStream } from '../file-storage';

/**
 * Files under one directory. A file is written to `.tmp/` first and renamed into place once complete, so a reader
 * never sees a half-written file and a crash leaves only temporary files behind.
 */
export class LocalFileStorage implements FileStorage {
  readonly driver = 'local' as const;
  private readonly temporaryDirectory: string;

  constructor(private readonly root: string) {
    this.temporaryDirectory = path.join(root, '.tmp');
    fs.mkdirSync(this.temporaryDirectory, { recursive: true });
  }

  async put(content: Readable | Buffer, options: PutOptions = {}): Promise<StoredFile> {
    const key = newKey(options.prefix);
    const temporary = path.join(this.temporaryDirectory, randomUUID());
    const hashing = new HashingStream();
    try {
      await pipeline(toStream(content), hashing, fs.createWriteStream(temporary, { flags: 'wx' }));
      const target = this.pathOf(key);
      await fs.promises.mkdir(path.dirname(target), { recursive: true });
      await fs.promises.rename(temporary, target);
    } catch (error) {
      await fs.promises.rm(temporary, { force: true });
      throw error;
    }
    return { key, sha256: hashing.digest(), size: hashing.size };
  }

  async get(key: string): Promise<Readable> {
    const file = this.pathOf(key);
    try {
      const handle = await fs.promises.open(file, 'r');
      return handle.createReadStream();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new FileNotFoundError(key);
      throw error;
    }
  }

  async exists(key: string): Promise<boolean> {
    return fs.promises.access(this.pathOf(key)).then(
      () => true,
      () => false,
    );
  }

  async delete(key: string): Promise<void> {
    await fs.promises.rm(this.pathOf(key), { force: true });
  }

  /** Up when a file can be written and removed in the storage directory. */
  async health(): Promise<DriverHealth> {
    const probe = path.join(this.temporaryDirectory, `health-${randomUUID()}`);
    try {
      await fs.promises.writeFile(probe, 'ok');
      await fs.promises.rm(probe);
      return { up: true };
    } catch (error) {
      return { up: false, detail: `Écriture impossible dans ${this.root} : ${describeError(error)}` };
    }
  }

  private pathOf(key: string): string {
    assertValidKey(key);
    return path.join(this.root, ...key.split('/'));
  }
}

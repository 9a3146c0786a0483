import { Inject, Injectable } from '@nestjs/common';
import { PassThrough, Readable } from 'stream';
import { createInterface } from 'readline';
import { FILE_STORAGE, FileStorage, StoredFile } from '../storage/file-storage';
import type { SiteRecord } from '../review/diff/site-record';

/** Writes lines to the storage as they come, without holding the whole file in memory. */
export interface NdjsonWriter {
  write(record: unknown): void;
  finish(): Promise<StoredFile>;
  abort(error: Error): Promise<void>;
}

/** The files a submission leads to in the storage: its report and diff (JSON) and its cast sites (NDJSON). */
@Injectable()
export class SubmissionArtifacts {
  constructor(@Inject(FILE_STORAGE) private readonly storage: FileStorage) {}

  async writeJson(prefix: string, value: unknown): Promise<StoredFile> {
    return this.storage.put(Buffer.from(JSON.stringify(value), 'utf8'), { prefix, contentType: 'application/json' });
  }

  async readJson<T>(key: string): Promise<T> {
    const chunks: Buffer[] = [];
    for await (const chunk of await this.storage.get(key)) chunks.push(chunk as Buffer);
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as T;
  }

  ndjsonWriter(prefix: string): NdjsonWriter {
    const stream = new PassThrough();
    const stored = this.storage.put(stream, { prefix, contentType: 'application/x-ndjson' });
    // The write is awaited through finish(); a failure before then must not surface as an unhandled rejection.
    stored.catch(() => undefined);
    return {
      write: (record) => {
        stream.write(`${JSON.stringify(record)}\n`);
      },
      finish: async () => {
        stream.end();
        return stored;
      },
      abort: async (error) => {
        stream.destroy(error);
        await stored.catch(() => undefined);
      },
    };
  }

  async *readSites(key: string): AsyncIterable<SiteRecord> {
    const lines = createInterface({ input: await this.storage.get(key), crlfDelay: Infinity });
    for await (const line of lines) {
      if (line !== '') yield JSON.parse(line) as SiteRecord;
    }
  }

  open(key: string): Promise<Readable> {
    return this.storage.get(key);
  }

  put(content: Readable, prefix: string): Promise<StoredFile> {
    return this.storage.put(content, { prefix });
  }

  delete(key: string): Promise<void> {
    return this.storage.delete(key);
  }
}

import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { randomUUID } from 'crypto';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { Readable } from 'stream';
import { pipeline } from 'stream/promises';
import type { StorageConfig } from '../../config/app.config';
import { describeError, DriverHealth } from '../../common/driver-health';
import { assertValidKey, FileNotFoundError, FileStorage, HashingStream, newKey, PutOptions, StoredFile, toStream } from '../file-storage';

type S3Settings = Extract<StorageConfig, { driver: 's3' }>;

export function createS3Client(settings: S3Settings): S3Client {
  return new S3Client({
    endpoint: settings.endpoint,
    region: settings.region,
    forcePathStyle: settings.forcePathStyle,
    credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
    // S3-compatible servers (MinIO, Garage, Ceph…) do not all accept the SDK's default streaming checksums.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}

function isNotFound(error: unknown): boolean {
  const name = (error as { name?: string }).name;
  const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  return name === 'NotFound' || name === 'NoSuchKey' || status === 404;
}

/**
 * Files in one bucket. A stream is first spooled to a temporary file while it is hashed, because S3 needs the length
 * up front; the object is written in one request, so readers never see a partial object.
 */
export class S3FileStorage implements FileStorage {
  readonly driver = 's3' as const;

  constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
  ) {}

  async put(content: Readable | Buffer, options: PutOptions = {}): Promise<StoredFile> {
    const key = newKey(options.prefix);
    const spool = path.join(os.tmpdir(), `maillage-upload-${randomUUID()}`);
    const hashing = new HashingStream();
    try {
      await pipeline(toStream(content), hashing, fs.createWriteStream(spool, { flags: 'wx' }));
      const sha256 = hashing.digest();
      await this.client.send(
        new PutObjectCommand({
          Bucket: this.bucket,
          Key: key,
          Body: fs.createReadStream(spool),
          ContentLength: hashing.size,
          ContentType: options.contentType ?? 'application/octet-stream',
          Metadata: { sha256 },
        }),
      );
      return { key, sha256, size: hashing.size };
    } finally {
      await fs.promises.rm(spool, { force: true });
    }
  }

  async get(key: string): Promise<Readable> {
    assertValidKey(key);
    try {
      const answer = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      return answer.Body as Readable;
    } catch (error) {
      if (isNotFound(error)) throw new FileNotFoundError(key);
      throw error;
    }
  }

  async exists(key: string): Promise<boolean> {
    assertValidKey(key);
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return true;
    } catch (error) {
      if (isNotFound(error)) return false;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    assertValidKey(key);
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }

  async health(): Promise<DriverHealth> {
    try {
      await this.client.send(new HeadBucketCommand({ Bucket: this.bucket }));
      return { up: true };
    } catch (error) {
      return { up: false, detail: `Compartiment S3 « ${this.bucket} » inaccessible : ${describeError(error)}` };
    }
  }
}

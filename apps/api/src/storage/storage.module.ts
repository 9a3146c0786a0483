import { Global, Module } from '@nestjs/common';
import { AppConfig } from '../config/app.config';
import { APP_CONFIG } from '../config/config.module';
import { LocalFileStorage } from './drivers/local-file-storage';
import { createS3Client, S3FileStorage } from './drivers/s3-file-storage';
import { FILE_STORAGE, FileStorage } from './file-storage';

export function createFileStorage(config: AppConfig): FileStorage {
  const storage = config.storage;
  if (storage.driver === 's3') return new S3FileStorage(createS3Client(storage), storage.bucket);
  return new LocalFileStorage(storage.directory);
}

@Global()
@Module({
  providers: [{ provide: FILE_STORAGE, inject: [APP_CONFIG], useFactory: createFileStorage }],
  exports: [FILE_STORAGE],
})
export class StorageModule {}

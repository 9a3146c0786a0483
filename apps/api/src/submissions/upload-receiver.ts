import { Inject, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import fs from 'fs';
import multer from 'multer';
import os from 'os';
import { AppConfig } from '../config/app.config';
import { APP_CONFIG } from '../config/config.module';
import { SubmissionErrorCode, SubmissionException } from './submission.exception';

/** A file received on disk in a temporary directory; the caller moves it to the storage, then calls `discard`. */
export interface ReceivedUpload {
  path: string;
  originalName: string;
  size: number;
  /** The `mapping` part, as a JSON file or a text field, when the producer sent one. */
  mapping: string | null;
  discard(): Promise<void>;
}

const MAPPING_MAX_BYTES = 1024 * 1024;

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} Mo`;
}

/**
 * Streams a multipart upload to a temporary file (never a whole-file buffer), enforcing MAX_UPLOAD_BYTES while it
 * arrives: a file over the limit is cut off and answered with 413.
 */
@Injectable()
export class UploadReceiver {
  private readonly parse: (request: Request, response: Response, next: (error?: unknown) => void) => void;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.parse = multer({
      storage: multer.diskStorage({ destination: os.tmpdir() }),
      // Browsers and curl send UTF-8 file names without declaring a charset.
      defParamCharset: 'utf8',
      limits: { fileSize: config.maxUploadBytes, files: 2, fieldSize: MAPPING_MAX_BYTES, fields: 5 },
    }).fields([
      { name: 'file', maxCount: 1 },
      { name: 'mapping', maxCount: 1 },
    ]);
  }

  async receive(request: Request, response: Response): Promise<ReceivedUpload> {
    await new Promise<void>((resolve, reject) => this.parse(request, response, (error) => (error ? reject(this.translate(error)) : resolve())));
    const files = (request.files ?? {}) as Record<string, Express.Multer.File[] | undefined>;
    const temporary = Object.values(files).flatMap((list) => list ?? []).map((file) => file.path);
    const discard = async () => {
      await Promise.all(temporary.map((file) => fs.promises.rm(file, { force: true })));
    };
    const file = files.file?.[0];
    if (!file) {
      await discard();
      throw new SubmissionException(SubmissionErrorCode.FileMissing, 'Aucun fichier reçu : envoyez-le dans le champ « file » d’un formulaire multipart/form-data');
    }
    const mappingFile = files.mapping?.[0];
    const mappingField = (request.body as Record<string, unknown> | undefined)?.mapping;
    let mapping: string | null = typeof mappingField === 'string' && mappingField.trim() !== '' ? mappingField : null;
    if (mappingFile) {
      if (mappingFile.size > MAPPING_MAX_BYTES) {
        await discard();
        throw new SubmissionException(SubmissionErrorCode.InvalidMapping, `La correspondance de colonnes dépasse ${megabytes(MAPPING_MAX_BYTES)}`);
      }
      mapping = await fs.promises.readFile(mappingFile.path, 'utf8');
    }
    return { path: file.path, originalName: file.originalname, size: file.size, mapping, discard };
  }

  private translate(error: unknown): unknown {
    if (error instanceof multer.MulterError) {
      if (error.code === 'LIMIT_FILE_SIZE') {
        return new SubmissionException(
          SubmissionErrorCode.FileTooLarge,
          `Fichier trop volumineux : la taille maximale acceptée est de ${megabytes(this.config.maxUploadBytes)} (MAX_UPLOAD_BYTES). Découpez le fichier ou compressez-le au format XLSX.`,
          { maxBytes: this.config.maxUploadBytes },
        );
      }
      return new SubmissionException(SubmissionErrorCode.FileMissing, `Envoi multipart refusé (${error.code}) : un champ « file » et au plus un champ « mapping » sont attendus`);
    }
    return error;
  }
}

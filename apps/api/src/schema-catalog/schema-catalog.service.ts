import { Inject, Injectable } from '@nestjs/common';
import fs from 'fs';
import path from 'path';
import { AppConfig } from '../config/app.config';
import { APP_CONFIG } from '../config/config.module';
import { DomainErrorCode, DomainException } from '../common/domain.exception';
import { CatalogSchema, readCatalogFile, scanSchemaFolders } from './schema-catalog.reader';
import { isSchemaFileName, SCHEMA_FILE_NAMES, SCHEMA_FILES, SchemaFile } from './schema-files';

export const DEFAULT_SCHEMA_NAME = 'sites-publics';

/** The published Table Schemas and their versions, read from disk on each call so that a new version needs no restart. */
@Injectable()
export class SchemaCatalogService {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  list(): CatalogSchema[] {
    try {
      return readCatalogFile(this.config.schemasDirectory) ?? scanSchemaFolders(this.config.schemasDirectory);
    } catch (error) {
      throw new DomainException(
        DomainErrorCode.SchemaCatalogUnavailable,
        `Catalogue des schémas illisible dans ${this.config.schemasDirectory} : ${(error as Error).message}`,
      );
    }
  }

  /** Checks that the schema (and version, when given) is published, and returns the version to record. */
  resolveVersion(schemaName: string, requestedVersion?: string): string {
    const schema = this.list().find((candidate) => candidate.name === schemaName);
    if (!schema) {
      throw new DomainException(DomainErrorCode.SchemaNotFound, `Schéma « ${schemaName} » inconnu du catalogue`, [
        { field: 'schemaName', messages: [`le schéma « ${schemaName} » n’est pas publié`] },
      ]);
    }
    if (requestedVersion === undefined) return schema.latestVersion;
    if (!schema.versions.some((candidate) => candidate.version === requestedVersion)) {
      const known = schema.versions.map((candidate) => candidate.version).join(', ');
      throw new DomainException(
        DomainErrorCode.SchemaVersionNotFound,
        `Version « ${requestedVersion} » du schéma « ${schemaName} » inconnue (versions publiées : ${known})`,
        [{ field: 'schemaVersion', messages: [`versions publiées : ${known}`] }],
      );
    }
    return requestedVersion;
  }

  /**
   * A downloadable file of a published version. The path on disk is built from the catalog's entry and the whitelist,
   * never from the request's text, so `..` or an absolute path cannot reach outside the schema's folder.
   */
  file(schemaName: string, version: string, fileName: string): SchemaFile {
    const schema = this.list().find((candidate) => candidate.name === schemaName);
    if (!schema) throw schemaFileNotFound(`Schéma « ${schemaName} » inconnu du catalogue`);
    const entry = schema.versions.find((candidate) => candidate.version === version);
    if (!entry) {
      const known = schema.versions.map((candidate) => candidate.version).join(', ');
      throw schemaFileNotFound(`Version « ${version} » du schéma « ${schemaName} » inconnue (versions publiées : ${known})`);
    }
    if (!isSchemaFileName(fileName)) {
      throw schemaFileNotFound(`Fichier « ${fileName} » inconnu : les fichiers téléchargeables sont ${SCHEMA_FILE_NAMES.join(', ')}`);
    }
    const folder = entry.path ? path.dirname(entry.path) : path.join(schema.name, entry.version);
    const absolutePath = path.resolve(this.config.schemasDirectory, folder, fileName);
    if (!fs.existsSync(absolutePath)) {
      throw schemaFileNotFound(`Le fichier « ${fileName} » n’est pas fourni pour la version ${version} du schéma « ${schemaName} »`);
    }
    return { fileName, contentType: SCHEMA_FILES[fileName], absolutePath };
  }
}

function schemaFileNotFound(message: string): DomainException {
  return new DomainException(DomainErrorCode.SchemaFileNotFound, message);
}

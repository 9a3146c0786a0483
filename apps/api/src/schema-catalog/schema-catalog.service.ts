import { Inject, Injectable } from '@nestjs/common';
import { AppConfig } from '../config/app.config';
import { APP_CONFIG } from '../config/config.module';
import { DomainErrorCode, DomainException } from '../common/domain.exception';
import { CatalogSchema, readCatalogFile, scanSchemaFolders } from './schema-catalog.reader';

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
}

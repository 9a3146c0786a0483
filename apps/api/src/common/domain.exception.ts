import { codedException } from './coded.exception';

/** Failures of organisations, datasets, schemas and request validation, each mapped once to its HTTP status. */
export enum DomainErrorCode {
  ValidationFailed = 'VALIDATION_FAILED',
  OrganizationNotFound = 'ORGANIZATION_NOT_FOUND',
  OrganizationSlugTaken = 'ORGANIZATION_SLUG_TAKEN',
  DatasetNotFound = 'DATASET_NOT_FOUND',
  DatasetSlugTaken = 'DATASET_SLUG_TAKEN',
  SchemaNotFound = 'SCHEMA_NOT_FOUND',
  SchemaVersionNotFound = 'SCHEMA_VERSION_NOT_FOUND',
  SchemaCatalogUnavailable = 'SCHEMA_CATALOG_UNAVAILABLE',
  SchemaFileNotFound = 'SCHEMA_FILE_NOT_FOUND',
  InvalidListQuery = 'INVALID_LIST_QUERY',
}

const STATUS: Record<DomainErrorCode, number> = {
  [DomainErrorCode.ValidationFailed]: 400,
  [DomainErrorCode.InvalidListQuery]: 400,
  [DomainErrorCode.OrganizationNotFound]: 404,
  [DomainErrorCode.DatasetNotFound]: 404,
  [DomainErrorCode.SchemaNotFound]: 400,
  [DomainErrorCode.SchemaVersionNotFound]: 400,
  [DomainErrorCode.OrganizationSlugTaken]: 409,
  [DomainErrorCode.DatasetSlugTaken]: 409,
  [DomainErrorCode.SchemaCatalogUnavailable]: 503,
  [DomainErrorCode.SchemaFileNotFound]: 404,
};

/** A problem with a field of the request: which one, and what is wrong with it, in French. */
export interface FieldError {
  field: string;
  messages: string[];
}

export class DomainException extends codedException(STATUS) {
  constructor(code: DomainErrorCode, message: string, details?: FieldError[]) {
    super(code, message, details ? { details } : {});
  }
}

/** Every failure the domain reports to API clients, each mapped once to an HTTP status. */
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

export const DOMAIN_ERROR_STATUS: Record<DomainErrorCode, number> = {
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

export class DomainException extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details?: FieldError[],
  ) {
    super(message);
    this.name = 'DomainException';
  }
}

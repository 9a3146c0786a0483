import { codedException } from '../common/coded.exception';

/** Failures of publication and of the public API, each mapped once to its HTTP status. */
export enum PublicationErrorCode {
  VersionNotFound = 'VERSION_NOT_FOUND',
  VersionNotScheduled = 'VERSION_NOT_SCHEDULED',
  VersionNotCurrent = 'VERSION_NOT_CURRENT',
  DatasetNotFound = 'DATASET_NOT_FOUND',
  ExportNotReady = 'EXPORT_NOT_READY',
  InvalidPublicQuery = 'INVALID_PUBLIC_QUERY',
  SiteNotFound = 'SITE_NOT_FOUND',
  TerritoryNotFound = 'TERRITORY_NOT_FOUND',
  TerritoryAmbiguous = 'TERRITORY_AMBIGUOUS',
}

const STATUS: Record<PublicationErrorCode, number> = {
  [PublicationErrorCode.VersionNotFound]: 404,
  [PublicationErrorCode.VersionNotScheduled]: 409,
  [PublicationErrorCode.VersionNotCurrent]: 409,
  [PublicationErrorCode.DatasetNotFound]: 404,
  [PublicationErrorCode.ExportNotReady]: 503,
  [PublicationErrorCode.InvalidPublicQuery]: 400,
  [PublicationErrorCode.SiteNotFound]: 404,
  [PublicationErrorCode.TerritoryNotFound]: 404,
  [PublicationErrorCode.TerritoryAmbiguous]: 400,
};

export class PublicationException extends codedException(STATUS) {}

export function versionNotFound(): PublicationException {
  return new PublicationException(PublicationErrorCode.VersionNotFound, 'Version publiée introuvable');
}

/** A bad query parameter of the public API, named in the message. */
export function invalidParameter(name: string, message: string): PublicationException {
  return new PublicationException(PublicationErrorCode.InvalidPublicQuery, `Paramètre « ${name} » invalide : ${message}`);
}

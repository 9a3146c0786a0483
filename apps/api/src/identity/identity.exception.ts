import { codedException } from '../common/coded.exception';

/** Identity failures, each mapped once to its HTTP status. */
export enum IdentityErrorCode {
  AuthenticationRequired = 'AUTHENTICATION_REQUIRED',
  InvalidToken = 'INVALID_TOKEN',
  TokenExpired = 'TOKEN_EXPIRED',
  TokenRevoked = 'TOKEN_REVOKED',
  InvalidCredentials = 'INVALID_CREDENTIALS',
  TooManyLoginAttempts = 'TOO_MANY_LOGIN_ATTEMPTS',
  AccessDenied = 'ACCESS_DENIED',
  AccessUndeclared = 'ACCESS_UNDECLARED',
  LocalAccountsDisabled = 'LOCAL_ACCOUNTS_DISABLED',
  UserNotFound = 'USER_NOT_FOUND',
  UsernameTaken = 'USERNAME_TAKEN',
  UnknownOrganization = 'UNKNOWN_ORGANIZATION',
  WeakPassword = 'WEAK_PASSWORD',
  WrongCurrentPassword = 'WRONG_CURRENT_PASSWORD',
  ApiTokenNotFound = 'API_TOKEN_NOT_FOUND',
  InvalidExpiry = 'INVALID_EXPIRY',
  SelfLockout = 'SELF_LOCKOUT',
  IdentityProviderUnavailable = 'IDENTITY_PROVIDER_UNAVAILABLE',
}

const STATUS: Record<IdentityErrorCode, number> = {
  [IdentityErrorCode.AuthenticationRequired]: 401,
  [IdentityErrorCode.InvalidToken]: 401,
  [IdentityErrorCode.TokenExpired]: 401,
  [IdentityErrorCode.TokenRevoked]: 401,
  [IdentityErrorCode.InvalidCredentials]: 401,
  [IdentityErrorCode.TooManyLoginAttempts]: 429,
  [IdentityErrorCode.AccessDenied]: 403,
  [IdentityErrorCode.AccessUndeclared]: 403,
  [IdentityErrorCode.LocalAccountsDisabled]: 404,
  [IdentityErrorCode.UserNotFound]: 404,
  [IdentityErrorCode.UsernameTaken]: 409,
  [IdentityErrorCode.UnknownOrganization]: 400,
  [IdentityErrorCode.WeakPassword]: 400,
  [IdentityErrorCode.WrongCurrentPassword]: 400,
  [IdentityErrorCode.ApiTokenNotFound]: 404,
  [IdentityErrorCode.InvalidExpiry]: 400,
  [IdentityErrorCode.SelfLockout]: 409,
  [IdentityErrorCode.IdentityProviderUnavailable]: 503,
};

export class IdentityException extends codedException(STATUS) {}

import { codedException } from '../common/coded.exception';

/** Failures of SFTP account management, each mapped once to its HTTP status. */
export enum SftpErrorCode {
  AccountNotFound = 'SFTP_ACCOUNT_NOT_FOUND',
  UsernameTaken = 'SFTP_USERNAME_TAKEN',
  InvalidCredential = 'SFTP_INVALID_CREDENTIAL',
}

const STATUS: Record<SftpErrorCode, number> = {
  [SftpErrorCode.AccountNotFound]: 404,
  [SftpErrorCode.UsernameTaken]: 409,
  [SftpErrorCode.InvalidCredential]: 400,
};

export class SftpException extends codedException(STATUS) {}

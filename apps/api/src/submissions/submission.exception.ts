import { codedException } from '../common/coded.exception';
import type { UserAction } from './submission-state-machine';
import type { SubmissionStatus } from './submission-status';

/** Failures of the submission and review workflow, each mapped once to its HTTP status. */
export enum SubmissionErrorCode {
  SubmissionNotFound = 'SUBMISSION_NOT_FOUND',
  IllegalTransition = 'ILLEGAL_TRANSITION',
  SelfApprovalForbidden = 'SELF_APPROVAL_FORBIDDEN',
  FileMissing = 'FILE_MISSING',
  FileTooLarge = 'FILE_TOO_LARGE',
  InvalidMapping = 'INVALID_MAPPING',
  InvalidPublishDate = 'INVALID_PUBLISH_DATE',
  ReportNotReady = 'REPORT_NOT_READY',
  DiffNotAvailable = 'DIFF_NOT_AVAILABLE',
  PublicationUnavailable = 'PUBLICATION_UNAVAILABLE',
}

const STATUS: Record<SubmissionErrorCode, number> = {
  [SubmissionErrorCode.SubmissionNotFound]: 404,
  [SubmissionErrorCode.IllegalTransition]: 409,
  [SubmissionErrorCode.SelfApprovalForbidden]: 403,
  [SubmissionErrorCode.FileMissing]: 400,
  [SubmissionErrorCode.FileTooLarge]: 413,
  [SubmissionErrorCode.InvalidMapping]: 400,
  [SubmissionErrorCode.InvalidPublishDate]: 400,
  [SubmissionErrorCode.ReportNotReady]: 409,
  [SubmissionErrorCode.DiffNotAvailable]: 409,
  [SubmissionErrorCode.PublicationUnavailable]: 503,
};

export class SubmissionException extends codedException(STATUS) {}

/** Its answer lists the actions still possible from the submission's status. */
export class IllegalTransitionException extends SubmissionException {
  constructor(message: string, status: SubmissionStatus, allowedActions: UserAction[]) {
    super(SubmissionErrorCode.IllegalTransition, message, { status, allowedActions });
  }
}

export function submissionNotFound(): SubmissionException {
  return new SubmissionException(SubmissionErrorCode.SubmissionNotFound, 'Soumission introuvable');
}

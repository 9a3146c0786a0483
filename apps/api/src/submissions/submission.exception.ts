import { ArgumentsHost, Catch, ExceptionFilter, HttpException } from '@nestjs/common';
import type { Response } from 'express';
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

export class SubmissionException extends HttpException {
  constructor(
    readonly code: SubmissionErrorCode,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super({ code, message }, STATUS[code]);
  }
}

export class IllegalTransitionException extends SubmissionException {
  constructor(message: string, status: SubmissionStatus, allowedActions: UserAction[]) {
    super(SubmissionErrorCode.IllegalTransition, message, { status, allowedActions });
  }
}

export function submissionNotFound(): SubmissionException {
  return new SubmissionException(SubmissionErrorCode.SubmissionNotFound, 'Soumission introuvable');
}

/** Renders `{ statusCode, code, message, ...extra }`: a 409 lists the actions still possible. */
@Catch(SubmissionException)
export class SubmissionExceptionFilter implements ExceptionFilter {
  catch(exception: SubmissionException, host: ArgumentsHost): void {
    const statusCode = exception.getStatus();
    host
      .switchToHttp()
      .getResponse<Response>()
      .status(statusCode)
      .json({ statusCode, code: exception.code, message: exception.message, ...exception.extra });
  }
}

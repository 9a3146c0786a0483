/** Where a submission stands; see `submission-state-machine.ts` for how it moves. */
export enum SubmissionStatus {
  Received = 'received',
  Validating = 'validating',
  Valid = 'valid',
  Invalid = 'invalid',
  /** The system failed (storage, database, a crash), not the data: the job was retried until the queue gave up. */
  Errored = 'errored',
  Submitted = 'submitted',
  /** Approved, publication scheduled at a later date. */
  Approved = 'approved',
  Published = 'published',
  ChangesRequested = 'changes_requested',
  Withdrawn = 'withdrawn',
}

export const SUBMISSION_STATUSES = Object.values(SubmissionStatus);

/** Statuses a reviewer sees: from the moment the producer submits. */
export const REVIEWABLE_STATUSES: readonly SubmissionStatus[] = [
  SubmissionStatus.Submitted,
  SubmissionStatus.Approved,
  SubmissionStatus.Published,
  SubmissionStatus.ChangesRequested,
];

export type SubmissionChannel = 'web' | 'api' | 'sftp';
export type MappingOrigin = 'sent' | 'sftp-sidecar' | 'saved';

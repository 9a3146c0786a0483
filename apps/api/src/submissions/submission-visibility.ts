import { Role } from '../identity/access.decorators';
import { hasRole, Principal } from '../identity/principal';
import { Submission } from './entities/submission.entity';
import { SubmissionVisibility } from './submission.repository';
import { REVIEWABLE_STATUSES } from './submission-status';

export function visibilityOf(principal: Principal): SubmissionVisibility {
  return {
    everything: hasRole(principal, Role.Admin),
    organizationIds: principal.organizationIds,
    reviewable: hasRole(principal, Role.Reviewer),
  };
}

/** A submission the principal may not see answers 404, as if it did not exist. */
export function canRead(visibility: SubmissionVisibility, submission: Submission): boolean {
  return (
    visibility.everything ||
    visibility.organizationIds.includes(submission.organizationId) ||
    (visibility.reviewable && REVIEWABLE_STATUSES.includes(submission.status))
  );
}

/** Uploading, submitting, withdrawing: the organisation's members (producers, its API tokens) and admins. */
export function canActFor(principal: Principal, organizationId: string): boolean {
  return hasRole(principal, Role.Admin) || principal.organizationIds.includes(organizationId);
}

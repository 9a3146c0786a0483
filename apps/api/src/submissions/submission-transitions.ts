import { Injectable } from '@nestjs/common';
import { AuditActor, AuditService } from '../audit/audit.service';
import type { AuditChannel } from '../audit/audit-event.entity';
import type { Principal } from '../identity/principal';
import { Submission } from './entities/submission.entity';
import { SubmissionChanges, SubmissionRepository } from './submission.repository';
import { IllegalTransitionException } from './submission.exception';
import { allowedUserActions, illegalTransitionMessage, SubmissionAction, TRANSITIONS } from './submission-state-machine';

export interface TransitionRequest {
  action: SubmissionAction;
  actor: Principal | AuditActor;
  changes?: SubmissionChanges;
  ip?: string | null;
  channel?: AuditChannel;
  details?: Record<string, unknown>;
}

/**
 * The only way a submission changes status: checks the state machine, updates the row only if its status has not
 * moved in between, and writes the audit trail (`submission.<action>`).
 */
@Injectable()
export class SubmissionTransitions {
  constructor(
    private readonly repository: SubmissionRepository,
    private readonly audit: AuditService,
  ) {}

  async apply(submission: Submission, request: TransitionRequest): Promise<Submission> {
    const transition = TRANSITIONS[request.action];
    if (!transition.from.includes(submission.status)) throw illegal(request.action, submission);
    const updated = await this.repository.transition(submission.id, transition.from, { ...request.changes, status: transition.to });
    if (!updated) {
      const current = (await this.repository.findById(submission.id)) ?? submission;
      throw illegal(request.action, current);
    }
    await this.audit.record({
      action: `submission.${request.action}`,
      actor: request.actor,
      channel: request.channel,
      organizationId: submission.organizationId,
      ip: request.ip ?? null,
      target: { type: 'submission', id: submission.id },
      details: { from: submission.status, to: transition.to, datasetId: submission.datasetId, ...request.details },
    });
    return updated;
  }
}

function illegal(action: SubmissionAction, submission: Submission): IllegalTransitionException {
  return new IllegalTransitionException(illegalTransitionMessage(action, submission.status), submission.status, allowedUserActions(submission.status));
}

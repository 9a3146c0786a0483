import { HttpStatus } from '@nestjs/common';
import { IllegalTransitionException } from '../../src/submissions/submission.exception';
import {
  allowedUserActions,
  canApply,
  illegalTransitionMessage,
  SubmissionAction,
  SYSTEM_ACTIONS,
  targetOf,
  TRANSITIONS,
  USER_ACTIONS,
} from '../../src/submissions/submission-state-machine';
import { SUBMISSION_STATUSES, SubmissionStatus as S } from '../../src/submissions/submission-status';

/** The workflow of issue 4, written out independently of the table it checks. */
const EXPECTED: Record<SubmissionAction, { from: S[]; to: S }> = {
  'start-validation': { from: [S.Received, S.Validating], to: S.Validating },
  'pass-validation': { from: [S.Received, S.Validating], to: S.Valid },
  'fail-validation': { from: [S.Received, S.Validating], to: S.Invalid },
  'error-validation': { from: [S.Received, S.Validating], to: S.Errored },
  submit: { from: [S.Valid], to: S.Submitted },
  withdraw: { from: [S.Received, S.Validating, S.Valid, S.Invalid, S.Errored, S.Submitted], to: S.Withdrawn },
  approve: { from: [S.Submitted], to: S.Approved },
  'request-changes': { from: [S.Submitted], to: S.ChangesRequested },
  'cancel-publication': { from: [S.Approved], to: S.Submitted },
  'mark-published': { from: [S.Approved], to: S.Published },
};

const ACTIONS = [...USER_ACTIONS, ...SYSTEM_ACTIONS];
const pairs = ACTIONS.flatMap((action) => SUBMISSION_STATUSES.map((status) => [action, status] as const));

describe('submission state machine', () => {
  it('has one entry per action', () => {
    expect(Object.keys(TRANSITIONS).sort()).toEqual([...ACTIONS].sort());
  });

  it.each(pairs)('%s from %s', (action, status) => {
    const legal = EXPECTED[action].from.includes(status);
    expect(canApply(action, status)).toBe(legal);
    if (legal) expect(targetOf(action)).toBe(EXPECTED[action].to);
  });

  it('lists the actions a person may take from each status', () => {
    expect(Object.fromEntries(SUBMISSION_STATUSES.map((status) => [status, allowedUserActions(status)]))).toEqual({
      received: ['withdraw'],
      validating: ['withdraw'],
      valid: ['submit', 'withdraw'],
      invalid: ['withdraw'],
      errored: ['withdraw'],
      submitted: ['withdraw', 'approve', 'request-changes'],
      approved: ['cancel-publication'],
      published: [],
      changes_requested: [],
      withdrawn: [],
    });
  });

  it('closes a submission for good once published, sent back or withdrawn', () => {
    for (const status of [S.Published, S.ChangesRequested, S.Withdrawn]) {
      expect(ACTIONS.filter((action) => canApply(action, status))).toEqual([]);
    }
  });

  it('answers an illegal transition with 409, the status and the allowed actions, in French', () => {
    const exception = new IllegalTransitionException(illegalTransitionMessage('approve', S.Valid), S.Valid, allowedUserActions(S.Valid));
    expect(exception.getStatus()).toBe(HttpStatus.CONFLICT);
    expect(exception.code).toBe('ILLEGAL_TRANSITION');
    expect(exception.extra).toEqual({ status: 'valid', allowedActions: ['submit', 'withdraw'] });
    expect(exception.message).toBe('Impossible d’approuver une soumission valide (actions possibles : submit, withdraw)');
    expect(illegalTransitionMessage('submit', S.Published)).toBe('Impossible de soumettre à la revue une soumission publiée (aucune action n’est plus possible)');
  });
});

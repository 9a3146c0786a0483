import { SubmissionStatus as S } from './submission-status';

/** Actions people take, each one a POST route of the same name under /api/submissions/{id}/. */
export const USER_ACTIONS = ['submit', 'withdraw', 'approve', 'request-changes', 'cancel-publication'] as const;
export type UserAction = (typeof USER_ACTIONS)[number];

/** Actions the system takes: the validation job and the publication callback. */
export const SYSTEM_ACTIONS = ['start-validation', 'pass-validation', 'fail-validation', 'error-validation', 'mark-published'] as const;
export type SystemAction = (typeof SYSTEM_ACTIONS)[number];

export type SubmissionAction = UserAction | SystemAction;

interface Transition {
  from: readonly S[];
  to: S;
}

/**
 * Every way a submission may change status, in one table. A reused report goes straight from `received` to `valid` or
 * `invalid`; a retried validation job starts again from `validating`.
 */
export const TRANSITIONS: Readonly<Record<SubmissionAction, Transition>> = {
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

export function canApply(action: SubmissionAction, status: S): boolean {
  return TRANSITIONS[action].from.includes(status);
}

export function targetOf(action: SubmissionAction): S {
  return TRANSITIONS[action].to;
}

/** What a person may do next from this status (their rights aside): the 409 answer and the UI's buttons. */
export function allowedUserActions(status: S): UserAction[] {
  return USER_ACTIONS.filter((action) => canApply(action, status));
}

const STATUS_LABELS: Record<S, string> = {
  [S.Received]: 'reçue',
  [S.Validating]: 'en cours de validation',
  [S.Valid]: 'valide',
  [S.Invalid]: 'invalide',
  [S.Errored]: 'en erreur technique',
  [S.Submitted]: 'soumise à la revue',
  [S.Approved]: 'approuvée (publication programmée)',
  [S.Published]: 'publiée',
  [S.ChangesRequested]: 'renvoyée pour corrections',
  [S.Withdrawn]: 'retirée',
};

const ACTION_LABELS: Record<SubmissionAction, string> = {
  submit: 'soumettre à la revue',
  withdraw: 'retirer',
  approve: 'approuver',
  'request-changes': 'demander des corrections',
  'cancel-publication': 'annuler la publication programmée',
  'start-validation': 'valider',
  'pass-validation': 'déclarer valide',
  'fail-validation': 'déclarer invalide',
  'error-validation': 'déclarer en erreur',
  'mark-published': 'déclarer publiée',
};

export function statusLabel(status: S): string {
  return STATUS_LABELS[status];
}

export function illegalTransitionMessage(action: SubmissionAction, status: S): string {
  const allowed = allowedUserActions(status);
  const next = allowed.length === 0 ? 'aucune action n’est plus possible' : `actions possibles : ${allowed.join(', ')}`;
  const label = ACTION_LABELS[action];
  const preposition = /^[aeiouéh]/i.test(label) ? 'd’' : 'de ';
  return `Impossible ${preposition}${label} une soumission ${statusLabel(status)} (${next})`;
}

/**
 * The scorecard state machine: the one table of transitions. Pure: the service applies what it
 * returns. A CONFIRMED scorecard is locked until the confirming level reopens it (back to DRAFT).
 */

export enum ScorecardStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  CONFIRMED = 'CONFIRMED',
}

export enum ScorecardAction {
  SCORE = 'SCORE',
  SUBMIT = 'SUBMIT',
  CONFIRM = 'CONFIRM',
  RETURN = 'RETURN',
  REOPEN = 'REOPEN',
}

/** `update` for the assessor who scores, `confirm` for the township or above (see assessment.policy.ts). */
export type ScorecardCapability = 'update' | 'confirm';

export interface ScorecardTransition {
  action: ScorecardAction;
  from: ScorecardStatus;
  to: ScorecardStatus;
  by: ScorecardCapability;
  needsReason?: true;
}

const S = ScorecardStatus;
const A = ScorecardAction;

export const SCORECARD_TRANSITIONS: readonly ScorecardTransition[] = [
  { action: A.SCORE, from: S.DRAFT, to: S.DRAFT, by: 'update' },
  { action: A.SUBMIT, from: S.DRAFT, to: S.SUBMITTED, by: 'update' },
  { action: A.CONFIRM, from: S.SUBMITTED, to: S.CONFIRMED, by: 'confirm' },
  { action: A.RETURN, from: S.SUBMITTED, to: S.DRAFT, by: 'confirm', needsReason: true },
  { action: A.REOPEN, from: S.CONFIRMED, to: S.DRAFT, by: 'confirm', needsReason: true },
];

/** The move `action` makes from `status`, or null when it is illegal there (a CONFLICT). */
export function scorecardTransition(status: ScorecardStatus, action: ScorecardAction): ScorecardTransition | null {
  return SCORECARD_TRANSITIONS.find((t) => t.from === status && t.action === action) ?? null;
}

export function scorecardActions(status: ScorecardStatus, holds: (c: ScorecardCapability) => boolean): ScorecardAction[] {
  return SCORECARD_TRANSITIONS.filter((t) => t.from === status && holds(t.by)).map((t) => t.action);
}

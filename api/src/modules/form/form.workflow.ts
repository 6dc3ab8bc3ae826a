/**
 * The submission state machine: the one table of moves of a form submission (填报 → 上报 → 退回 →
 * 审核通过 → 归档, and 解锁 back to the filer). Pure; the service applies what it returns.
 */

export enum SubmissionStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  RETURNED = 'RETURNED',
  APPROVED = 'APPROVED',
  ARCHIVED = 'ARCHIVED',
}

export enum SubmissionAction {
  SAVE = 'SAVE',
  SUBMIT = 'SUBMIT',
  RETURN = 'RETURN',
  APPROVE = 'APPROVE',
  UNLOCK = 'UNLOCK',
  ARCHIVE = 'ARCHIVE',
}

/** `fill`: the submission's own org; `review`: the level above it (approves, returns, unlocks, archives). */
export type SubmissionCapability = 'fill' | 'review';

export interface SubmissionTransition {
  action: SubmissionAction;
  from: SubmissionStatus;
  to: SubmissionStatus;
  by: SubmissionCapability;
  needs?: 'reason';
}

const S = SubmissionStatus;
const A = SubmissionAction;

export const SUBMISSION_TRANSITIONS: readonly SubmissionTransition[] = [
  { action: A.SAVE, from: S.DRAFT, to: S.DRAFT, by: 'fill' },
  { action: A.SAVE, from: S.RETURNED, to: S.RETURNED, by: 'fill' },
  { action: A.SUBMIT, from: S.DRAFT, to: S.SUBMITTED, by: 'fill' },
  { action: A.SUBMIT, from: S.RETURNED, to: S.SUBMITTED, by: 'fill' },
  { action: A.RETURN, from: S.SUBMITTED, to: S.RETURNED, by: 'review', needs: 'reason' },
  { action: A.APPROVE, from: S.SUBMITTED, to: S.APPROVED, by: 'review' },
  { action: A.UNLOCK, from: S.APPROVED, to: S.RETURNED, by: 'review', needs: 'reason' },
  { action: A.ARCHIVE, from: S.APPROVED, to: S.ARCHIVED, by: 'review' },
];

/** The move `action` makes from `status`, or null when it is illegal there (a CONFLICT). */
export function submissionTransition(status: SubmissionStatus, action: SubmissionAction): SubmissionTransition | null {
  return SUBMISSION_TRANSITIONS.find((t) => t.from === status && t.action === action) ?? null;
}

/** The actions a caller may take, given which capabilities they hold on the submission. */
export function allowedSubmissionActions(status: SubmissionStatus, holds: (c: SubmissionCapability) => boolean): SubmissionAction[] {
  const out = new Set(SUBMISSION_TRANSITIONS.filter((t) => t.from === status && holds(t.by)).map((t) => t.action));
  return Object.values(A).filter((a) => out.has(a));
}

/** Statuses in which the filer has handed the form in (for reporting rates). */
export const SUBMITTED_STATUSES = [S.SUBMITTED, S.APPROVED, S.ARCHIVED];
/** Approved and after: the figures the aggregate counts by default. */
export const APPROVED_STATUSES = [S.APPROVED, S.ARCHIVED];

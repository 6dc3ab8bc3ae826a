/**
 * The task state machine: the one table of transitions and the only place that decides a task's
 * next status. Pure: no database, no context; the service applies what it returns.
 */

export enum TaskStatus {
  REPORTED = 'REPORTED',
  REGISTERED = 'REGISTERED',
  DISPATCHED = 'DISPATCHED',
  IN_PROGRESS = 'IN_PROGRESS',
  RESOLVED = 'RESOLVED',
  VERIFIED = 'VERIFIED',
  CLOSED = 'CLOSED',
  /** Sent back one step; `returnedTo` says which, and the task then moves on from there. */
  RETURNED = 'RETURNED',
  /** Handed to the parent of the handler org, which dispatches it again or handles it itself. */
  ESCALATED = 'ESCALATED',
}

export enum TaskAction {
  REGISTER = 'REGISTER',
  DISPATCH = 'DISPATCH',
  ACCEPT = 'ACCEPT',
  RESOLVE = 'RESOLVE',
  VERIFY = 'VERIFY',
  CLOSE = 'CLOSE',
  RETURN = 'RETURN',
  ESCALATE = 'ESCALATE',
  URGE = 'URGE',
}

/**
 * The CASL action a transition needs on the task (within the role's data scope):
 * `dispatch` for the information centre, `handle` for the handler org, `verify` for supervisors.
 * `handle` additionally requires the caller to belong to the task's current handler org.
 */
export type Capability = 'dispatch' | 'handle' | 'verify';

/** Open work that a handler org holds, and that can therefore run late and be escalated. */
export const HANDLING_STATUSES = [TaskStatus.DISPATCHED, TaskStatus.IN_PROGRESS];

export interface Transition {
  action: TaskAction;
  from: TaskStatus;
  /** The next status; for RETURN, the step the task goes back to is `returnedTo`. */
  to: TaskStatus;
  returnedTo?: TaskStatus;
  by: Capability[];
  /** What the caller must say: a reason for RETURN/ESCALATE, a result for RESOLVE, a message for URGE. */
  needs?: 'reason' | 'result' | 'message' | 'handlerOrg' | 'approval';
}

const S = TaskStatus;
const A = TaskAction;

/** Every legal move. A RETURNED task moves on by the rows of the status it was returned to. */
export const TRANSITIONS: readonly Transition[] = [
  { action: A.REGISTER, from: S.REPORTED, to: S.REGISTERED, by: ['dispatch'] },
  { action: A.DISPATCH, from: S.REGISTERED, to: S.DISPATCHED, by: ['dispatch'], needs: 'handlerOrg' },
  { action: A.DISPATCH, from: S.ESCALATED, to: S.DISPATCHED, by: ['dispatch'], needs: 'handlerOrg' },
  { action: A.ACCEPT, from: S.DISPATCHED, to: S.IN_PROGRESS, by: ['handle'] },
  { action: A.ACCEPT, from: S.ESCALATED, to: S.IN_PROGRESS, by: ['handle'] },
  { action: A.RESOLVE, from: S.IN_PROGRESS, to: S.RESOLVED, by: ['handle'], needs: 'result' },
  { action: A.VERIFY, from: S.RESOLVED, to: S.VERIFIED, by: ['verify'], needs: 'approval' },
  { action: A.CLOSE, from: S.VERIFIED, to: S.CLOSED, by: ['dispatch'] },
  { action: A.RETURN, from: S.REGISTERED, to: S.RETURNED, returnedTo: S.REPORTED, by: ['dispatch'], needs: 'reason' },
  { action: A.RETURN, from: S.DISPATCHED, to: S.RETURNED, returnedTo: S.REGISTERED, by: ['handle'], needs: 'reason' },
  { action: A.RETURN, from: S.RESOLVED, to: S.RETURNED, returnedTo: S.IN_PROGRESS, by: ['verify'], needs: 'reason' },
  { action: A.ESCALATE, from: S.DISPATCHED, to: S.ESCALATED, by: ['handle', 'dispatch'], needs: 'reason' },
  { action: A.ESCALATE, from: S.IN_PROGRESS, to: S.ESCALATED, by: ['handle', 'dispatch'], needs: 'reason' },
  ...[S.REGISTERED, S.DISPATCHED, S.IN_PROGRESS, S.ESCALATED, S.RETURNED].map((from): Transition => ({
    action: A.URGE,
    from,
    to: from,
    by: ['dispatch', 'verify'],
    needs: 'message',
  })),
];

export interface TaskState {
  status: TaskStatus;
  returnedTo?: TaskStatus | null;
}

/** The status whose transitions apply: a returned task continues from the step it went back to. */
export function effectiveStatus(task: TaskState): TaskStatus {
  return task.status === S.RETURNED && task.returnedTo ? task.returnedTo : task.status;
}

/** The rows that apply to `task` for `action`; URGE on a returned task is its own row. */
export function transitionsFrom(task: TaskState, action?: TaskAction): Transition[] {
  const from = effectiveStatus(task);
  return TRANSITIONS.filter((t) => (action === undefined || t.action === action) && (t.action === A.URGE ? t.from === task.status : t.from === from));
}

/** The move `action` makes from `task`'s status, or null when it is illegal there (a CONFLICT). */
export function transitionFor(task: TaskState, action: TaskAction): Transition | null {
  return transitionsFrom(task, action)[0] ?? null;
}

/**
 * The actions a caller may take on `task`, given which capabilities they hold on it
 * (already narrowed to their scope and, for `handle`, to the current handler org).
 */
export function allowedActions(task: TaskState, holds: (c: Capability) => boolean): TaskAction[] {
  const out = new Set<TaskAction>();
  for (const t of transitionsFrom(task)) if (t.by.some(holds)) out.add(t.action);
  return Object.values(A).filter((a) => out.has(a));
}

/** Statuses (with the step returned to) from which `capability` can do anything but URGE: the caller's work queue. */
export function workStatuses(capability: Capability): { status: TaskStatus; returnedTo?: TaskStatus }[] {
  const out: { status: TaskStatus; returnedTo?: TaskStatus }[] = [];
  for (const t of TRANSITIONS) {
    if (t.action === A.URGE || !t.by.includes(capability)) continue;
    out.push({ status: t.from });
    for (const r of TRANSITIONS) if (r.returnedTo === t.from) out.push({ status: S.RETURNED, returnedTo: t.from });
  }
  return out.filter((s, i) => out.findIndex((o) => o.status === s.status && o.returnedTo === s.returnedTo) === i);
}

import { subject as asSubject } from '@casl/ability';
import type { Context } from '../../core/context';
import { UNSCOPED, type SubjectPolicy } from '../../core/module';
import type { RawRule } from '../../core/rules';
import type { Task } from './task.entity';
import { allowedActions, workStatuses, type Capability, type TaskAction } from './task.workflow';

declare module '../../core/module' {
  interface Subjects {
    Task: true;
    TaskStats: true;
    DeadlinePolicy: true;
  }
}

/** A task is reached where it arose and where it is being handled (a department serves the whole township). */
export const taskPolicy: SubjectPolicy = {
  scope: {
    ORG_SUBTREE: (_, subtree) => ({ $or: [{ 'org.path': subtree }, { 'handlerOrg.path': subtree }] }),
    ORG: (a) => ({ $or: [{ 'org.id': a.scopeRootId }, { 'handlerOrg.id': a.orgId }] }),
    GRID: (a) => ({ 'grid.id': { $in: a.gridIds } }),
    SELF: (a) => ({ $or: [{ 'reporter.id': a.id }, { 'handlerUser.id': a.id }] }),
  },
  conditionFields: ['id', 'kind', 'status', 'org.id', 'org.path', 'grid.id', 'reporter.id', 'handlerOrg.id', 'handlerOrg.path', 'handlerUser.id'],
};

/** Counts of tasks (`taskStats`) reach the same rows as the tasks; an assessor counts without reading a single task. */
export const taskStatsPolicy: SubjectPolicy = { scope: taskPolicy.scope, conditionFields: taskPolicy.conditionFields };

/** The deadline policy is one table for the deployment. */
export const deadlinePolicyPolicy: SubjectPolicy = { scope: UNSCOPED, conditionFields: ['id', 'level'] };

const read: RawRule = { action: 'read', subject: ['Task', 'TaskStats'] };
const report: RawRule = { action: ['read', 'create'], subject: 'Task' };
const count: RawRule = { action: 'read', subject: 'TaskStats' };

/**
 * What each built-in role may do with tasks, within its data scope: grid staff report, the
 * information centre registers, dispatches, verifies and closes, handler orgs (community, township,
 * 司法所) accept and resolve what is with them, leaders read.
 */
export const taskGrants: Record<string, RawRule[]> = {
  system_admin: [{ action: 'manage', subject: ['Task', 'TaskStats', 'DeadlinePolicy'] }],
  county_leader: [read],
  // The township hands out the grid roles, so it holds what they grant (role.rules widerThan).
  township_admin: [report, count, { action: ['verify', 'handle'], subject: 'Task' }],
  dispatcher: [read, { action: ['create', 'dispatch', 'verify'], subject: 'Task' }],
  community_secretary: [report, count, { action: 'handle', subject: 'Task' }],
  grid_leader: [report, count, { action: 'verify', subject: 'Task' }],
  grid_worker: [report, count],
  judicial_officer: [read, { action: 'handle', subject: 'Task' }],
  community_police: [read],
  // Assessors score with the figures, not the events themselves.
  assessor: [count],
};

type OrgAt = { id: string; path: string };

/** A task as CASL conditions see it: its org and handler org with the paths the Task scope conditions test. */
function asCaslTask(task: Task, org: OrgAt, handlerOrg: OrgAt | null) {
  return asSubject('Task', {
    id: task.id,
    kind: task.kind,
    status: task.status,
    org: { id: org.id, path: org.path },
    grid: task.grid ? { id: task.grid.id } : null,
    reporter: task.reporter ? { id: task.reporter.id } : null,
    handlerUser: task.handlerUser ? { id: task.handlerUser.id } : null,
    handlerOrg: handlerOrg && { id: handlerOrg.id, path: handlerOrg.path },
  });
}

/**
 * Whether the caller holds `capability` on `task`: a CASL rule within their data scope, and for
 * `handle` also membership of the task's current handler org (role rules cannot name "my org").
 * Needs `org` and `handlerOrg` loaded, or `subject` built with their paths.
 */
export function holds(ctx: Context, task: Task, capability: Capability, subject = asCaslTask(task, task.org, task.handlerOrg ?? null)): boolean {
  if (!ctx.actor) return false;
  if (capability === 'handle' && task.handlerOrg?.id !== ctx.actor.orgId) return false;
  return ctx.ability.can(capability, subject);
}

/** What the caller may do next with a task as listed (its orgs as ids): their paths come from the request's `orgPath` loader. */
export async function actionsFor(ctx: Context, task: Task): Promise<TaskAction[]> {
  const [orgPath, handlerPath] = await Promise.all([
    ctx.loaders.orgPath.load(task.org.id),
    task.handlerOrg ? ctx.loaders.orgPath.load(task.handlerOrg.id) : null,
  ]);
  const subject = asCaslTask(task, { id: task.org.id, path: orgPath! }, task.handlerOrg ? { id: task.handlerOrg.id, path: handlerPath! } : null);
  return allowedActions(task, (c) => holds(ctx, task, c, subject));
}

/** Whether the caller could still dispatch the task once it is with `handlerOrg`: keeps dispatches inside their scope. */
export function canDispatchTo(ctx: Context, task: Task, handlerOrg: OrgAt): boolean {
  return ctx.ability.can('dispatch', asCaslTask(task, task.org, handlerOrg));
}

/** SQL conditions for "my work": tasks on which the caller holds a capability that can move them now. */
export function mineCondition(ctx: Context): Record<string, unknown> {
  const parts: Record<string, unknown>[] = [];
  for (const capability of ['dispatch', 'verify', 'handle'] as const) {
    const scope = ctx.where(capability, 'Task');
    if (!scope) continue;
    const statuses = workStatuses(capability).map((s) => (s.returnedTo ? { status: s.status, returnedTo: s.returnedTo } : { status: s.status }));
    parts.push({ $and: [scope, { $or: statuses }, ...(capability === 'handle' ? [{ handlerOrg: ctx.actor!.orgId }] : [])] });
  }
  return parts.length ? { $or: parts } : { id: null };
}

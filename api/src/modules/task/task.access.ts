import { subject as asSubject } from '@casl/ability';
import type { Context } from '../../core/context';
import type { Task } from './task.entity';
import { allowedActions, workStatuses, type Capability, type TaskAction } from './task.workflow';

/** A task as CASL conditions see it: the relation paths the Task scope conditions test. */
function asCaslTask(task: Task, patch: Partial<Record<'handlerOrg', { id: string; path: string } | null>> = {}) {
  return asSubject('Task', {
    id: task.id,
    kind: task.kind,
    status: task.status,
    org: { id: task.org.id, path: task.org.path },
    grid: task.grid ? { id: task.grid.id } : null,
    reporter: task.reporter ? { id: task.reporter.id } : null,
    handlerUser: task.handlerUser ? { id: task.handlerUser.id } : null,
    handlerOrg: task.handlerOrg ? { id: task.handlerOrg.id, path: task.handlerOrg.path } : null,
    ...patch,
  });
}

/**
 * Whether the caller holds `capability` on `task`: a CASL rule within their data scope, and for
 * `handle` also membership of the task's current handler org (role rules cannot name "my org").
 * Needs `org` and `handlerOrg` loaded.
 */
export function holds(ctx: Context, task: Task, capability: Capability): boolean {
  if (!ctx.actor) return false;
  if (capability === 'handle' && task.handlerOrg?.id !== ctx.actor.orgId) return false;
  return ctx.ability.can(capability, asCaslTask(task));
}

export function actionsFor(ctx: Context, task: Task): TaskAction[] {
  return allowedActions(task, (c) => holds(ctx, task, c));
}

/** Whether the caller could still dispatch the task once it is with `handlerOrg`: keeps dispatches inside their scope. */
export function canDispatchTo(ctx: Context, task: Task, handlerOrg: { id: string; path: string }): boolean {
  return ctx.ability.can('dispatch', asCaslTask(task, { handlerOrg }));
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

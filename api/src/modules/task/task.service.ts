import { OptimisticLockError, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { assertCan, findPage, findReadable, findReferenced } from '../../core/access';
import type { Context } from '../../core/context';
import { AppError, badField, forbidden, notFound, staleVersion } from '../../core/errors';
import { t } from '../../core/i18n';
import { like, page, SortDirection } from '../../core/pagination';
import { FieldErrors, isId, text } from '../../core/validate';
import { audit } from '../audit/audit.service';
import { Dictionary } from '../dictionary/dictionary.entity';
import { Grid } from '../grid/grid.entity';
import { Org, OrgLevel } from '../org/org.entity';
import { subtreeCondition } from '../org/org.service';
import { User } from '../user/user.entity';
import { deadlineFor, handlingLevelOf, workingHoursBetween } from './deadline';
import { loadPolicy } from './deadline-policy.service';
import { canDispatchTo, holds, mineCondition } from './task.policy';
import { ReminderKind, Task, TaskHistory, TaskKind, TaskPriority, TaskReminder } from './task.entity';
import type { ReportEventInput, TaskFilter, TaskSortField } from './task.inputs';
import { TaskAction, TaskStatus, transitionFor, type Transition } from './task.workflow';

/** Past its deadline before it was resolved, or still unresolved after it. */
export function isOverdue(task: Pick<Task, 'deadline' | 'resolvedAt' | 'resolvedLate'>, now = new Date()): boolean {
  return task.resolvedAt ? !!task.resolvedLate : !!task.deadline && now > task.deadline;
}

/** Working hours left until the deadline (negative once past it); null when there is no deadline or the work is resolved. */
export function remainingWorkingHours(task: Pick<Task, 'deadline' | 'resolvedAt'>, now = new Date()): number | null {
  if (!task.deadline || task.resolvedAt) return null;
  return workingHoursBetween(now, task.deadline);
}

async function filterConditions(ctx: Context, filter: TaskFilter): Promise<Record<string, unknown>[]> {
  const conds: Record<string, unknown>[] = [];
  if (filter.orgId) conds.push(await subtreeCondition(ctx.em, filter.orgId, 'org'));
  if (filter.gridId) conds.push({ grid: isId(filter.gridId) ? filter.gridId : null });
  if (filter.handlerOrgId) conds.push({ handlerOrg: isId(filter.handlerOrgId) ? filter.handlerOrgId : null });
  if (filter.status?.length) conds.push({ status: { $in: filter.status } });
  if (filter.kind) conds.push({ kind: filter.kind });
  if (filter.createdFrom) conds.push({ reportedAt: { $gte: filter.createdFrom } });
  if (filter.createdTo) conds.push({ reportedAt: { $lt: filter.createdTo } });
  if (filter.overdue != null) {
    const now = new Date();
    const late = { $or: [{ resolvedAt: null, deadline: { $lt: now } }, { resolvedLate: true }] };
    const onTime = {
      $or: [
        { resolvedAt: null, deadline: null },
        { resolvedAt: null, deadline: { $gte: now } },
        { resolvedAt: { $ne: null }, resolvedLate: false },
      ],
    };
    conds.push(filter.overdue ? late : onTime);
  }
  if (filter.mine) conds.push(mineCondition(ctx));
  const q = filter.q?.trim();
  if (q) conds.push({ $or: [{ title: { $ilike: like(q) } }, { description: { $ilike: like(q) } }, { location: { $ilike: like(q) } }] });
  return conds;
}

/** The caller's tasks, in scope; "my work" defaults to the nearest deadline first, which puts overdue work on top. */
export async function listTasks(
  ctx: Context,
  filter: TaskFilter = {},
  sort?: { field: TaskSortField; direction: SortDirection }[],
  offset?: number,
  limit?: number,
) {
  const p = page(offset, limit);
  const scope = ctx.where('read', 'Task');
  if (!scope) return { items: [], total: 0 };
  const conds = await filterConditions(ctx, filter);
  const fallback = filter.mine
    ? [{ field: 'deadline' as TaskSortField, direction: SortDirection.ASC }]
    : [{ field: 'reportedAt' as TaskSortField, direction: SortDirection.DESC }];
  const orderBy = [
    ...(sort?.length ? sort : fallback).map((s) => ({ [s.field]: s.direction === SortDirection.DESC ? 'desc nulls last' : 'asc nulls last' })),
    { id: 'asc' },
  ];
  return findPage(ctx, Task, 'Task', conds, { ...p, orderBy });
}

export async function getTask(ctx: Context, id: string): Promise<Task | null> {
  const scope = ctx.where('read', 'Task');
  if (!scope || !isId(id)) return null;
  return ctx.em.findOne(Task, { $and: [{ id }, scope] } as FilterQuery<Task>);
}

async function dictionaryEntry(em: EntityManager, errors: FieldErrors, field: string, type: string, code: string | null | undefined) {
  if (!code) return null;
  const entry = await em.findOne(Dictionary, { type, code, enabled: true });
  if (!entry) errors.add(field, 'field.dictionary', { type });
  return entry;
}

function record(em: EntityManager, ctx: Context | null, task: Task, action: TaskAction | null, from: TaskStatus | null, comment: string | null) {
  em.create(TaskHistory, {
    task,
    at: new Date(),
    user: ctx?.actor ? em.getReference(User, ctx.actor.id) : null,
    action,
    from,
    to: task.status,
    comment,
    handlerOrg: task.handlerOrg ?? null,
  } as never);
}

/** A grid worker (or anyone who may create tasks in the grid) reports an event found on patrol. */
export async function reportEvent(ctx: Context, input: ReportEventInput): Promise<Task> {
  return ctx.em.transactional(async (em) => {
    const errors = new FieldErrors();
    const title = text(errors, 'title', input.title, { required: true, max: 200 });
    const description = text(errors, 'description', input.description, { max: 5000 });
    const location = text(errors, 'location', input.location, { max: 200 });
    if (input.lng != null && (input.lng < -180 || input.lng > 180)) errors.add('lng', 'field.format');
    if (input.lat != null && (input.lat < -90 || input.lat > 90)) errors.add('lat', 'field.format');
    const category = await dictionaryEntry(em, errors, 'categoryCode', 'EVENT_CATEGORY', input.categoryCode);
    const component = await dictionaryEntry(em, errors, 'componentCode', 'COMPONENT_TYPE', input.componentCode);
    const grid = await findReadable(ctx, Grid, 'Grid', input.gridId);
    if (!grid) errors.add('gridId', 'field.unknown');
    errors.throwIfAny();
    const org = await em.findOneOrFail(Org, grid!.org.id);
    const actor = ctx.actor!;
    assertCan(ctx, 'create', 'Task', {
      org: { id: org.id, path: org.path },
      grid: { id: grid!.id },
      reporter: { id: actor.id },
      handlerOrg: null,
      handlerUser: null,
    });
    const task = em.create(Task, {
      kind: TaskKind.EVENT,
      title: title!,
      description,
      category,
      component,
      location,
      lng: input.lng ?? null,
      lat: input.lat ?? null,
      grid: em.getReference(Grid, grid!.id),
      org,
      reporter: em.getReference(User, actor.id),
      priority: input.priority ?? TaskPriority.NORMAL,
      status: TaskStatus.REPORTED,
      reportedAt: new Date(),
    } as never);
    await em.flush();
    record(em, ctx, task, null, null, null);
    audit(ctx, em, { operation: 'reportEvent', targetType: 'Task', targetId: task.id, after: { title: task.title, gridId: grid!.id, status: task.status } });
    return task;
  });
}

export interface TransitionInput {
  comment?: string | null;
  handlerOrgId?: string;
  result?: string | null;
  /** The input field the comment came from, for error messages. */
  commentField?: string;
}

const OPERATION: Record<TaskAction, string> = {
  REGISTER: 'registerTask',
  DISPATCH: 'dispatchTask',
  ACCEPT: 'acceptTask',
  RESOLVE: 'resolveTask',
  VERIFY: 'verifyTask',
  CLOSE: 'closeTask',
  RETURN: 'returnTask',
  ESCALATE: 'escalateTask',
  URGE: 'urgeTask',
};

/** The parent of the handler org (or of the task's org when nobody handles it yet), where escalated work goes. */
async function parentOf(em: EntityManager, org: Org): Promise<Org | null> {
  return org.parent ? em.findOne(Org, org.parent.id) : null;
}

/** Sets the handler and a fresh deadline from the policy for the handler's level, capped from registration. */
async function handOver(em: EntityManager, task: Task, handler: Org, now: Date) {
  const policy = await loadPolicy(em);
  task.handlerOrg = handler;
  task.handlerUser = null;
  task.deadline = deadlineFor(policy[handlingLevelOf(handler.level)], now, task.registeredAt ?? task.reportedAt);
}

/**
 * Applies one workflow action: the task is locked for the transaction, so of two concurrent moves
 * one wins and the other finds a new version (or status) and gets CONFLICT. Illegal moves are
 * CONFLICT, legal moves the caller may not make FORBIDDEN; nothing is written in either case.
 */
export async function transition(ctx: Context, id: string, version: number | null | undefined, action: TaskAction, input: TransitionInput = {}): Promise<Task> {
  try {
    return await ctx.em.transactional(async (em) => {
      const scope = ctx.where('read', 'Task');
      if (!scope || !isId(id)) throw notFound('Task');
      await em.execute('select id from task where id = ? for update', [id]);
      // holds() reads the paths of its org and handler org
      const task = await em.findOne(Task, { $and: [{ id }, scope] } as FilterQuery<Task>, { populate: ['org', 'handlerOrg'] as never });
      if (!task) throw notFound('Task');
      if (version != null && task.version !== version) throw staleVersion();
      const move = transitionFor(task, action);
      if (!move) throw new AppError('CONFLICT', 'task.illegalTransition', { action: t(`task.action.${action}`), status: t(`task.status.${task.status}`) });
      if (!move.by.some((c) => holds(ctx, task, c))) throw forbidden();
      const before = { status: task.status, handlerOrgId: task.handlerOrg?.id ?? null, deadline: task.deadline ?? null };
      const comment = await apply(ctx, em, task, move, input);
      await em.flush();
      record(em, ctx, task, action, before.status, comment);
      audit(ctx, em, {
        operation: OPERATION[action],
        targetType: 'Task',
        targetId: task.id,
        before,
        after: { status: task.status, handlerOrgId: task.handlerOrg?.id ?? null, deadline: task.deadline ?? null, ...(comment ? { comment } : {}) },
      });
      return task;
    });
  } catch (e) {
    if (e instanceof OptimisticLockError) throw staleVersion();
    throw e;
  }
}

/** Validates what `move` needs and changes the task; returns the comment for the history. */
async function apply(ctx: Context, em: EntityManager, task: Task, move: Transition, input: TransitionInput): Promise<string | null> {
  const now = new Date();
  const errors = new FieldErrors();
  const field = move.needs === 'result' ? 'result' : move.needs === 'message' ? 'message' : (input.commentField ?? 'reason');
  const comment = text(errors, field, move.needs === 'result' ? input.result : input.comment, {
    required: move.needs === 'reason' || move.needs === 'result' || move.needs === 'message',
    max: 2000,
  });
  errors.throwIfAny();
  const from = task.status;
  task.status = move.to;
  task.returnedTo = move.returnedTo ?? null;
  switch (move.action) {
    case TaskAction.REGISTER:
      task.registeredAt = now;
      break;
    case TaskAction.DISPATCH: {
      const handler = await findReferenced(ctx, em, Org, 'Org', 'handlerOrgId', input.handlerOrgId ?? '');
      if (handler.level === OrgLevel.PROVINCE || !canDispatchTo(ctx, task, handler)) throw badField('handlerOrgId', 'field.handlerScope');
      task.dispatchedAt = now;
      await handOver(em, task, handler, now);
      break;
    }
    case TaskAction.ACCEPT:
      task.acceptedAt = now;
      task.handlerUser = em.getReference(User, ctx.actor!.id);
      break;
    case TaskAction.RESOLVE:
      task.resolvedAt = now;
      task.resolvedLate = !!task.deadline && now > task.deadline;
      task.result = comment;
      break;
    case TaskAction.VERIFY:
      task.verifiedAt = now;
      break;
    case TaskAction.CLOSE:
      task.closedAt = now;
      break;
    case TaskAction.RETURN:
      if (from === TaskStatus.REGISTERED || move.returnedTo === TaskStatus.REPORTED) task.registeredAt = null;
      if (move.returnedTo === TaskStatus.REGISTERED) {
        task.handlerOrg = null;
        task.handlerUser = null;
        task.deadline = null;
        task.dispatchedAt = null;
      }
      if (move.returnedTo === TaskStatus.IN_PROGRESS) {
        task.resolvedAt = null;
        task.resolvedLate = false;
      }
      break;
    case TaskAction.ESCALATE: {
      const current = task.handlerOrg ?? task.org;
      const parent = await parentOf(em, await em.findOneOrFail(Org, current.id));
      if (!parent) throw badField('reason', 'field.noParentOrg');
      task.escalatedAt = now;
      await handOver(em, task, parent, now);
      break;
    }
    case TaskAction.URGE:
      em.create(TaskReminder, {
        task,
        org: task.handlerOrg ?? task.org,
        sender: em.getReference(User, ctx.actor!.id),
        kind: ReminderKind.URGE,
        message: comment!,
      } as never);
      break;
  }
  return comment;
}

/** verifyTask(approved: false) sends the work back to the handler, with the comment as the reason. */
export function verifyTask(ctx: Context, id: string, version: number | null | undefined, approved: boolean, comment?: string | null) {
  return transition(ctx, id, version, approved ? TaskAction.VERIFY : TaskAction.RETURN, { comment, commentField: 'comment' });
}

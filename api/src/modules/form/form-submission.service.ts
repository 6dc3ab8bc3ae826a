import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { assertCan, findForWrite, findPage, findReadable } from '../../core/access';
import type { Context } from '../../core/context';
import { AppError, badField, badInput, forbidden, notFound } from '../../core/errors';
import { t } from '../../core/i18n';
import { page, SortDirection } from '../../core/pagination';
import { subtreeRange } from '../../core/rules';
import { FieldErrors, isId, text } from '../../core/validate';
import { audit } from '../audit/audit.service';
import { Org, OrgLevel } from '../org/org.entity';
import { subtreeCondition } from '../org/org.service';
import { TaskStatus } from '../task/task.workflow';
import { User } from '../user/user.entity';
import { isPeriodOf, type PeriodType } from './expression';
import { FormSubmission, FormTemplate, FormTemplateStatus, ReportingRound, SubmissionHistory } from './form.entity';
import type {
  FieldReasonInput,
  FormSubmissionFilter,
  FormSubmissionSort,
  OpenReportingRoundInput,
  ReportingRoundFilter,
  RuleExplanationInput,
} from './form.inputs';
import { holdsOnSubmission } from './form.policy';
import { pgArray } from './form.sql';
import { dictionaryTypesOf, environment, loadDictionaries, normaliseValues, validate } from './form.values';
import { rulesFor } from './form-template.service';
import { SubmissionAction, submissionTransition, SubmissionStatus, SUBMITTED_STATUSES } from './form.workflow';

const PERIOD_EXAMPLE: Record<string, string> = { MONTH: '2026-11', QUARTER: '2026-Q4', HALF_YEAR: '2026-H2', YEAR: '2026', ONCE: 'ONCE' };

/**
 * Writes a round, one submission per target org and each one's DATA_REPORT task in the org's to-do
 * list, in three statements whatever the number of orgs (also used by the demo seed).
 */
export async function insertRound(
  em: EntityManager,
  r: { template: FormTemplate; period: string; org: Org; targetLevel: OrgLevel; dueAt: Date; openedById: string | null; targetOrgIds: string[]; now?: Date },
): Promise<string> {
  const now = r.now ?? new Date();
  const [round] = await em.execute<{ id: string }[]>(
    `insert into reporting_round (template_id, period, org_id, target_level, due_at, opened_by_id, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?) returning id::text`,
    [r.template.id, r.period, r.org.id, r.targetLevel, r.dueAt, r.openedById, now, now],
  );
  const title = t('form.reportTitle', { template: r.template.name, period: r.period }, 'zh').slice(0, 200);
  await em.execute(
    `with tasks as (
       insert into task (kind, title, org_id, handler_org_id, status, deadline, reported_at, dispatched_at, created_at, updated_at)
       select 'DATA_REPORT', ?, o.id, o.id, ?, ?, ?, ?, ?, ? from org o where o.id = any(?::bigint[])
       returning id, org_id)
     insert into form_submission (round_id, template_id, template_code, org_id, period, task_id, created_at, updated_at)
     select ?, ?, ?, tasks.org_id, ?, tasks.id, ?, ? from tasks`,
    [title, TaskStatus.DISPATCHED, r.dueAt, now, now, now, now, pgArray(r.targetOrgIds), round!.id, r.template.id, r.template.code, r.period, now, now],
  );
  return round!.id;
}

/** Opens a round: every org of `targetLevel` under `orgId` that the caller reaches gets a submission and a to-do task. */
export async function openRound(ctx: Context, input: OpenReportingRoundInput): Promise<ReportingRound> {
  return ctx.em.transactional(async (em) => {
    const errors = new FieldErrors();
    const template = await findReadable(ctx, FormTemplate, 'FormTemplate', input.templateId);
    if (!template) errors.add('templateId', 'field.unknown');
    else if (template.status !== FormTemplateStatus.PUBLISHED) errors.add('templateId', 'form.notPublished');
    if (template && !isPeriodOf(template.periodType as PeriodType, input.period))
      errors.add('period', 'form.period', { example: PERIOD_EXAMPLE[template.periodType]! });
    if (!(input.dueAt instanceof Date) || input.dueAt.getTime() <= Date.now()) errors.add('dueAt', 'form.dueAt');
    const org = await findReadable(ctx, Org, 'Org', input.orgId);
    if (!org) errors.add('orgId', 'field.unknown');
    errors.throwIfAny();
    assertCan(ctx, 'create', 'ReportingRound', { org: { id: org!.id, path: org!.path } });
    const orgScope = ctx.where('read', 'Org');
    const targets = orgScope
      ? await em.find(Org, { $and: [orgScope, { path: subtreeRange(org!.path), level: input.targetLevel }] } as FilterQuery<Org>, { fields: ['id'] })
      : [];
    if (!targets.length) throw badField('targetLevel', 'form.noTargets', { org: org!.name, level: input.targetLevel });
    if (await em.count(ReportingRound, { template: template!.id, period: input.period, org: org!.id }))
      throw new AppError('CONFLICT', 'form.roundExists', { org: org!.name });
    const id = await insertRound(em, {
      template: template!,
      period: input.period,
      org: org!,
      targetLevel: input.targetLevel,
      dueAt: input.dueAt,
      openedById: ctx.actor!.id,
      targetOrgIds: targets.map((o) => o.id),
    });
    audit(ctx, em, {
      operation: 'openReportingRound',
      targetType: 'ReportingRound',
      targetId: id,
      after: { templateId: template!.id, period: input.period, orgId: org!.id, submissions: targets.length },
    });
    return em.findOneOrFail(ReportingRound, id);
  });
}

export async function listRounds(ctx: Context, filter: ReportingRoundFilter = {}, offset?: number, limit?: number) {
  const conds: Record<string, unknown>[] = [];
  if (filter.templateId) conds.push({ template: filter.templateId });
  if (filter.period) conds.push({ period: filter.period });
  if (filter.orgId) conds.push(await subtreeCondition(ctx.em, filter.orgId, 'org'));
  return findPage(ctx, ReportingRound, 'ReportingRound', conds, { ...page(offset, limit), orderBy: [{ period: 'desc' }, { id: 'desc' }] });
}

export const getRound = (ctx: Context, id: string) => findReadable(ctx, ReportingRound, 'ReportingRound', id);

const SORT_COLUMNS: Record<string, string> = { org: 'org.name', status: 'status', submittedAt: 'submittedAt', updatedAt: 'updatedAt' };

export async function listSubmissions(ctx: Context, filter: FormSubmissionFilter = {}, sort?: FormSubmissionSort[], offset?: number, limit?: number) {
  const conds: Record<string, unknown>[] = [];
  if (filter.roundId) conds.push({ round: filter.roundId });
  if (filter.orgId) conds.push(await subtreeCondition(ctx.em, filter.orgId, 'org'));
  if (filter.status?.length) conds.push({ status: { $in: filter.status } });
  if (filter.late != null) conds.push({ id: { $in: await lateIds(ctx, filter.late, filter.roundId) } });
  const orderBy = [...(sort ?? []).map((s) => nested(SORT_COLUMNS[s.field]!, s.direction === SortDirection.DESC ? 'desc' : 'asc')), { id: 'asc' as const }];
  return findPage(ctx, FormSubmission, 'FormSubmission', conds, {
    ...page(offset, limit),
    orderBy: orderBy as Record<string, 'asc' | 'desc'>[],
    populate: ['org'],
  });
}

function nested(path: string, dir: 'asc' | 'desc'): Record<string, unknown> {
  const [head, ...rest] = path.split('.');
  return { [head!]: rest.length ? nested(rest.join('.'), dir) : dir };
}

/** Late: first handed in after the round's due time, or still out once it has passed (the round's submissions when given). */
async function lateIds(ctx: Context, late: boolean, roundId?: string): Promise<string[]> {
  const cond = `coalesce(s.first_submitted_at, now()) > r.due_at`;
  const rows = await ctx.em.execute<{ id: string }[]>(
    `select s.id::text from form_submission s join reporting_round r on r.id = s.round_id where ${late ? cond : `not (${cond})`}${roundId ? ' and s.round_id = ?' : ''}`,
    roundId ? [isId(roundId) ? roundId : '0'] : [],
  );
  return rows.map((r) => r.id);
}

export const getSubmission = (ctx: Context, id: string) => findReadable(ctx, FormSubmission, 'FormSubmission', id);

function history(em: EntityManager, ctx: Context, submission: FormSubmission, action: SubmissionAction, from: SubmissionStatus, comment: string | null) {
  em.create(SubmissionHistory, {
    submission,
    at: new Date(),
    user: ctx.actor ? em.getReference(User, ctx.actor.id) : null,
    username: ctx.actor?.username ?? null,
    action,
    from,
    to: submission.status,
    comment,
  });
}

/** Loads a submission for `action`: NOT_FOUND outside scope, CONFLICT when stale or illegal in its status, FORBIDDEN without the capability. */
async function forAction(ctx: Context, em: EntityManager, id: string, version: number | null | undefined, action: SubmissionAction) {
  const submission = await findForWrite(ctx, em, FormSubmission, 'FormSubmission', 'read', id, { version, populate: ['org', 'template', 'round'] });
  const move = submissionTransition(submission.status, action);
  if (!holdsOnSubmission(ctx, submission, move?.by ?? (action === SubmissionAction.SAVE || action === SubmissionAction.SUBMIT ? 'fill' : 'review'))) {
    throw action === SubmissionAction.SAVE || action === SubmissionAction.SUBMIT ? new AppError('FORBIDDEN', 'form.notFiler') : forbidden();
  }
  if (!move)
    throw new AppError('CONFLICT', 'form.transition', {
      status: t(`form.submissionStatus.${submission.status}`),
      action: t(`form.action.${action}`),
    });
  // The flush updates where the version is unchanged: of two concurrent moves one wins, the other gets CONFLICT.
  return { submission, move };
}

async function check(
  ctx: Context,
  em: EntityManager,
  submission: FormSubmission,
  values: Record<string, unknown>,
  complete: boolean,
  explanations?: Record<string, string>,
) {
  const rules = await rulesFor(em, submission.template.id, submission.org);
  const env = await environment(em, { orgId: submission.org.id, templateCode: submission.templateCode, period: submission.period }, values, rules);
  return validate(submission.template.fields, rules, env, { complete, explanations, t: (key) => t(key) });
}

/** Saves the filer's values (DRAFT or RETURNED only: an approved form is locked, CONFLICT) and answers with the checks. */
export async function saveSubmission(ctx: Context, id: string, version: number, values: unknown) {
  return ctx.em.transactional(async (em) => {
    const { submission } = await forAction(ctx, em, id, version, SubmissionAction.SAVE);
    const errors = new FieldErrors();
    const dictionaries = await loadDictionaries(em, dictionaryTypesOf(submission.template.fields));
    const clean = normaliseValues(errors, submission.template.fields, values, dictionaries);
    errors.throwIfAny();
    submission.values = clean;
    await em.flush();
    history(em, ctx, submission, SubmissionAction.SAVE, submission.status, null);
    audit(ctx, em, { operation: 'saveSubmission', targetType: 'FormSubmission', targetId: submission.id, after: { fields: Object.keys(clean).length } });
    return { submission, validation: await check(ctx, em, submission, clean, false, submission.explanations ?? {}) };
  });
}

/** Hands the form in: refused (BAD_USER_INPUT naming the fields) while an ERROR holds or a WARNING lacks an explanation. */
export async function submitSubmission(ctx: Context, id: string, version: number, explanations: RuleExplanationInput[] = []) {
  return ctx.em.transactional(async (em) => {
    const { submission, move } = await forAction(ctx, em, id, version, SubmissionAction.SUBMIT);
    const given: Record<string, string> = {};
    const errors = new FieldErrors();
    explanations.forEach((e, i) => {
      const v = text(errors, `explanations.${i}.text`, e.text, { max: 1000 });
      if (v) given[e.rule] = v;
    });
    const result = await check(ctx, em, submission, submission.values, true, given);
    for (const issue of result.errors) for (const field of issue.fields) errors.add(`values.${field}`, 'form.ruleFailed', { message: issue.message });
    for (const issue of result.warnings) {
      if (!issue.explanation) for (const field of issue.fields) errors.add(`values.${field}`, 'form.explanationRequired', { message: issue.message });
    }
    if (!errors.empty) throw badInput([...errors.list]);
    const from = submission.status;
    const now = new Date();
    submission.status = move.to;
    submission.submittedAt = now;
    submission.firstSubmittedAt ??= now;
    submission.explanations = Object.keys(given).length ? given : null;
    await em.flush();
    history(em, ctx, submission, SubmissionAction.SUBMIT, from, null);
    audit(ctx, em, {
      operation: 'submitSubmission',
      targetType: 'FormSubmission',
      targetId: submission.id,
      before: { status: from },
      after: { status: submission.status },
    });
    return submission;
  });
}

export async function returnSubmission(ctx: Context, id: string, version: number, reason: string, fieldReasons: FieldReasonInput[] = []) {
  return ctx.em.transactional(async (em) => {
    const { submission, move } = await forAction(ctx, em, id, version, SubmissionAction.RETURN);
    const errors = new FieldErrors();
    const why = text(errors, 'reason', reason, { required: true, max: 1000 });
    const keys = new Set(submission.template.fields.map((f) => f.key));
    const perField: Record<string, string> = {};
    fieldReasons.forEach((r, i) => {
      if (!keys.has(r.field)) errors.add(`fieldReasons.${i}.field`, 'form.unknownField');
      const v = text(errors, `fieldReasons.${i}.reason`, r.reason, { required: true, max: 500 });
      if (v) perField[r.field] = v;
    });
    errors.throwIfAny();
    const from = submission.status;
    submission.status = move.to;
    submission.returnReason = why;
    submission.fieldReasons = Object.keys(perField).length ? perField : null;
    await em.flush();
    history(em, ctx, submission, SubmissionAction.RETURN, from, why);
    audit(ctx, em, {
      operation: 'returnSubmission',
      targetType: 'FormSubmission',
      targetId: submission.id,
      before: { status: from },
      after: { status: submission.status, reason: why, fields: Object.keys(perField) },
    });
    return submission;
  });
}

/** Approves (the level above): the form is locked and its to-do task closed. */
export async function approveSubmission(ctx: Context, id: string, version: number) {
  return ctx.em.transactional(async (em) => {
    const { submission, move } = await forAction(ctx, em, id, version, SubmissionAction.APPROVE);
    const from = submission.status;
    const now = new Date();
    submission.status = move.to;
    submission.approver = em.getReference(User, ctx.actor!.id);
    submission.approvedAt = now;
    submission.returnReason = null;
    submission.fieldReasons = null;
    await em.flush();
    if (submission.task)
      await em.execute(
        `update task set status = ?, closed_at = ?, resolved_at = coalesce(resolved_at, ?), version = version + 1, updated_at = now() where id = ?`,
        [TaskStatus.CLOSED, now, now, submission.task.id],
      );
    history(em, ctx, submission, SubmissionAction.APPROVE, from, null);
    audit(ctx, em, {
      operation: 'approveSubmission',
      targetType: 'FormSubmission',
      targetId: submission.id,
      before: { status: from },
      after: { status: submission.status },
    });
    return submission;
  });
}

/** Reopens an approved form for the filer (back to RETURNED, with the reason), audited; its task opens again. */
export async function unlockSubmission(ctx: Context, id: string, reason: string) {
  return ctx.em.transactional(async (em) => {
    const { submission, move } = await forAction(ctx, em, id, null, SubmissionAction.UNLOCK);
    const why = text(new FieldErrors(), 'reason', reason, { max: 1000 });
    if (!why || why.length > 1000) throw badField('reason', why ? 'field.tooLong' : 'field.required', { max: 1000 });
    const from = submission.status;
    submission.status = move.to;
    submission.returnReason = why;
    submission.approver = null;
    submission.approvedAt = null;
    await em.flush();
    if (submission.task)
      await em.execute(`update task set status = ?, closed_at = null, version = version + 1, updated_at = now() where id = ?`, [
        TaskStatus.DISPATCHED,
        submission.task.id,
      ]);
    history(em, ctx, submission, SubmissionAction.UNLOCK, from, why);
    audit(ctx, em, {
      operation: 'unlockSubmission',
      targetType: 'FormSubmission',
      targetId: submission.id,
      before: { status: from },
      after: { status: submission.status, reason: why },
    });
    return submission;
  });
}

export async function archiveSubmission(ctx: Context, id: string, version: number) {
  return ctx.em.transactional(async (em) => {
    const { submission, move } = await forAction(ctx, em, id, version, SubmissionAction.ARCHIVE);
    const from = submission.status;
    submission.status = move.to;
    await em.flush();
    history(em, ctx, submission, SubmissionAction.ARCHIVE, from, null);
    audit(ctx, em, {
      operation: 'archiveSubmission',
      targetType: 'FormSubmission',
      targetId: submission.id,
      before: { status: from },
      after: { status: submission.status },
    });
    return submission;
  });
}

/** 催报: a reminder on the task of every form of the round not yet handed in that the caller may review; returns how many. */
export async function urgeSubmissions(ctx: Context, roundId: string, message: string): Promise<number> {
  const errors = new FieldErrors();
  const text_ = text(errors, 'message', message, { required: true, max: 500 });
  errors.throwIfAny();
  return ctx.em.transactional(async (em) => {
    const round = await findReadable(ctx, ReportingRound, 'ReportingRound', roundId);
    if (!round) throw notFound('ReportingRound');
    const scope = ctx.where('verify', 'FormSubmission');
    if (!scope) throw forbidden();
    const open = await em.find(
      FormSubmission,
      { $and: [scope, { round: round.id, status: { $nin: SUBMITTED_STATUSES }, org: { $ne: ctx.actor!.scopeRootId } }] } as FilterQuery<FormSubmission>,
      { fields: ['id', 'task', 'org'] },
    );
    const withTask = open.filter((s) => s.task);
    const template = await em.findOneOrFail(FormTemplate, round.template.id);
    const body = t('form.urge', { template: template.name, period: round.period, message: text_! }, 'zh');
    if (withTask.length) {
      await em.execute(`insert into task_reminder (task_id, org_id, sender_id, kind, message) select unnest(?::bigint[]), unnest(?::bigint[]), ?, 'URGE', ?`, [
        pgArray(withTask.map((s) => s.task!.id)),
        pgArray(withTask.map((s) => s.org.id)),
        ctx.actor!.id,
        body,
      ]);
    }
    audit(ctx, em, { operation: 'urgeSubmissions', targetType: 'ReportingRound', targetId: round.id, after: { reminders: withTask.length, message: text_ } });
    return withTask.length;
  });
}

import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { assertCan, findForWrite, findPage, findReadable } from '../../core/access';
import type { Context } from '../../core/context';
import { AppError, badField } from '../../core/errors';
import { t } from '../../core/i18n';
import { like, orderBy, page } from '../../core/pagination';
import { FieldErrors, text } from '../../core/validate';
import { audit } from '../audit/audit.service';
import { Org } from '../org/org.entity';
import { checkExpression } from './expression';
import { checkDefinition, fieldIndex, FormField, FormSection } from './form.definition';
import { FormPeriodType, FormRule, FormTemplate, FormTemplateStatus, RuleSeverity } from './form.entity';
import type { AddFormRuleInput, FormTemplateFilter, FormTemplateInput, FormTemplateSort } from './form.inputs';
import { ancestorIds } from './form.policy';

const CODE = /^[A-Z][A-Z0-9_]{1,49}$/;

export async function listTemplates(ctx: Context, filter: FormTemplateFilter = {}, sort?: FormTemplateSort[], offset?: number, limit?: number) {
  const conds: Record<string, unknown>[] = [];
  const q = filter.q?.trim();
  if (q) conds.push({ $or: [{ code: { $ilike: like(q) } }, { name: { $ilike: like(q) } }] });
  if (filter.code) conds.push({ code: filter.code });
  if (filter.status?.length) conds.push({ status: { $in: filter.status } });
  return findPage(ctx, FormTemplate, 'FormTemplate', conds, {
    ...page(offset, limit),
    orderBy: orderBy(sort, { code: 'code', name: 'name', updatedAt: 'updatedAt' }),
  });
}

export const getTemplate = (ctx: Context, id: string) => findReadable(ctx, FormTemplate, 'FormTemplate', id);

/** Plain copies of the GraphQL input objects, for jsonb: only the keys the definition knows, no nulls. */
function plain<T extends object>(items: readonly T[]): T[] {
  return JSON.parse(JSON.stringify(items, (_, v: unknown) => (v === null ? undefined : v))) as T[];
}

function checkTemplateInput(input: FormTemplateInput) {
  const errors = new FieldErrors();
  if (!CODE.test(input.code ?? '')) errors.add('code', 'field.format');
  const name = text(errors, 'name', input.name, { required: true, max: 200 });
  checkDefinition(errors, { sections: input.sections ?? [], fields: input.fields ?? [] });
  errors.throwIfAny();
  return {
    code: input.code,
    name: name!,
    periodType: input.periodType,
    sections: plain<FormSection>(input.sections ?? []),
    fields: plain<FormField>(input.fields),
  };
}

const snapshot = (t: FormTemplate) => ({ code: t.code, name: t.name, revision: t.revision, status: t.status, fields: t.fields.length });

/** A new template (revision 1, DRAFT); the code names it across revisions and must be new. */
export async function createTemplate(ctx: Context, input: FormTemplateInput): Promise<FormTemplate> {
  const data = checkTemplateInput(input);
  assertCan(ctx, 'create', 'FormTemplate', {});
  return ctx.em.transactional(async (em) => {
    if (await em.count(FormTemplate, { code: data.code }))
      throw new AppError('CONFLICT', 'conflict.duplicate', { field: 'code' }, { fields: [{ field: 'code' }] });
    const template = em.create(FormTemplate, { ...data, revision: 1, status: FormTemplateStatus.DRAFT });
    await em.flush();
    audit(ctx, em, { operation: 'createFormTemplate', targetType: 'FormTemplate', targetId: template.id, after: snapshot(template) });
    return template;
  });
}

async function newRevision(ctx: Context, em: EntityManager, from: FormTemplate, data: ReturnType<typeof checkTemplateInput>): Promise<FormTemplate> {
  if (await em.count(FormTemplate, { code: from.code, status: FormTemplateStatus.DRAFT })) throw new AppError('CONFLICT', 'form.draftExists');
  const [{ max }] = await em.execute<{ max: number }[]>('select max(revision)::int as max from form_template where code = ?', [from.code]);
  const draft = em.create(FormTemplate, { ...data, code: from.code, revision: max + 1, status: FormTemplateStatus.DRAFT });
  await em.flush();
  // Rules carry over to the new revision where they still fit its fields.
  const index = fieldIndex(draft.fields);
  const rules = await em.find(FormRule, { template: from.id });
  for (const rule of rules) {
    if (checkExpression(rule.expression, index)) continue;
    em.create(FormRule, { template: draft, org: rule.org, code: rule.code, expression: rule.expression, severity: rule.severity, message: rule.message });
  }
  return draft;
}

/**
 * Changes a DRAFT in place; a published (or retired) template never changes: editing it makes the
 * next revision as a new DRAFT (CONFLICT while one exists), which is what this returns.
 */
export async function updateTemplate(ctx: Context, id: string, input: FormTemplateInput, version?: number | null): Promise<FormTemplate> {
  const data = checkTemplateInput(input);
  return ctx.em.transactional(async (em) => {
    const template = await findForWrite(ctx, em, FormTemplate, 'FormTemplate', 'update', id, { version });
    if (data.code !== template.code) throw badField('code', 'form.codeFixed');
    if (template.status !== FormTemplateStatus.DRAFT) {
      const draft = await newRevision(ctx, em, template, data);
      audit(ctx, em, { operation: 'reviseFormTemplate', targetType: 'FormTemplate', targetId: draft.id, before: snapshot(template), after: snapshot(draft) });
      return draft;
    }
    const before = snapshot(template);
    em.assign(template, data);
    await em.flush();
    audit(ctx, em, { operation: 'updateFormTemplate', targetType: 'FormTemplate', targetId: template.id, before, after: snapshot(template) });
    return template;
  });
}

/** DRAFT → PUBLISHED; the code's earlier published revision is retired, so one revision of a code is open for new rounds. */
export async function publishTemplate(ctx: Context, id: string, version?: number | null): Promise<FormTemplate> {
  return ctx.em.transactional(async (em) => {
    const template = await findForWrite(ctx, em, FormTemplate, 'FormTemplate', 'update', id, { version });
    if (template.status !== FormTemplateStatus.DRAFT) throw new AppError('CONFLICT', 'form.published');
    await em.nativeUpdate(FormTemplate, { code: template.code, status: FormTemplateStatus.PUBLISHED }, { status: FormTemplateStatus.RETIRED });
    template.status = FormTemplateStatus.PUBLISHED;
    template.publishedAt = new Date();
    await em.flush();
    audit(ctx, em, { operation: 'publishFormTemplate', targetType: 'FormTemplate', targetId: template.id, after: snapshot(template) });
    return template;
  });
}

export async function retireTemplate(ctx: Context, id: string, version?: number | null): Promise<FormTemplate> {
  return ctx.em.transactional(async (em) => {
    const template = await findForWrite(ctx, em, FormTemplate, 'FormTemplate', 'update', id, { version });
    if (template.status !== FormTemplateStatus.PUBLISHED)
      throw new AppError('CONFLICT', 'form.transition', { status: t(`form.templateStatus.${template.status}`), action: t('form.action.RETIRE') });
    template.status = FormTemplateStatus.RETIRED;
    await em.flush();
    audit(ctx, em, { operation: 'retireFormTemplate', targetType: 'FormTemplate', targetId: template.id, after: snapshot(template) });
    return template;
  });
}

/** Only a DRAFT that no round uses can be deleted. */
export async function deleteTemplate(ctx: Context, id: string): Promise<string> {
  return ctx.em.transactional(async (em) => {
    const template = await findForWrite(ctx, em, FormTemplate, 'FormTemplate', 'delete', id);
    if (template.status !== FormTemplateStatus.DRAFT) throw new AppError('CONFLICT', 'form.published');
    audit(ctx, em, { operation: 'deleteFormTemplate', targetType: 'FormTemplate', targetId: template.id, before: snapshot(template) });
    await em.nativeDelete(FormRule, { template: template.id });
    em.remove(template);
    await em.flush();
    return id;
  });
}

/** The rules of a template the caller sees: those added in its subtree and every one added above it. */
export async function rulesOf(ctx: Context, templateId: string): Promise<FormRule[]> {
  const scope = ctx.where('read', 'FormRule');
  if (!scope) return [];
  return ctx.em.find(FormRule, { $and: [{ template: templateId }, scope] } as FilterQuery<FormRule>, { populate: ['org'], orderBy: { id: 'asc' } });
}

/** The rules that apply to a submission of `org`: those added at the org itself or any org above it. */
export async function rulesFor(em: EntityManager, templateId: string, org: Org): Promise<FormRule[]> {
  return em.find(FormRule, { template: templateId, org: { $in: [...ancestorIds(org.path), org.id] } }, { populate: ['org'], orderBy: { id: 'asc' } });
}

function checkRule(errors: FieldErrors, template: FormTemplate, rule: { code: string; expression: string; message: string }) {
  if (!CODE.test(rule.code ?? '')) errors.add('code', 'field.format');
  text(errors, 'message', rule.message, { required: true, max: 500 });
  const problem = checkExpression(rule.expression ?? '', fieldIndex(template.fields));
  if (problem) errors.add('expression', problem.code, { position: problem.position + 1, ...problem.detail });
}

/** A rule added at the caller's own level (its scope root) for every org under it; any template status but RETIRED. */
export async function addRule(ctx: Context, input: AddFormRuleInput): Promise<FormRule> {
  return ctx.em.transactional(async (em) => {
    const template = await findReadable(ctx, FormTemplate, 'FormTemplate', input.templateId);
    if (!template) throw badField('templateId', 'field.unknown');
    const errors = new FieldErrors();
    checkRule(errors, template, input);
    errors.throwIfAny();
    const org = await em.findOneOrFail(Org, ctx.actor!.scopeRootId);
    assertCan(ctx, 'create', 'FormRule', { org: { id: org.id, path: org.path } });
    if (await em.count(FormRule, { template: template.id, code: input.code }))
      throw new AppError('CONFLICT', 'conflict.duplicate', { field: 'code' }, { fields: [{ field: 'code' }] });
    const rule = em.create(FormRule, {
      template,
      org,
      code: input.code,
      expression: input.expression.trim(),
      severity: input.severity,
      message: input.message.trim(),
    });
    await em.flush();
    audit(ctx, em, {
      operation: 'addFormRule',
      targetType: 'FormRule',
      targetId: rule.id,
      after: { templateId: template.id, code: rule.code, orgId: org.id, expression: rule.expression },
    });
    return rule;
  });
}

/** Removes a rule added at the caller's level or below: a higher level's rule is FORBIDDEN however visible. */
export async function removeRule(ctx: Context, id: string): Promise<string> {
  return ctx.em.transactional(async (em) => {
    const rule = await findForWrite(ctx, em, FormRule, 'FormRule', 'delete', id, { populate: ['org'] });
    const root = ctx.actor!.scopeRootPath;
    const all = ctx.ability.rulesFor('delete', 'FormRule').some((r) => !r.inverted && !r.conditions) && ctx.actor!.roles.some((r) => r.scope === 'ALL');
    if (!all && !rule.org.path.startsWith(root)) throw new AppError('FORBIDDEN', 'form.ruleOwner');
    audit(ctx, em, {
      operation: 'removeFormRule',
      targetType: 'FormRule',
      targetId: rule.id,
      before: { code: rule.code, orgId: rule.org.id, expression: rule.expression },
    });
    em.remove(rule);
    await em.flush();
    return id;
  });
}

/** A template with its rules as JSON, to back up or move to another deployment. */
export async function exportTemplate(ctx: Context, id: string) {
  const template = await getTemplate(ctx, id);
  if (!template) throw new AppError('NOT_FOUND', 'notFound', { type: 'FormTemplate' });
  const rules = await rulesOf(ctx, template.id);
  return {
    format: 'gridgov.formTemplate/1',
    code: template.code,
    name: template.name,
    periodType: template.periodType,
    revision: template.revision,
    sections: template.sections,
    fields: template.fields,
    rules: rules.map((r) => ({ code: r.code, expression: r.expression, severity: r.severity, message: r.message })),
  };
}

/** Imports exported JSON as a new DRAFT (the next revision when the code exists), its rules added at the caller's level. */
export async function importTemplate(ctx: Context, json: unknown): Promise<FormTemplate> {
  const j = json as Record<string, unknown> | null;
  if (!j || typeof j !== 'object' || Array.isArray(j) || !Array.isArray(j.fields) || !Object.values(FormPeriodType).includes(j.periodType as FormPeriodType)) {
    throw badField('json', 'form.json');
  }
  const input: FormTemplateInput = {
    code: String(j.code ?? ''),
    name: String(j.name ?? ''),
    periodType: j.periodType as FormPeriodType,
    sections: (Array.isArray(j.sections) ? j.sections : []) as FormSection[],
    fields: j.fields as FormField[],
  };
  const data = checkTemplateInput(input);
  const rules = (Array.isArray(j.rules) ? j.rules : []) as { code: string; expression: string; severity: RuleSeverity; message: string }[];
  assertCan(ctx, 'create', 'FormTemplate', {});
  return ctx.em.transactional(async (em) => {
    const [{ max }] = await em.execute<{ max: number | null }[]>('select max(revision)::int as max from form_template where code = ?', [data.code]);
    if (max != null && (await em.count(FormTemplate, { code: data.code, status: FormTemplateStatus.DRAFT })))
      throw new AppError('CONFLICT', 'form.draftExists');
    const template = em.create(FormTemplate, { ...data, revision: (max ?? 0) + 1, status: FormTemplateStatus.DRAFT });
    const org = await em.findOneOrFail(Org, ctx.actor!.scopeRootId);
    const errors = new FieldErrors();
    rules.forEach((r, i) => {
      const ruleErrors = new FieldErrors();
      checkRule(ruleErrors, template, r);
      if (!Object.values(RuleSeverity).includes(r.severity)) ruleErrors.add('severity', 'field.format');
      for (const e of ruleErrors.list) errors.add(`rules.${i}.${e.field}`, 'form.ruleFailed', { message: e.message });
      if (ruleErrors.empty) em.create(FormRule, { template, org, code: r.code, expression: r.expression, severity: r.severity, message: r.message });
    });
    errors.throwIfAny();
    await em.flush();
    audit(ctx, em, {
      operation: 'importFormTemplate',
      targetType: 'FormTemplate',
      targetId: template.id,
      after: { ...snapshot(template), rules: rules.length },
    });
    return template;
  });
}

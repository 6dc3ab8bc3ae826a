import { subject as asSubject } from '@casl/ability';
import type { Context } from '../../core/context';
import { UNSCOPED, type SubjectPolicy } from '../../core/module';
import type { Actor, RawRule } from '../../core/rules';
import type { FormSubmission } from './form.entity';
import { allowedSubmissionActions, type SubmissionAction, type SubmissionCapability } from './form.workflow';

declare module '../../core/module' {
  interface Subjects {
    FormTemplate: true;
    FormRule: true;
    ReportingRound: true;
    FormSubmission: true;
    FormStats: true;
  }
}

/** Ids of the orgs above `path` (`/1/2/3/` → 1, 2): rules and rounds set up there reach the caller. */
export const ancestorIds = (path: string): string[] => path.split('/').filter(Boolean).slice(0, -1);

/** Templates are configuration for the whole deployment, like dictionaries: published ones are read everywhere. */
export const formTemplatePolicy: SubjectPolicy = { scope: UNSCOPED, conditionFields: ['id', 'code', 'status'] };

/**
 * Rules and rounds belong to an org and reach its subtree: a caller sees those of its own subtree and
 * those set up above it (the filer sees every rule of its ancestors). Changing one needs its org
 * inside the caller's subtree, which the service checks on top (a lower level never removes a higher one's).
 */
const orgOrAbove = (field: string): SubjectPolicy => ({
  scope: {
    ORG_SUBTREE: (a, subtree) => ({ $or: [{ [`${field}.path`]: subtree }, { [`${field}.id`]: { $in: ancestorIds(a.scopeRootPath) } }] }),
    ORG: (a) => ({ [`${field}.id`]: { $in: [a.scopeRootId, ...ancestorIds(a.scopeRootPath)] } }),
    GRID: (a) => ({ [`${field}.id`]: { $in: a.gridOrgIds } }),
    SELF: (a) => ({ [`${field}.id`]: a.orgId }),
  },
  conditionFields: ['id', `${field}.id`, `${field}.path`],
});
export const formRulePolicy = orgOrAbove('org');
export const reportingRoundPolicy = orgOrAbove('org');

/** A submission is reached by its own org and the orgs above it. */
export const formSubmissionPolicy: SubjectPolicy = {
  scope: {
    ORG_SUBTREE: (_, subtree) => ({ 'org.path': subtree }),
    ORG: (a) => ({ 'org.id': a.scopeRootId }),
    GRID: (a) => ({ 'org.id': { $in: a.gridOrgIds } }),
    SELF: (a) => ({ 'org.id': a.orgId }),
  },
  conditionFields: ['id', 'status', 'org.id', 'org.path'],
};

/** Reporting rates and aggregates reach the same submissions; assessors count without reading one. */
export const formStatsPolicy: SubjectPolicy = { scope: formSubmissionPolicy.scope, conditionFields: formSubmissionPolicy.conditionFields };

const readAll: RawRule = { action: 'read', subject: ['FormTemplate', 'FormRule', 'ReportingRound', 'FormSubmission', 'FormStats'] };
const addRules: RawRule = { action: ['create', 'delete'], subject: 'FormRule' };

/**
 * The admin manages templates; every level reads below it and adds rules for its subtree; the
 * township opens rounds and reviews (approves, returns, unlocks) its communities' forms; a
 * community fills its own (`update`); assessors read rates and aggregates only.
 */
export const formGrants: Record<string, RawRule[]> = {
  system_admin: [{ action: 'manage', subject: ['FormTemplate', 'FormRule', 'ReportingRound', 'FormSubmission', 'FormStats'] }],
  county_leader: [readAll, addRules],
  township_admin: [readAll, addRules, { action: 'create', subject: 'ReportingRound' }, { action: ['update', 'verify'], subject: 'FormSubmission' }],
  community_secretary: [readAll, addRules, { action: 'update', subject: 'FormSubmission' }],
  // Assessors see which rounds exist and their figures, never a form itself.
  assessor: [{ action: 'read', subject: ['FormTemplate', 'ReportingRound', 'FormStats'] }],
};

function asCaslSubmission(submission: FormSubmission) {
  return asSubject('FormSubmission', {
    id: submission.id,
    status: submission.status,
    org: { id: submission.org.id, path: submission.org.path },
  });
}

/**
 * Whether the caller holds `capability` on a submission (needs `org` loaded): `fill` is `update`
 * within scope by the submission's own org; `review` is `verify` within scope from above it.
 */
export function holdsOnSubmission(ctx: Context, submission: FormSubmission, capability: SubmissionCapability): boolean {
  const actor: Actor | null = ctx.actor;
  if (!actor) return false;
  const own = actor.scopeRootId === submission.org.id;
  if (capability === 'fill') return own && ctx.ability.can('update', asCaslSubmission(submission));
  return !own && ctx.ability.can('verify', asCaslSubmission(submission));
}

export function submissionActionsFor(ctx: Context, submission: FormSubmission): SubmissionAction[] {
  return allowedSubmissionActions(submission.status, (c) => holdsOnSubmission(ctx, submission, c));
}

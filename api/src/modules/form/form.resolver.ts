import { GraphQLJSON } from 'graphql-scalars';
import { Arg, Ctx, FieldResolver, Float, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context';
import { forbidden } from '../../core/errors';
import { FileDownload, ImportReport } from '../../core/import-report';
import { LargeInput } from '../../core/input-limits';
import { XLSX_BASE64_MAX } from '../../core/xlsx';
import { Org, OrgLevel } from '../org/org.entity';
import { TaskActor } from '../task/task.resolver';
import { FormRule, FormSubmission, FormTemplate, ReportingRound, SubmissionHistory as SubmissionHistoryEntry } from './form.entity';
import {
  AddFormRuleInput,
  FieldReason,
  FieldReasonInput,
  FormAggregate,
  FormAggregateGroupBy,
  FormSubmissionFilter,
  FormSubmissionList,
  FormSubmissionSort,
  FormTemplateFilter,
  FormTemplateInput,
  FormTemplateList,
  FormTemplateSort,
  OpenReportingRoundInput,
  PeriodChange,
  ReportingRate,
  ReportingRateGroupBy,
  ReportingRoundFilter,
  RuleExplanation,
  RuleExplanationInput,
  SaveSubmissionResult,
} from './form.inputs';
import { submissionActionsFor } from './form.policy';
import { formAggregate, periodComparison, reportingRate } from './form.stats';
import * as submissions from './form-submission.service';
import * as templates from './form-template.service';
import { environment } from './form.values';
import { SubmissionAction } from './form.workflow';
import { exportRound, importSubmissions } from './form.xlsx';
import { listOf } from '../../core/pagination';
import { withRelation } from '../../core/rows';
import { related, relation } from '../../core/relations';

const version = () => Arg('version', () => Int, { description: 'The version the caller saw; CONFLICT when stale' });
const ReportingRoundList = listOf(ReportingRound);

/** FormRule fields answered by loaders (its module's `relations`). */
export const formRuleRelations = {
  org: relation('orgById', 'org'),
};

/** ReportingRound fields answered by loaders (its module's `relations`). */
export const reportingRoundRelations = {
  org: relation('orgById', 'org'),
};

/** FormSubmission fields answered by loaders (its module's `relations`). */
export const formSubmissionRelations = {
  org: relation('orgById', 'org'),
  approver: relation('taskActorById', 'approver'),
  history: relation('submissionHistory', 'id'),
};

@Resolver(() => FormTemplate)
export class FormTemplateResolver {
  @Query(() => FormTemplateList)
  formTemplates(
    @Ctx() ctx: Context,
    @Arg('filter', () => FormTemplateFilter, { nullable: true }) filter?: FormTemplateFilter,
    @Arg('sort', () => [FormTemplateSort], { nullable: true }) sort?: FormTemplateSort[],
    @Arg('offset', () => Int, { defaultValue: 0 }) offset?: number,
    @Arg('limit', () => Int, { defaultValue: 25 }) limit?: number,
  ) {
    return templates.listTemplates(ctx, filter, sort, offset, limit);
  }

  @Query(() => FormTemplate, { nullable: true })
  formTemplate(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return templates.getTemplate(ctx, id);
  }

  @Query(() => GraphQLJSON, { description: 'The template with its rules (those the caller sees) as JSON, for backup or another deployment' })
  exportFormTemplate(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return templates.exportTemplate(ctx, id);
  }

  @Mutation(() => FormTemplate)
  createFormTemplate(@Ctx() ctx: Context, @Arg('input', () => FormTemplateInput) input: FormTemplateInput) {
    return templates.createTemplate(ctx, input);
  }

  @Mutation(() => FormTemplate, { description: 'A DRAFT changes in place; a published one answers with its next revision as a new DRAFT' })
  updateFormTemplate(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => FormTemplateInput) input: FormTemplateInput,
    @Arg('version', () => Int, { nullable: true }) v?: number,
  ) {
    return templates.updateTemplate(ctx, id, input, v);
  }

  @Mutation(() => FormTemplate, { description: 'DRAFT → PUBLISHED (immutable from then on); retires the earlier published revision' })
  publishFormTemplate(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('version', () => Int, { nullable: true }) v?: number) {
    return templates.publishTemplate(ctx, id, v);
  }

  @Mutation(() => FormTemplate)
  retireFormTemplate(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('version', () => Int, { nullable: true }) v?: number) {
    return templates.retireTemplate(ctx, id, v);
  }

  @Mutation(() => ID, { description: 'Only a DRAFT' })
  deleteFormTemplate(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return templates.deleteTemplate(ctx, id);
  }

  @Mutation(() => FormTemplate, { description: 'exportFormTemplate JSON as a new DRAFT (the next revision when the code exists)' })
  importFormTemplate(@Ctx() ctx: Context, @Arg('json', () => GraphQLJSON) json: unknown) {
    return templates.importTemplate(ctx, json);
  }

  @Mutation(() => FormRule, { description: 'Added at the caller’s level; applies to every org under it' })
  addFormRule(@Ctx() ctx: Context, @Arg('input', () => AddFormRuleInput) input: AddFormRuleInput) {
    return templates.addRule(ctx, input);
  }

  @Mutation(() => ID, { description: 'Only rules added at the caller’s level or below' })
  removeFormRule(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return templates.removeRule(ctx, id);
  }

  @FieldResolver(() => [FormRule], { description: 'Rules added in the caller’s subtree and above it' })
  rules(@Root() template: FormTemplate, @Ctx() ctx: Context) {
    return templates.rulesOf(ctx, template.id);
  }
}

@Resolver(() => FormRule)
export class FormRuleResolver {
  @FieldResolver(() => Org, { nullable: true, description: 'The org that added it' })
  org(@Root() rule: FormRule, @Ctx() ctx: Context) {
    return related(ctx, formRuleRelations.org, rule);
  }

  @FieldResolver(() => OrgLevel, { nullable: true, description: 'Level of the org that added it' })
  async level(@Root() rule: FormRule, @Ctx() ctx: Context) {
    return rule.org.level ?? (await ctx.em.findOne(Org, rule.org.id))?.level ?? null;
  }

  @FieldResolver(() => Boolean, { description: 'Whether the caller may remove it (added at its level or below)' })
  async canRemove(@Root() rule: FormRule, @Ctx() ctx: Context) {
    if (!ctx.actor || !ctx.ability.can('delete', 'FormRule')) return false;
    if (ctx.actor.roles.some((r) => r.scope === 'ALL')) return true;
    const path = rule.org.path ?? (await ctx.em.findOne(Org, rule.org.id))?.path ?? '';
    return path.startsWith(ctx.actor.scopeRootPath);
  }
}

@Resolver(() => ReportingRound)
export class ReportingRoundResolver {
  @Query(() => ReportingRoundList)
  reportingRounds(
    @Ctx() ctx: Context,
    @Arg('filter', () => ReportingRoundFilter, { nullable: true }) filter?: ReportingRoundFilter,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset?: number,
    @Arg('limit', () => Int, { defaultValue: 25 }) limit?: number,
  ) {
    return submissions.listRounds(ctx, filter, offset, limit);
  }

  @Query(() => ReportingRound, { nullable: true })
  reportingRound(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return submissions.getRound(ctx, id);
  }

  @Query(() => ReportingRate, { description: '上报率 of a round under orgId (default: the round’s org) by child org, and in total' })
  reportingRate(
    @Ctx() ctx: Context,
    @Arg('roundId', () => ID) roundId: string,
    @Arg('orgId', () => ID, { nullable: true }) orgId?: string,
    @Arg('groupBy', () => ReportingRateGroupBy, { defaultValue: ReportingRateGroupBy.CHILD_ORG }) _groupBy?: ReportingRateGroupBy,
  ) {
    return reportingRate(ctx, roundId, orgId);
  }

  @Query(() => FormAggregate, { description: '汇总: sums and counts of numeric fields and table columns by row key, per group and in total' })
  formAggregate(
    @Ctx() ctx: Context,
    @Arg('roundId', () => ID) roundId: string,
    @Arg('orgId', () => ID, { nullable: true }) orgId?: string,
    @Arg('groupBy', () => FormAggregateGroupBy, { defaultValue: FormAggregateGroupBy.CHILD_ORG }) groupBy?: FormAggregateGroupBy,
    @Arg('includeSubmitted', () => Boolean, { defaultValue: false, description: 'Also count forms handed in but not yet approved' }) includeSubmitted?: boolean,
  ) {
    return formAggregate(ctx, roundId, orgId, groupBy!, includeSubmitted);
  }

  @Query(() => [PeriodChange], { description: 'Against the previous period: 漏报, new values and jumps beyond thresholdPercent' })
  periodComparison(
    @Ctx() ctx: Context,
    @Arg('roundId', () => ID) roundId: string,
    @Arg('orgId', () => ID, { nullable: true }) orgId?: string,
    @Arg('thresholdPercent', () => Float, { defaultValue: 50 }) thresholdPercent?: number,
  ) {
    return periodComparison(ctx, roundId, orgId, thresholdPercent!);
  }

  @Query(() => FileDownload, { description: 'The round as xlsx: one row per form with the org hierarchy, and the aggregate' })
  exportRound(@Ctx() ctx: Context, @Arg('roundId', () => ID) roundId: string, @Arg('orgId', () => ID, { nullable: true }) orgId?: string) {
    return exportRound(ctx, roundId, orgId);
  }

  @Mutation(() => ReportingRound)
  openReportingRound(@Ctx() ctx: Context, @Arg('input', () => OpenReportingRoundInput) input: OpenReportingRoundInput) {
    return submissions.openRound(ctx, input);
  }

  @Mutation(() => Int, { description: '催报: a reminder on the task of every form not yet handed in; answers how many' })
  urgeSubmissions(@Ctx() ctx: Context, @Arg('roundId', () => ID) roundId: string, @Arg('message', () => String) message: string) {
    return submissions.urgeSubmissions(ctx, roundId, message);
  }

  @Mutation(() => ImportReport, { description: 'One row per org (by org code); all or nothing' })
  @LargeInput({ fileBase64: XLSX_BASE64_MAX })
  importSubmissions(
    @Ctx() ctx: Context,
    @Arg('roundId', () => ID) roundId: string,
    @Arg('fileBase64', () => String) fileBase64: string,
    @Arg('dryRun', () => Boolean, { defaultValue: false }) dryRun: boolean,
  ) {
    if (!ctx.ability.can('update', 'FormSubmission')) throw forbidden();
    return importSubmissions(ctx, roundId, fileBase64, dryRun);
  }

  @FieldResolver(() => FormTemplate, { nullable: true })
  template(@Root() round: ReportingRound, @Ctx() ctx: Context) {
    return templates.getTemplate(ctx, round.template.id);
  }

  @FieldResolver(() => Org, { nullable: true })
  org(@Root() round: ReportingRound, @Ctx() ctx: Context) {
    return related(ctx, reportingRoundRelations.org, round);
  }
}

@Resolver(() => FormSubmission)
export class FormSubmissionResolver {
  @Query(() => FormSubmissionList)
  formSubmissions(
    @Ctx() ctx: Context,
    @Arg('filter', () => FormSubmissionFilter, { nullable: true }) filter?: FormSubmissionFilter,
    @Arg('sort', () => [FormSubmissionSort], { nullable: true }) sort?: FormSubmissionSort[],
    @Arg('offset', () => Int, { defaultValue: 0 }) offset?: number,
    @Arg('limit', () => Int, { defaultValue: 25 }) limit?: number,
  ) {
    return submissions.listSubmissions(ctx, filter, sort, offset, limit);
  }

  @Query(() => FormSubmission, { nullable: true })
  formSubmission(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return submissions.getSubmission(ctx, id);
  }

  @Mutation(() => SaveSubmissionResult, { description: 'Saves a DRAFT or RETURNED form; answers with the checks (an approved form is locked: CONFLICT)' })
  saveSubmission(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @version() v: number, @Arg('values', () => GraphQLJSON) values: unknown) {
    return submissions.saveSubmission(ctx, id, v, values);
  }

  @Mutation(() => FormSubmission, { description: 'Refused while an ERROR holds or a WARNING lacks an explanation' })
  submitSubmission(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @version() v: number,
    @Arg('explanations', () => [RuleExplanationInput], { nullable: true }) explanations?: RuleExplanationInput[],
  ) {
    return submissions.submitSubmission(ctx, id, v, explanations);
  }

  @Mutation(() => FormSubmission)
  returnSubmission(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @version() v: number,
    @Arg('reason', () => String) reason: string,
    @Arg('fieldReasons', () => [FieldReasonInput], { nullable: true }) fieldReasons?: FieldReasonInput[],
  ) {
    return submissions.returnSubmission(ctx, id, v, reason, fieldReasons);
  }

  @Mutation(() => FormSubmission, { description: 'By the level above; locks the form and closes its task' })
  approveSubmission(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @version() v: number) {
    return submissions.approveSubmission(ctx, id, v);
  }

  @Mutation(() => FormSubmission, { description: 'Reopens an approved form for the filer (audited)' })
  unlockSubmission(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('reason', () => String) reason: string) {
    return submissions.unlockSubmission(ctx, id, reason);
  }

  @Mutation(() => FormSubmission)
  archiveSubmission(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @version() v: number) {
    return submissions.archiveSubmission(ctx, id, v);
  }

  @FieldResolver(() => GraphQLJSON, { description: 'Values by field key; a TABLE is a list of rows by column key' })
  values(@Root() submission: FormSubmission) {
    return submission.values;
  }

  @FieldResolver(() => ReportingRound, { nullable: true })
  round(@Root() submission: FormSubmission, @Ctx() ctx: Context) {
    return submissions.getRound(ctx, submission.round.id);
  }

  @FieldResolver(() => FormTemplate, { nullable: true })
  template(@Root() submission: FormSubmission, @Ctx() ctx: Context) {
    return templates.getTemplate(ctx, submission.template.id);
  }

  @FieldResolver(() => Org, { nullable: true })
  org(@Root() submission: FormSubmission, @Ctx() ctx: Context) {
    return related(ctx, formSubmissionRelations.org, submission);
  }

  @FieldResolver(() => TaskActor, { nullable: true, description: 'Who approved it, shown to every level' })
  approver(@Root() submission: FormSubmission, @Ctx() ctx: Context) {
    return related(ctx, formSubmissionRelations.approver, submission);
  }

  @FieldResolver(() => [FieldReason], { description: 'Return reasons by field, shown next to each' })
  fieldReasons(@Root() submission: FormSubmission) {
    return Object.entries(submission.fieldReasons ?? {}).map(([field, reason]) => ({ field, reason }));
  }

  @FieldResolver(() => [RuleExplanation])
  explanations(@Root() submission: FormSubmission) {
    return Object.entries(submission.explanations ?? {}).map(([rule, text]) => ({ rule, text }));
  }

  @FieldResolver(() => Boolean, { description: 'First handed in after the due time, or still out past it' })
  async late(@Root() submission: FormSubmission, @Ctx() ctx: Context) {
    const round = await ctx.em.findOne(ReportingRound, submission.round.id);
    return !!round && (submission.firstSubmittedAt ?? new Date()) > round.dueAt;
  }

  @FieldResolver(() => [SubmissionAction], { description: 'What the caller may do next' })
  async allowedActions(@Root() submission: FormSubmission, @Ctx() ctx: Context) {
    await withRelation(ctx.em, submission, 'org');
    return submissionActionsFor(ctx, submission);
  }

  @FieldResolver(() => [FormRule], { description: 'The rules that apply: added at this org or any org above it' })
  async rules(@Root() submission: FormSubmission, @Ctx() ctx: Context) {
    await withRelation(ctx.em, submission, 'org');
    return templates.rulesFor(ctx.em, submission.template.id, submission.org);
  }

  @FieldResolver(() => GraphQLJSON, {
    description: 'What prev(), prevYear() and value() read, for the panel’s evaluator: { period, prev, prevYear, other: { "CODE PERIOD": values } }',
  })
  async referenceValues(@Root() submission: FormSubmission, @Ctx() ctx: Context) {
    await withRelation(ctx.em, submission, 'org');
    const rules = await templates.rulesFor(ctx.em, submission.template.id, submission.org);
    const env = await environment(
      ctx.em,
      { orgId: submission.org.id, templateCode: submission.templateCode, period: submission.period },
      submission.values,
      rules,
    );
    return { period: env.period, prev: env.prev, prevYear: env.prevYear, other: env.others };
  }

  @FieldResolver(() => [SubmissionHistoryEntry])
  history(@Root() submission: FormSubmission, @Ctx() ctx: Context) {
    return related(ctx, formSubmissionRelations.history, submission);
  }
}

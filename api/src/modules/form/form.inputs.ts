import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { listOf, sortInput } from '../../core/pagination';
import { OrgLevel } from '../org/org.entity';
import { FormField, FormSection } from './form.definition';
import { FormPeriodType, FormSubmission, FormTemplate, FormTemplateStatus, RuleSeverity } from './form.entity';
import { SubmissionStatus } from './form.workflow';

@InputType()
export class FormTemplateInput {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => FormPeriodType)
  periodType!: FormPeriodType;

  @Field(() => [FormSection], { defaultValue: [] })
  sections!: FormSection[];

  @Field(() => [FormField])
  fields!: FormField[];
}

@InputType()
export class FormTemplateFilter {
  @Field(() => String, { nullable: true, description: 'Substring of code or name' })
  q?: string;

  @Field(() => String, { nullable: true })
  code?: string;

  @Field(() => [FormTemplateStatus], { nullable: true })
  status?: FormTemplateStatus[];
}

export enum FormTemplateSortField {
  CODE = 'code',
  NAME = 'name',
  UPDATED_AT = 'updatedAt',
}
registerEnumType(FormTemplateSortField, { name: 'FormTemplateSortField' });
export const FormTemplateSort = sortInput('FormTemplate', FormTemplateSortField);
export type FormTemplateSort = InstanceType<typeof FormTemplateSort>;
export const FormTemplateList = listOf(FormTemplate);

@InputType()
export class AddFormRuleInput {
  @Field(() => ID)
  templateId!: string;

  @Field(() => String)
  code!: string;

  @Field(() => String)
  expression!: string;

  @Field(() => RuleSeverity)
  severity!: RuleSeverity;

  @Field(() => String)
  message!: string;
}

@InputType()
export class OpenReportingRoundInput {
  @Field(() => ID)
  templateId!: string;

  @Field(() => String, { description: 'Written for the template’s period type: 2026-11, 2026-Q4, 2026-H2, 2026, ONCE' })
  period!: string;

  @Field(() => ID, { description: 'The org whose subtree reports' })
  orgId!: string;

  @Field(() => OrgLevel, { description: 'Every org of this level under orgId (in the caller’s scope) gets a submission' })
  targetLevel!: OrgLevel;

  @Field(() => Date)
  dueAt!: Date;
}

@InputType()
export class ReportingRoundFilter {
  @Field(() => ID, { nullable: true })
  templateId?: string;

  @Field(() => String, { nullable: true })
  period?: string;

  @Field(() => ID, { nullable: true, description: 'Rounds opened at this org or below it' })
  orgId?: string;
}

@InputType()
export class FormSubmissionFilter {
  @Field(() => ID, { nullable: true })
  roundId?: string;

  @Field(() => ID, { nullable: true, description: 'Submissions of this org and every org below it' })
  orgId?: string;

  @Field(() => [SubmissionStatus], { nullable: true })
  status?: SubmissionStatus[];

  @Field(() => Boolean, { nullable: true, description: 'Handed in after the due time, or not yet handed in past it' })
  late?: boolean;
}

export enum FormSubmissionSortField {
  ORG = 'org',
  STATUS = 'status',
  SUBMITTED_AT = 'submittedAt',
  UPDATED_AT = 'updatedAt',
}
registerEnumType(FormSubmissionSortField, { name: 'FormSubmissionSortField' });
export const FormSubmissionSort = sortInput('FormSubmission', FormSubmissionSortField);
export type FormSubmissionSort = InstanceType<typeof FormSubmissionSort>;
export const FormSubmissionList = listOf(FormSubmission);

@InputType({ description: 'The filer’s explanation of a WARNING rule' })
export class RuleExplanationInput {
  @Field(() => String)
  rule!: string;

  @Field(() => String)
  text!: string;
}

@InputType({ description: 'Why one field is returned, shown next to it' })
export class FieldReasonInput {
  @Field(() => String)
  field!: string;

  @Field(() => String)
  reason!: string;
}

@ObjectType('FieldReason')
export class FieldReason {
  @Field(() => String)
  field!: string;

  @Field(() => String)
  reason!: string;
}

@ObjectType('RuleExplanation')
export class RuleExplanation {
  @Field(() => String)
  rule!: string;

  @Field(() => String)
  text!: string;
}

@ObjectType({ description: 'A failed check: a rule (or a required field) with the fields it names' })
export class FormIssue {
  @Field(() => String, { nullable: true, description: 'Rule code; null for a required field left empty' })
  rule!: string | null;

  @Field(() => RuleSeverity)
  severity!: RuleSeverity;

  @Field(() => String)
  message!: string;

  @Field(() => [String], { description: 'Field keys the rule reads in this form' })
  fields!: string[];

  @Field(() => OrgLevel, { nullable: true, description: 'Level of the org that added the rule' })
  level!: OrgLevel | null;

  @Field(() => String, { nullable: true, description: 'The org that added the rule' })
  orgName!: string | null;

  @Field(() => String, { nullable: true, description: 'The filer’s explanation of a WARNING, when given' })
  explanation!: string | null;
}

@ObjectType()
export class FormValidation {
  @Field(() => [FormIssue])
  errors!: FormIssue[];

  @Field(() => [FormIssue])
  warnings!: FormIssue[];
}

@ObjectType({ description: 'A saved submission with the checks of its values' })
export class SaveSubmissionResult {
  @Field(() => FormSubmission)
  submission!: FormSubmission;

  @Field(() => FormValidation)
  validation!: FormValidation;
}

export enum ReportingRateGroupBy {
  CHILD_ORG = 'CHILD_ORG',
}
registerEnumType(ReportingRateGroupBy, { name: 'ReportingRateGroupBy' });

export enum FormAggregateGroupBy {
  CHILD_ORG = 'CHILD_ORG',
  LEVEL = 'LEVEL',
}
registerEnumType(FormAggregateGroupBy, { name: 'FormAggregateGroupBy' });

@ObjectType()
export class ReportingRateRow {
  @Field(() => String, { description: 'Org id (child org), or empty for the total' })
  key!: string;

  @Field(() => String)
  label!: string;

  @Field(() => Int)
  expected!: number;

  @Field(() => Int, { description: 'Handed in: SUBMITTED, APPROVED or ARCHIVED' })
  submitted!: number;

  @Field(() => Int, { description: 'Of those, first handed in by the due time' })
  onTime!: number;

  @Field(() => Int)
  late!: number;

  @Field(() => Int)
  approved!: number;

  @Field(() => Int, { description: 'Not handed in (DRAFT or RETURNED)' })
  missing!: number;

  @Field(() => Float, { description: '上报率: submitted / expected in percent, two decimals' })
  rate!: number;
}

@ObjectType()
export class ReportingRate {
  @Field(() => ReportingRateRow)
  total!: ReportingRateRow;

  @Field(() => [ReportingRateRow])
  groups!: ReportingRateRow[];
}

@ObjectType({ description: 'Sum and count of one numeric field, or of a table column for one row key' })
export class FormAggregateValue {
  @Field(() => String)
  field!: string;

  @Field(() => String, { nullable: true, description: 'Table column' })
  column!: string | null;

  @Field(() => String, { nullable: true, description: 'Table row key (the value of the row-key column)' })
  rowKey!: string | null;

  @Field(() => Float)
  sum!: number;

  @Field(() => Int, { description: 'Submissions (or table rows) with a value' })
  count!: number;
}

@ObjectType()
export class FormAggregateGroup {
  @Field(() => String, { description: 'Child org id or org level; empty for the total' })
  key!: string;

  @Field(() => String)
  label!: string;

  @Field(() => Int, { description: 'Submissions counted' })
  submissions!: number;

  @Field(() => [FormAggregateValue])
  values!: FormAggregateValue[];
}

@ObjectType()
export class FormAggregate {
  @Field(() => FormAggregateGroup)
  total!: FormAggregateGroup;

  @Field(() => [FormAggregateGroup])
  groups!: FormAggregateGroup[];
}

export enum PeriodChangeKind {
  MISSING = 'MISSING',
  NEW = 'NEW',
  JUMP = 'JUMP',
}
registerEnumType(PeriodChangeKind, {
  name: 'PeriodChangeKind',
  description: 'MISSING (漏报: a value last period, none now), NEW, JUMP (beyond the threshold)',
});

@ObjectType()
export class PeriodChange {
  @Field(() => ID)
  orgId!: string;

  @Field(() => String)
  orgName!: string;

  @Field(() => String)
  field!: string;

  @Field(() => PeriodChangeKind)
  kind!: PeriodChangeKind;

  @Field(() => Float, { nullable: true })
  current!: number | null;

  @Field(() => Float, { nullable: true })
  previous!: number | null;

  @Field(() => Float, { nullable: true, description: 'Change against the previous period in percent, two decimals' })
  changePercent!: number | null;
}

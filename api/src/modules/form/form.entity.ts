import { Entity, Enum, Index, ManyToOne, Property, Unique, type Opt, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../core/base.entity';
import { Org, OrgLevel } from '../org/org.entity';
import { Task } from '../task/task.entity';
import { User } from '../user/user.entity';
import { FormField, FormSection } from './form.definition';
import { SubmissionAction, SubmissionStatus } from './form.workflow';

export enum FormPeriodType {
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
  HALF_YEAR = 'HALF_YEAR',
  YEAR = 'YEAR',
  ONCE = 'ONCE',
}
registerEnumType(FormPeriodType, { name: 'FormPeriodType', description: 'Periods written 2026-11, 2026-Q4, 2026-H2, 2026, ONCE' });

export enum FormTemplateStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  RETIRED = 'RETIRED',
}
registerEnumType(FormTemplateStatus, { name: 'FormTemplateStatus', description: 'DRAFT → PUBLISHED (immutable) → RETIRED' });

export enum RuleSeverity {
  ERROR = 'ERROR',
  WARNING = 'WARNING',
}
registerEnumType(RuleSeverity, { name: 'RuleSeverity', description: 'ERROR blocks submit; WARNING needs an explanation' });
registerEnumType(SubmissionStatus, { name: 'SubmissionStatus', description: 'DRAFT → SUBMITTED → RETURNED … → APPROVED (locked) → ARCHIVED' });
registerEnumType(SubmissionAction, { name: 'SubmissionAction' });

@ObjectType({ description: '报表模板: the fields of a form; a published revision never changes' })
@Entity({ tableName: 'form_template' })
@Unique({ properties: ['code', 'revision'] })
export class FormTemplate extends BaseEntity {
  @Field(() => String, { description: 'Shared by every revision; value() names it' })
  @Property({ type: 'string', length: 50 })
  code!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => FormPeriodType)
  @Enum({ items: () => FormPeriodType, nativeEnumName: 'form_period_type' })
  periodType!: FormPeriodType;

  @Field(() => Int, { description: 'Revision number of this code, from 1 (`version` is the optimistic lock)' })
  @Property({ type: 'integer' })
  revision!: number;

  @Field(() => FormTemplateStatus)
  @Enum({ items: () => FormTemplateStatus, nativeEnumName: 'form_template_status' })
  status!: FormTemplateStatus;

  @Field(() => [FormSection])
  @Property({ type: 'jsonb' })
  sections!: FormSection[];

  @Field(() => [FormField])
  @Property({ type: 'jsonb' })
  fields!: FormField[];

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  publishedAt?: Date | null;
}

@ObjectType({ description: '审核公式: a check on a template, added by an org for the orgs under it' })
@Entity({ tableName: 'form_rule' })
@Unique({ properties: ['template', 'code'] })
export class FormRule extends BaseEntity {
  @ManyToOne(() => FormTemplate, { deleteRule: 'cascade' })
  template!: Rel<FormTemplate>;

  /** The org that added the rule: it applies to that org's subtree, and only that org (or above) removes it. */
  @ManyToOne(() => Org, { deleteRule: 'restrict', index: true })
  org!: Rel<Org>;

  @Field(() => String)
  @Property({ type: 'string', length: 50 })
  code!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  expression!: string;

  @Field(() => RuleSeverity)
  @Enum({ items: () => RuleSeverity, nativeEnumName: 'form_rule_severity' })
  severity!: RuleSeverity;

  @Field(() => String, { description: 'Shown to the filer when the rule fails' })
  @Property({ type: 'text' })
  message!: string;
}

@ObjectType({ description: '填报轮次: one template and period sent to every org of a level under an org' })
@Entity({ tableName: 'reporting_round' })
@Unique({ properties: ['template', 'period', 'org'] })
export class ReportingRound extends BaseEntity {
  @ManyToOne(() => FormTemplate, { deleteRule: 'restrict', index: true })
  template!: Rel<FormTemplate>;

  @Field(() => String)
  @Property({ type: 'string', length: 10 })
  period!: string;

  /** The org the round covers; its submissions are the orgs of `targetLevel` below it. */
  @ManyToOne(() => Org, { deleteRule: 'restrict', index: true })
  org!: Rel<Org>;

  @Field(() => OrgLevel)
  @Enum({ items: () => OrgLevel, nativeEnumName: 'org_level' })
  targetLevel!: OrgLevel;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  dueAt!: Date;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  openedBy?: Rel<User> | null;
}

@ObjectType({ description: '填报: one org’s form for one round' })
@Entity({ tableName: 'form_submission' })
@Unique({ properties: ['round', 'org'] })
@Index({ properties: ['templateCode', 'org', 'period'] })
export class FormSubmission extends BaseEntity {
  @ManyToOne(() => ReportingRound, { deleteRule: 'cascade' })
  round!: Rel<ReportingRound>;

  @ManyToOne(() => FormTemplate, { deleteRule: 'restrict', index: true })
  template!: Rel<FormTemplate>;

  /** The template's code, kept on the row so prev/prevYear/value() find other periods and forms by one index. */
  @Field(() => String)
  @Property({ type: 'string', length: 50 })
  templateCode!: string;

  @ManyToOne(() => Org, { deleteRule: 'restrict', index: true })
  org!: Rel<Org>;

  @Field(() => String)
  @Property({ type: 'string', length: 10 })
  period!: string;

  @Property({ type: 'jsonb', default: '{}' })
  values: Opt<Record<string, unknown>> = {};

  @Field(() => SubmissionStatus)
  @Enum({ items: () => SubmissionStatus, nativeEnumName: 'submission_status', default: SubmissionStatus.DRAFT })
  status: Opt<SubmissionStatus> = SubmissionStatus.DRAFT;

  @Field(() => Date, { nullable: true, description: 'The first time it was handed in (on time or late is judged on it)' })
  @Property({ type: 'timestamptz', nullable: true })
  firstSubmittedAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  submittedAt?: Date | null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  approver?: Rel<User> | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  approvedAt?: Date | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  returnReason?: string | null;

  /** Per-field return reasons by field key. */
  @Property({ type: 'jsonb', nullable: true })
  fieldReasons?: Record<string, string> | null;

  /** The filer's explanations of WARNING rules, by rule code. */
  @Property({ type: 'jsonb', nullable: true })
  explanations?: Record<string, string> | null;

  /** The DATA_REPORT task that puts it in the org's to-do list; closed on approval. */
  @ManyToOne(() => Task, { nullable: true, deleteRule: 'set null' })
  task?: Rel<Task> | null;
}

@ObjectType({ description: 'One step of a submission: who, when, from, to, comment' })
@Entity({ tableName: 'form_submission_history' })
export class SubmissionHistory extends BaseEntity {
  @ManyToOne(() => FormSubmission, { deleteRule: 'cascade', index: true })
  submission!: Rel<FormSubmission>;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  at!: Date;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  user?: Rel<User> | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 100, nullable: true })
  username?: string | null;

  @Field(() => SubmissionAction)
  @Enum({ items: () => SubmissionAction, nativeEnumName: 'submission_action' })
  action!: SubmissionAction;

  @Field(() => SubmissionStatus, { nullable: true })
  @Enum({ items: () => SubmissionStatus, nativeEnumName: 'submission_status', nullable: true })
  from?: SubmissionStatus | null;

  @Field(() => SubmissionStatus)
  @Enum({ items: () => SubmissionStatus, nativeEnumName: 'submission_status' })
  to!: SubmissionStatus;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  comment?: string | null;
}

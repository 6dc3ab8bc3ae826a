import { Entity, Enum, Index, ManyToOne, Property, Unique, type Opt, type Rel } from '@mikro-orm/core';
import { DateResolver } from 'graphql-scalars';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../core/base.entity';
import { Grid } from '../grid/grid.entity';
import { Org } from '../org/org.entity';
import { User } from '../user/user.entity';
import { PeriodType, SubjectKind, type GradeBand, type Indicator, type Score } from './assessment.scoring';
import { GradeBandShape, IndicatorShape, ScoreShape } from './assessment.shapes';
import { ScorecardStatus } from './assessment.workflow';

export enum RoundStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
registerEnumType(RoundStatus, { name: 'AssessmentRoundStatus' });

/** 考核方案: indicators and grade bands; a published revision is immutable (a change is a new revision of the same code). */
@ObjectType({ description: '考核方案: what is scored, how, and the grade bands' })
@Entity({ tableName: 'assessment_scheme' })
@Unique({ properties: ['code', 'revision'] })
export class AssessmentScheme extends BaseEntity {
  @Field(() => String, { description: 'Shared by the revisions of one scheme' })
  @Property({ type: 'string', length: 50 })
  code!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  revision!: number;

  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field(() => PeriodType)
  @Enum({ items: () => PeriodType, type: 'string', length: 10 })
  periodType!: PeriodType;

  @Field(() => SubjectKind)
  @Enum({ items: () => SubjectKind, type: 'string', length: 10 })
  subjectType!: SubjectKind;

  @Field(() => [IndicatorShape])
  @Property({ type: 'jsonb' })
  indicators!: Indicator[];

  @Field(() => [GradeBandShape])
  @Property({ type: 'jsonb' })
  grades!: GradeBand[];

  /** A YEAR scheme taking its quarters: the QUARTER scheme code and the weight of their mean. */
  @Field(() => String, { nullable: true, description: 'YEAR schemes: the code of the QUARTER scheme whose confirmed totals it takes' })
  @Property({ type: 'string', length: 50, nullable: true })
  quarterSchemeCode?: string | null;

  @Field(() => Float, { nullable: true, description: 'Annual total = quartersWeight × mean of the quarterly totals + annual-only indicators' })
  @Property({ type: 'double', nullable: true })
  quartersWeight?: number | null;

  @Field(() => Date, { nullable: true, description: 'Null while a draft; a published scheme cannot change' })
  @Property({ type: 'timestamptz', nullable: true })
  publishedAt?: Date | null;
}

/** 考核轮次: one scheme for one period over an org subtree. */
@ObjectType({ description: '考核轮次: a scheme applied to every subject of an org subtree for one period' })
@Entity({ tableName: 'assessment_round' })
@Unique({ properties: ['scheme', 'period', 'org'] })
export class AssessmentRound extends BaseEntity {
  @ManyToOne(() => AssessmentScheme, { deleteRule: 'restrict' })
  scheme!: Rel<AssessmentScheme>;

  @Field(() => String, { description: '2026-Q4 or 2026' })
  @Property({ type: 'string', length: 7 })
  period!: string;

  @ManyToOne(() => Org, { deleteRule: 'restrict', index: true })
  org!: Rel<Org>;

  @Field(() => RoundStatus)
  @Enum({ items: () => RoundStatus, type: 'string', length: 10 })
  status: Opt<RoundStatus> = RoundStatus.OPEN;

  @Field(() => DateResolver, { nullable: true })
  @Property({ type: 'date', nullable: true })
  deadline?: string | null;
}

/** 考核表: one subject's scores in a round. `org` is the subject's org (a grid's community), which scopes it. */
@ObjectType({ description: '考核表: the scores of one subject in a round' })
@Entity({ tableName: 'scorecard' })
@Index({ properties: ['round', 'total'] })
@Unique({ properties: ['round', 'subjectKey'] })
export class Scorecard extends BaseEntity {
  @ManyToOne(() => AssessmentRound, { deleteRule: 'cascade' })
  round!: Rel<AssessmentRound>;

  @ManyToOne(() => Org, { deleteRule: 'restrict', index: true })
  org!: Rel<Org>;

  @Field(() => SubjectKind)
  @Enum({ items: () => SubjectKind, type: 'string', length: 10 })
  subjectType!: SubjectKind;

  @ManyToOne(() => Grid, { nullable: true, deleteRule: 'restrict', index: true })
  grid?: Rel<Grid> | null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'restrict', index: true })
  user?: Rel<User> | null;

  /** GRID:<id>, USER:<id> or ORG:<id>: one scorecard per subject and round. */
  @Property({ type: 'string', length: 30 })
  subjectKey!: string;

  @Field(() => String, { description: 'The grid, user or org scored, by name' })
  @Property({ type: 'string', length: 200 })
  subjectName!: string;

  @Field(() => ScorecardStatus)
  @Enum({ items: () => ScorecardStatus, type: 'string', length: 10 })
  status: Opt<ScorecardStatus> = ScorecardStatus.DRAFT;

  @Field(() => [ScoreShape])
  @Property({ type: 'jsonb' })
  scores!: Score[];

  @Field(() => Float, { nullable: true, description: 'YEAR schemes: quartersWeight × mean of the confirmed quarterly totals' })
  @Property({ type: 'double', nullable: true })
  fromQuarters?: number | null;

  @Field(() => Float)
  @Property({ type: 'double' })
  total!: number;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 20, nullable: true })
  grade?: string | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  autoComputedAt?: Date | null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  submittedBy?: Rel<User> | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  submittedAt?: Date | null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  confirmedBy?: Rel<User> | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  confirmedAt?: Date | null;
}

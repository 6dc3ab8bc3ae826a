import { Entity, Enum, Index, ManyToOne, Property, Unique, type Opt, type Rel } from '@mikro-orm/core';
import { Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../core/base.entity';
import { Grid } from '../grid/grid.entity';
import { FormTemplate } from '../form/form.entity';
import { Org } from '../org/org.entity';
import { User } from '../user/user.entity';
import { RoundStatus } from './assessment.entity';

export enum ResponseChannel {
  ONLINE = 'ONLINE',
  PAPER = 'PAPER',
}
registerEnumType(ResponseChannel, { name: 'SurveyResponseChannel' });

/**
 * 满意度测评: one questionnaire over every grid of an org subtree for a half year. The questionnaire is
 * a published form template; its SELECT fields whose options all carry a score are the questions.
 */
@ObjectType({ description: '满意度测评: a questionnaire put to the residents of every grid of an org subtree for a half year' })
@Entity({ tableName: 'survey_round' })
@Unique({ properties: ['template', 'period', 'org'] })
export class SurveyRound extends BaseEntity {
  @ManyToOne(() => FormTemplate, { deleteRule: 'restrict' })
  template!: Rel<FormTemplate>;

  @Field(() => String, { description: '2026-H1 or 2026-H2' })
  @Property({ type: 'string', length: 7 })
  period!: string;

  @ManyToOne(() => Org, { deleteRule: 'restrict', index: true })
  org!: Rel<Org>;

  @Field(() => RoundStatus)
  @Enum({ items: () => RoundStatus, type: 'string', length: 10 })
  status: Opt<RoundStatus> = RoundStatus.OPEN;
}

/** A grid's part of a survey round: the link residents open (its token) and how many one-time codes were handed out. */
@ObjectType({ description: "A grid's survey link: the unguessable token of its public page" })
@Entity({ tableName: 'survey_link' })
@Unique({ properties: ['round', 'grid'] })
export class SurveyLink extends BaseEntity {
  @ManyToOne(() => SurveyRound, { deleteRule: 'cascade' })
  round!: Rel<SurveyRound>;

  @ManyToOne(() => Grid, { deleteRule: 'restrict', index: true })
  grid!: Rel<Grid>;

  @ManyToOne(() => Org, { deleteRule: 'restrict', index: true })
  org!: Rel<Org>;

  @Field(() => String)
  @Property({ type: 'string', length: 64, unique: true })
  token!: string;

  @Field(() => Int, { description: 'One-time respondent codes issued so far (at most the grid’s households)' })
  @Property({ type: 'integer' })
  codesIssued: Opt<number> = 0;
}

/** A one-time respondent code, kept as its SHA-256 so that reading the table does not let anyone vote. */
@Entity({ tableName: 'survey_code' })
@Unique({ properties: ['link', 'codeHash'] })
export class SurveyCode extends BaseEntity {
  @ManyToOne(() => SurveyLink, { deleteRule: 'cascade' })
  link!: Rel<SurveyLink>;

  @Property({ type: 'string', length: 64 })
  codeHash!: string;

  @Property({ type: 'timestamptz', nullable: true })
  usedAt?: Date | null;
}

@ObjectType('SurveyAnswer')
@InputType('SurveyAnswerInput')
export class SurveyAnswer {
  @Field(() => String)
  question!: string;

  @Field(() => String, { description: 'The value of the option chosen' })
  value!: string;
}

/** One household's answers; `score` is their points as a percent of the most the questionnaire gives. */
@ObjectType({ description: 'One answered questionnaire, online with a code or entered from paper by staff' })
@Entity({ tableName: 'survey_response' })
@Index({ properties: ['grid', 'round'] })
export class SurveyResponse extends BaseEntity {
  @ManyToOne(() => SurveyRound, { deleteRule: 'cascade' })
  round!: Rel<SurveyRound>;

  @ManyToOne(() => Grid, { deleteRule: 'restrict' })
  grid!: Rel<Grid>;

  @ManyToOne(() => Org, { deleteRule: 'restrict', index: true })
  org!: Rel<Org>;

  @Field(() => [SurveyAnswer])
  @Property({ type: 'jsonb' })
  answers!: SurveyAnswer[];

  @Field(() => Float, { description: '0–100' })
  @Property({ type: 'double' })
  score!: number;

  @Field(() => ResponseChannel)
  @Enum({ items: () => ResponseChannel, type: 'string', length: 10 })
  channel!: ResponseChannel;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  enteredBy?: Rel<User> | null;
}

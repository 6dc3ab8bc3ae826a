import { Entity, Enum, ManyToOne, Property, Unique, type Opt, type Rel } from '@mikro-orm/core';
import { DateResolver, GraphQLJSON } from 'graphql-scalars';
import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../core/base.entity';
import { Grid } from '../grid/grid.entity';
import { Org } from '../org/org.entity';
import { User } from '../user/user.entity';

export enum RuleKind {
  /** A grid's survey score below the threshold in a half year. */
  SURVEY_BELOW = 'SURVEY_BELOW',
  /** Below the threshold in both half-year surveys of a year. */
  SURVEY_BELOW_BOTH_HALVES = 'SURVEY_BELOW_BOTH_HALVES',
  /** At least `threshold` substantiated complaints naming the user in a year. */
  COMPLAINTS_AT_LEAST = 'COMPLAINTS_AT_LEAST',
}

export enum Consequence {
  /** 通报批评 and a written self-review (书面检查). */
  CRITICISM = 'CRITICISM',
  /** 劝退/调离. */
  DISMISSAL_OR_TRANSFER = 'DISMISSAL_OR_TRANSFER',
}

export enum ComplaintStatus {
  PENDING = 'PENDING',
  SUBSTANTIATED = 'SUBSTANTIATED',
  UNSUBSTANTIATED = 'UNSUBSTANTIATED',
}

export enum FlagStatus {
  OPEN = 'OPEN',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
  APPEALED = 'APPEALED',
  UPHELD = 'UPHELD',
  WITHDRAWN = 'WITHDRAWN',
}

registerEnumType(RuleKind, { name: 'ConsequenceRuleKind' });
registerEnumType(Consequence, { name: 'Consequence', description: 'CRITICISM: 通报批评 + 书面检查; DISMISSAL_OR_TRANSFER: 劝退/调离' });
registerEnumType(ComplaintStatus, { name: 'ComplaintStatus' });
registerEnumType(FlagStatus, { name: 'ConsequenceFlagStatus' });

/** A consequence rule: data, so thresholds change without a release. */
@ObjectType({ description: 'A consequence rule: when it fires and what it brings' })
@Entity({ tableName: 'consequence_rule' })
export class ConsequenceRule extends BaseEntity {
  @Field(() => String)
  @Property({ type: 'string', length: 50, unique: true })
  code!: string;

  @Field(() => RuleKind)
  @Enum({ items: () => RuleKind, type: 'string', length: 30 })
  kind!: RuleKind;

  @Field(() => Float, { description: 'A survey score (fires below it) or a number of complaints (fires at it or above)' })
  @Property({ type: 'double' })
  threshold!: number;

  @Field(() => Consequence)
  @Enum({ items: () => Consequence, type: 'string', length: 30 })
  consequence!: Consequence;

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: true })
  enabled: Opt<boolean> = true;
}

/** 投诉: against a grid worker/leader or a grid; a higher level decides whether it is substantiated. */
@ObjectType({ description: '投诉: against a user (grid worker or leader) or a grid' })
@Entity({ tableName: 'complaint' })
export class Complaint extends BaseEntity {
  @ManyToOne(() => User, { nullable: true, deleteRule: 'restrict', index: true })
  user?: Rel<User> | null;

  @ManyToOne(() => Grid, { nullable: true, deleteRule: 'restrict', index: true })
  grid?: Rel<Grid> | null;

  /** The user's or the grid's org, which scopes the complaint. */
  @ManyToOne(() => Org, { deleteRule: 'restrict', index: true })
  org!: Rel<Org>;

  @Field(() => DateResolver)
  @Property({ type: 'date' })
  date!: string;

  @Field(() => String, { description: 'Where it came from: 12345 热线, 来信, 来访 …' })
  @Property({ type: 'string', length: 50 })
  source!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  text!: string;

  @Field(() => ComplaintStatus)
  @Enum({ items: () => ComplaintStatus, type: 'string', length: 20 })
  status: Opt<ComplaintStatus> = ComplaintStatus.PENDING;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  decisionReason?: string | null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  decidedBy?: Rel<User> | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  decidedAt?: Date | null;
}

/** A consequence raised by a rule on a person, with its evidence; never deleted. */
@ObjectType({ description: 'A consequence raised by a rule on a grid leader or worker, with its evidence' })
@Entity({ tableName: 'consequence_flag' })
@Unique({ properties: ['user', 'ruleCode', 'period'] })
export class ConsequenceFlag extends BaseEntity {
  @ManyToOne(() => User, { deleteRule: 'restrict', index: true })
  user!: Rel<User>;

  @ManyToOne(() => Grid, { nullable: true, deleteRule: 'restrict', index: true })
  grid?: Rel<Grid> | null;

  @ManyToOne(() => Org, { deleteRule: 'restrict', index: true })
  org!: Rel<Org>;

  @Field(() => String)
  @Property({ type: 'string', length: 50 })
  ruleCode!: string;

  @Field(() => Consequence)
  @Enum({ items: () => Consequence, type: 'string', length: 30 })
  consequence!: Consequence;

  @Field(() => String, { description: '2026-H2 or 2026' })
  @Property({ type: 'string', length: 7 })
  period!: string;

  @Field(() => GraphQLJSON, { description: 'What fired the rule: scores, thresholds, complaint ids' })
  @Property({ type: 'jsonb' })
  evidence!: Record<string, unknown>;

  @Field(() => FlagStatus)
  @Enum({ items: () => FlagStatus, type: 'string', length: 20 })
  status: Opt<FlagStatus> = FlagStatus.OPEN;

  @Field(() => String, { nullable: true, description: '书面检查' })
  @Property({ type: 'text', nullable: true })
  selfReview?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  appealReason?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  decisionReason?: string | null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  decidedBy?: Rel<User> | null;
}

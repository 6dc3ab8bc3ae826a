import { Entity, Enum, Index, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { DateResolver } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../core/base.entity';
import { Dictionary } from '../dictionary/dictionary.entity';
import { Grid } from '../grid/grid.entity';
import { Org } from '../org/org.entity';
import { User } from '../user/user.entity';
import { RiskLevel, Sex, SupervisionKind, SupervisionStatus } from './person.enums';

@ObjectType({ description: '重点人员 / 社区矫正对象: a person in a grid ledger' })
@Entity({ tableName: 'supervised_person' })
@Index({
  name: 'supervised_person_active_id_number_unique',
  expression: `create unique index "supervised_person_active_id_number_unique" on "supervised_person" ("id_number", "category_id") where "status" = 'ACTIVE'`,
})
@Index({ properties: ['idNumber'] })
export class SupervisedPerson extends BaseEntity {
  @Field(() => String)
  @Property({ type: 'string', length: 50 })
  name!: string;

  @Field(() => Sex)
  @Enum({ items: () => Sex, nativeEnumName: 'person_sex' })
  sex!: Sex;

  @Field(() => String, { nullable: true, description: '民族' })
  @Property({ type: 'string', length: 20, nullable: true })
  ethnicity?: string | null;

  @Field(() => String, { nullable: true, description: 'GB 11643; masked (110118********1234) or null where the caller may not see it' })
  @Property({ type: 'string', length: 18 })
  idNumber!: string;

  @Field(() => DateResolver, { nullable: true, description: 'Null for callers who see the ID number masked: it holds the masked digits' })
  @Property({ type: 'date' })
  birthDate!: string;

  @Field(() => String, { nullable: true, description: 'Masked (138****5678) or null where the caller may not see it' })
  @Property({ type: 'string', length: 30, nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 200, nullable: true })
  address?: string | null;

  @ManyToOne(() => Grid, { deleteRule: 'restrict', index: true })
  grid!: Rel<Grid>;

  /** The grid's org, kept with the person so subtree scopes are one range scan on its path. */
  @ManyToOne(() => Org, { deleteRule: 'restrict', index: true })
  org!: Rel<Org>;

  @ManyToOne(() => Dictionary, { deleteRule: 'restrict', index: true })
  category!: Rel<Dictionary>;

  @Field(() => SupervisionKind, { description: 'From the category: CORRECTION for 缓刑, 假释, 暂予监外执行, 管制' })
  @Enum({ items: () => SupervisionKind, nativeEnumName: 'supervision_kind' })
  kind!: SupervisionKind;

  @Field(() => String, { nullable: true, description: '简要案情; null where the caller may not see offence details' })
  @Property({ type: 'text', nullable: true })
  offenceSummary?: string | null;

  @Field(() => RiskLevel)
  @Enum({ items: () => RiskLevel, nativeEnumName: 'person_risk_level' })
  riskLevel!: RiskLevel;

  @Field(() => DateResolver, { nullable: true })
  @Property({ type: 'date', nullable: true })
  supervisionStart?: string | null;

  @Field(() => DateResolver, { nullable: true })
  @Property({ type: 'date', nullable: true })
  supervisionEnd?: string | null;

  @Field(() => SupervisionStatus)
  @Enum({ items: () => SupervisionStatus, nativeEnumName: 'supervision_status' })
  status: SupervisionStatus = SupervisionStatus.ACTIVE;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null', index: true })
  responsible?: Rel<User> | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  notes?: string | null;
}

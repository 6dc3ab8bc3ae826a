import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Grid } from '../grid/grid.entity';
import { User } from '../user/user.entity';
import { HistoryKind, SupervisionStatus } from './person.enums';
import { SupervisedPerson } from './person.entity';

/** Append-only: who changed a person's status or moved it between grids, when, from what to what, and why. */
@ObjectType({ description: 'One status change or transfer of a supervised person' })
@Entity({ tableName: 'supervision_history' })
export class SupervisionHistory {
  @Field(() => ID)
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @ManyToOne(() => SupervisedPerson, { deleteRule: 'cascade', index: true })
  person!: Rel<SupervisedPerson>;

  @Field(() => Date)
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  at: Date = new Date();

  @Field(() => HistoryKind)
  @Enum({ items: () => HistoryKind, nativeEnumName: 'supervision_history_kind' })
  kind!: HistoryKind;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  user?: Rel<User> | null;

  @Field(() => String, { nullable: true, description: 'Who, as named at the time' })
  @Property({ type: 'string', length: 50, nullable: true })
  username?: string | null;

  @Field(() => SupervisionStatus, { nullable: true })
  @Enum({ items: () => SupervisionStatus, nativeEnumName: 'supervision_status', nullable: true })
  fromStatus?: SupervisionStatus | null;

  @Field(() => SupervisionStatus, { nullable: true })
  @Enum({ items: () => SupervisionStatus, nativeEnumName: 'supervision_status', nullable: true })
  toStatus?: SupervisionStatus | null;

  @ManyToOne(() => Grid, { nullable: true, deleteRule: 'set null' })
  fromGrid?: Rel<Grid> | null;

  @ManyToOne(() => Grid, { nullable: true, deleteRule: 'set null' })
  toGrid?: Rel<Grid> | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  reason?: string | null;
}

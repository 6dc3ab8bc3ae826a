import { Entity, Enum, Index, ManyToOne, Property, type Opt, type Rel } from '@mikro-orm/core';
import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../core/base.entity';
import { Dictionary } from '../dictionary/dictionary.entity';
import { Grid } from '../grid/grid.entity';
import { Org } from '../org/org.entity';
import { User } from '../user/user.entity';
import { TaskAction, TaskStatus } from './task.workflow';

export enum TaskKind {
  EVENT = 'EVENT',
  DATA_REPORT = 'DATA_REPORT',
  VISIT = 'VISIT',
  INSPECTION = 'INSPECTION',
}

export enum TaskPriority {
  LOW = 'LOW',
  NORMAL = 'NORMAL',
  HIGH = 'HIGH',
  URGENT = 'URGENT',
}

registerEnumType(TaskKind, { name: 'TaskKind', description: 'EVENT (事件/部件问题), DATA_REPORT, VISIT, INSPECTION' });
registerEnumType(TaskPriority, { name: 'TaskPriority' });
registerEnumType(TaskStatus, {
  name: 'TaskStatus',
  description: 'REPORTED → REGISTERED → DISPATCHED → IN_PROGRESS → RESOLVED → VERIFIED → CLOSED; RETURNED, ESCALATED',
});
registerEnumType(TaskAction, { name: 'TaskAction' });

@ObjectType({ description: 'A unit of work that moves between people and has a deadline (事件, 报表, 走访, 巡查)' })
@Entity({ tableName: 'task' })
@Index({ properties: ['status', 'deadline'] })
@Index({ properties: ['reportedAt'] })
@Index({ properties: ['deadline'] })
// Statistics count the unresolved tasks already due today from the rows: a few among all of today's deadlines.
@Index({
  name: 'task_open_deadline_index',
  properties: ['deadline'],
  expression: 'create index "task_open_deadline_index" on "task" ("deadline") where "resolved_at" is null and "resolved_late" = false',
})
export class Task extends BaseEntity {
  @Field(() => TaskKind)
  @Enum({ items: () => TaskKind, nativeEnumName: 'task_kind' })
  kind!: TaskKind;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @ManyToOne(() => Dictionary, { nullable: true, deleteRule: 'restrict', index: true })
  category?: Rel<Dictionary> | null;

  @ManyToOne(() => Dictionary, { nullable: true, deleteRule: 'restrict', index: true })
  component?: Rel<Dictionary> | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 200, nullable: true })
  location?: string | null;

  @Field(() => Float, { nullable: true })
  @Property({ type: 'double', nullable: true })
  lng?: number | null;

  @Field(() => Float, { nullable: true })
  @Property({ type: 'double', nullable: true })
  lat?: number | null;

  @ManyToOne(() => Grid, { nullable: true, deleteRule: 'restrict', index: true })
  grid?: Rel<Grid> | null;

  /** Where the task arose (the grid's community); subtree scopes and statistics follow it. */
  @ManyToOne(() => Org, { deleteRule: 'restrict', index: true })
  org!: Rel<Org>;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null', index: true })
  reporter?: Rel<User> | null;

  @ManyToOne(() => Org, { nullable: true, deleteRule: 'restrict', index: true })
  handlerOrg?: Rel<Org> | null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null', index: true })
  handlerUser?: Rel<User> | null;

  @Field(() => TaskPriority)
  @Enum({ items: () => TaskPriority, nativeEnumName: 'task_priority', default: TaskPriority.NORMAL })
  priority: Opt<TaskPriority> = TaskPriority.NORMAL;

  @Field(() => TaskStatus)
  @Enum({ items: () => TaskStatus, nativeEnumName: 'task_status' })
  status!: TaskStatus;

  @Field(() => TaskStatus, { nullable: true, description: 'For a RETURNED task: the step it went back to' })
  @Enum({ items: () => TaskStatus, nativeEnumName: 'task_status', nullable: true })
  returnedTo?: TaskStatus | null;

  @Field(() => String, { nullable: true, description: 'What the handler did (办理结果)' })
  @Property({ type: 'text', nullable: true })
  result?: string | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  deadline?: Date | null;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  reportedAt!: Date;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  registeredAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  dispatchedAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  acceptedAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  resolvedAt?: Date | null;

  /** Resolved after the deadline; kept so "overdue" stays a plain indexed condition once the work is done. */
  @Property({ type: 'boolean', default: false })
  resolvedLate: Opt<boolean> = false;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  verifiedAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  closedAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  escalatedAt?: Date | null;

  /** Set by the overdue job when it escalated the task; it escalates a task once. */
  @Field(() => Date, { nullable: true, description: 'When the overdue job found the task late and escalated it' })
  @Property({ type: 'timestamptz', nullable: true })
  overdueEscalatedAt?: Date | null;
}

@ObjectType({ description: 'One transition of a task: who, when, from, to, comment' })
@Entity({ tableName: 'task_history' })
export class TaskHistory extends BaseEntity {
  @ManyToOne(() => Task, { deleteRule: 'cascade', index: true })
  task!: Rel<Task>;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  at!: Date;

  /** Null for the background jobs. */
  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  user?: Rel<User> | null;

  @Field(() => TaskAction, { nullable: true, description: 'Null for the report that created the task' })
  @Enum({ items: () => TaskAction, nativeEnumName: 'task_action', nullable: true })
  action?: TaskAction | null;

  @Field(() => TaskStatus, { nullable: true })
  @Enum({ items: () => TaskStatus, nativeEnumName: 'task_status', nullable: true })
  from?: TaskStatus | null;

  @Field(() => TaskStatus)
  @Enum({ items: () => TaskStatus, nativeEnumName: 'task_status' })
  to!: TaskStatus;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  comment?: string | null;

  @ManyToOne(() => Org, { nullable: true, deleteRule: 'set null' })
  handlerOrg?: Rel<Org> | null;
}

export enum ReminderKind {
  URGE = 'URGE',
  OVERDUE = 'OVERDUE',
}
registerEnumType(ReminderKind, { name: 'ReminderKind', description: 'URGE (催办) by a person, OVERDUE by the overdue job' });

@ObjectType({ description: 'A reminder to a handler org: 催办 or an overdue notice' })
@Entity({ tableName: 'task_reminder' })
export class TaskReminder extends BaseEntity {
  @ManyToOne(() => Task, { deleteRule: 'cascade', index: true })
  task!: Rel<Task>;

  @ManyToOne(() => Org, { deleteRule: 'cascade', index: true })
  org!: Rel<Org>;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  sender?: Rel<User> | null;

  @Field(() => ReminderKind)
  @Enum({ items: () => ReminderKind, nativeEnumName: 'reminder_kind' })
  kind!: ReminderKind;

  @Field(() => String)
  @Property({ type: 'text' })
  message!: string;
}

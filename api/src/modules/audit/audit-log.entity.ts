import { Entity, Index, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { User } from '../user/user.entity';

/** Append-only: an entry is never updated, so it carries no version. */
@ObjectType({ description: '日志: a sign-in or a change, with who, when, from where and what changed' })
@Entity({ tableName: 'audit_log' })
@Index({ properties: ['targetType', 'targetId'] })
/** One user's entries of one operation over time: the hourly count of ID-number hits (person/id-number-clash.ts). */
@Index({ properties: ['user', 'operation', 'at'] })
export class AuditLog {
  @Field(() => ID)
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Field(() => Date)
  @Index()
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  at: Date = new Date();

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null', index: true })
  user?: Rel<User> | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 50, nullable: true })
  username?: string | null;

  /** The actor's org path at the time, so scoped readers see entries of their subtree. */
  @Index()
  @Property({ type: 'text', nullable: true })
  orgPath?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 64, nullable: true })
  ip?: string | null;

  @Field(() => String)
  @Property({ type: 'string', length: 60 })
  operation!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 40, nullable: true })
  targetType?: string | null;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'string', length: 40, nullable: true })
  targetId?: string | null;

  /** Exposed through AuditLogResolver: values only as the reader's own read rules allow. */
  @Property({ type: 'jsonb', nullable: true })
  before?: Record<string, unknown> | null;

  @Property({ type: 'jsonb', nullable: true })
  after?: Record<string, unknown> | null;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  success!: boolean;
}

import { Entity, ManyToOne, PrimaryKey, Property, type Opt, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../core/base.entity';
import { User } from '../user/user.entity';

/** The one password policy of the deployment (a single row; absent means the defaults). */
@ObjectType({ description: 'Password and session rules, kept by the security administrator' })
@Entity({ tableName: 'password_policy' })
export class PasswordPolicy extends BaseEntity {
  @Field(() => Int, { description: 'Minimum length' })
  @Property({ type: 'smallint' })
  minLength!: number;

  @Field(() => Int, { description: 'How many of the four classes (lower, upper, digit, other) a password needs' })
  @Property({ type: 'smallint' })
  classes!: number;

  @Field(() => Int, { description: 'A new password may not repeat any of the last N; 0 turns the check off' })
  @Property({ type: 'smallint' })
  history!: number;

  @Field(() => Int, { description: 'Days a password lasts before it must be changed; 0: it does not expire' })
  @Property({ type: 'smallint' })
  expiryDays!: number;

  @Field(() => Int, { description: 'Days an unchanged initial password works; after that the account needs a reset' })
  @Property({ type: 'smallint' })
  initialExpiryDays!: number;

  @Field(() => Int, { description: 'A session unused this many minutes ends (besides its absolute lifetime)' })
  @Property({ type: 'smallint' })
  idleTimeoutMinutes!: number;
}

/** Hashes of an account's earlier passwords, for the history rule. */
@Entity({ tableName: 'password_history' })
export class PasswordHistory {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @ManyToOne(() => User, { deleteRule: 'cascade', index: true })
  user!: Rel<User>;

  @Property({ type: 'text' })
  passwordHash!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  at: Opt<Date> = new Date();
}

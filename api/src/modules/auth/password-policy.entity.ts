import { Entity, ManyToOne, PrimaryKey, Property, type Opt, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '../../core/base.entity';
import { User } from '../user/user.entity';

/** The one password policy of the deployment (a single row; absent means the defaults); GraphQL shows it as `PasswordPolicy` (auth.inputs). */
@Entity({ tableName: 'password_policy' })
export class PasswordPolicy extends BaseEntity {
  @Property({ type: 'smallint' })
  minLength!: number;

  @Property({ type: 'smallint' })
  classes!: number;

  @Property({ type: 'smallint' })
  history!: number;

  @Property({ type: 'smallint' })
  expiryDays!: number;

  @Property({ type: 'smallint' })
  initialExpiryDays!: number;

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

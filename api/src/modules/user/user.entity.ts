import { Collection, Entity, ManyToMany, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../core/base.entity';
import { Grid } from '../grid/grid.entity';
import { Org } from '../org/org.entity';
import { Role } from '../role/role.entity';
import { UserGrid, UserRole } from './user-links.entity';

export const USERNAME_MAX_LENGTH = 50;

@ObjectType({ description: 'An account' })
@Entity({ tableName: 'user_account' })
export class User extends BaseEntity {
  @Field(() => String)
  @Property({ type: 'string', length: USERNAME_MAX_LENGTH, unique: true })
  username!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Masked (138****5678) or null where the caller may not see it' })
  @Property({ type: 'string', length: 30, nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'GB 11643 ID number; masked to its region (110118************) or null where the caller may not see it' })
  @Property({ type: 'string', length: 18, nullable: true })
  idNumber?: string | null;

  @ManyToOne(() => Org, { deleteRule: 'restrict', index: true })
  org!: Rel<Org>;

  @ManyToMany({ entity: () => Role, pivotEntity: () => UserRole })
  roles = new Collection<Role>(this);

  @ManyToMany({ entity: () => Grid, pivotEntity: () => UserGrid })
  grids = new Collection<Grid>(this);

  @Property({ type: 'text', hidden: true })
  passwordHash!: string;

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: false })
  mustChangePassword: boolean = false;

  /** When the password was last set; with mustChangePassword it dates the initial password (its expiry counts from here). */
  @Property({ type: 'timestamptz', nullable: true })
  passwordChangedAt?: Date | null;

  @Property({ type: 'smallint', default: 0 })
  failedLogins: number = 0;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  lockedUntil?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  lastLoginAt?: Date | null;
}

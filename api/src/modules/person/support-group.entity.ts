import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../core/base.entity';
import { User } from '../user/user.entity';
import { HelperRole } from './person.enums';
import { SupervisedPerson } from './person.entity';

/** A helper of a person's "五帮一" group: an account, or an outside contact (name, phone, relation). */
@ObjectType({ description: '帮教小组成员' })
@Entity({ tableName: 'support_group_member' })
export class SupportGroupMember extends BaseEntity {
  @ManyToOne(() => SupervisedPerson, { deleteRule: 'cascade', index: true })
  person!: Rel<SupervisedPerson>;

  @Field(() => HelperRole)
  @Enum({ items: () => HelperRole, nativeEnumName: 'helper_role' })
  role!: HelperRole;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'cascade', index: true })
  user?: Rel<User> | null;

  @Field(() => String, { description: "The account's name, or the contact's" })
  @Property({ type: 'string', length: 50 })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Masked (138****5678) or null where the caller may not see it' })
  @Property({ type: 'string', length: 30, nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'For contacts: 父亲, 配偶, 邻居 …' })
  @Property({ type: 'string', length: 30, nullable: true })
  relation?: string | null;
}

/** How many helpers of each role a complete group has; one of each unless an admin changes it. */
@ObjectType({ description: 'Required helpers of one role in every support group' })
@Entity({ tableName: 'support_group_requirement' })
export class SupportGroupRequirement {
  @Field(() => HelperRole)
  @PrimaryKey({ type: 'string', length: 30 })
  role!: HelperRole;

  @Field(() => Int)
  @Property({ type: 'smallint' })
  required!: number;
}

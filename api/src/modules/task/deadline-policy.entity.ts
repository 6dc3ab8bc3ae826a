import { Entity, Enum, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../core/base.entity';
import { HandlingLevel } from './deadline';

registerEnumType(HandlingLevel, { name: 'HandlingLevel', description: 'COMMUNITY, TOWNSHIP (乡镇/街道) or OTHER units' });

/** A stored row of the deadline policy; levels without a row use the defaults. */
@Entity({ tableName: 'deadline_policy' })
export class DeadlinePolicy extends BaseEntity {
  @Enum({ items: () => HandlingLevel, nativeEnumName: 'handling_level', unique: true })
  level!: HandlingLevel;

  @Property({ type: 'smallint' })
  workingDays!: number;
}

@ObjectType({ description: 'How many working days a handler org of one level has for a task (at most 5)' })
export class DeadlinePolicyRule {
  @Field(() => HandlingLevel)
  level!: HandlingLevel;

  @Field(() => Int)
  workingDays!: number;
}

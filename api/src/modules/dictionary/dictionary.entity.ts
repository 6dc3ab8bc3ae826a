import { Entity, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../core/base.entity';

@ObjectType({ description: '数据字典: one entry of an editable code list (event categories, component types …)' })
@Entity({ tableName: 'dictionary' })
@Unique({ properties: ['type', 'code'] })
export class Dictionary extends BaseEntity {
  @Field(() => String, { description: 'The list this entry belongs to, e.g. EVENT_CATEGORY' })
  @Property({ type: 'string', length: 50 })
  type!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 50 })
  code!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field(() => Int)
  @Property({ type: 'integer', default: 0 })
  sort: number = 0;

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: true })
  enabled: boolean = true;
}

import { Entity, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { Field, Float, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../core/base.entity';
import { SupervisedPerson } from './person.entity';

@ObjectType({ description: '社区服务: community service hours of one person in one month' })
@Entity({ tableName: 'service_hours' })
@Unique({ properties: ['person', 'month'] })
export class ServiceHours extends BaseEntity {
  @ManyToOne(() => SupervisedPerson, { deleteRule: 'cascade' })
  person!: Rel<SupervisedPerson>;

  @Field(() => String, { description: 'YYYY-MM' })
  @Property({ type: 'string', length: 7 })
  month!: string;

  @Field(() => Float)
  @Property({ type: 'decimal', precision: 5, scale: 1, runtimeType: 'number' })
  hours!: number;
}

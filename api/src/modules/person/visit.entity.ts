import { Entity, Enum, Index, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { DateResolver } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../core/base.entity';
import { User } from '../user/user.entity';
import { VisitKind } from './person.enums';
import { SupervisedPerson } from './person.entity';

@ObjectType({ description: '走访谈话: a home visit or talk with a supervised person' })
@Entity({ tableName: 'visit' })
@Index({ properties: ['person', 'date'] })
export class Visit extends BaseEntity {
  @ManyToOne(() => SupervisedPerson, { deleteRule: 'cascade' })
  person!: Rel<SupervisedPerson>;

  @Field(() => DateResolver)
  @Property({ type: 'date' })
  date!: string;

  @Field(() => VisitKind)
  @Enum({ items: () => VisitKind, nativeEnumName: 'visit_kind' })
  kind!: VisitKind;

  @Field(() => [String], { description: 'Who took part, as named' })
  @Property({ type: 'jsonb' })
  participants: string[] = [];

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  findings?: string | null;

  @Field(() => String, { nullable: true, description: '心理状况; null where the caller may not see it' })
  @Property({ type: 'text', nullable: true })
  psychologicalState?: string | null;

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: false })
  followUpNeeded: boolean = false;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null', index: true })
  recordedBy?: Rel<User> | null;
}

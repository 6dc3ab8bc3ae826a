import { PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';

/** Columns every table carries: a bigint id exposed as an opaque string, timestamps, and an optimistic-lock version. */
@ObjectType({ description: 'Columns every entity has' })
export abstract class BaseEntity {
  @Field(() => ID)
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Field(() => Date)
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();

  @Field(() => Date)
  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();

  @Field(() => Int)
  @Property({ version: true, type: 'integer' })
  version!: Opt<number>;
}

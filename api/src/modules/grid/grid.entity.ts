import { Entity, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { GraphQLJSON } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../core/base.entity';
import { Org } from '../org/org.entity';
import { User } from '../user/user.entity';

@ObjectType({ description: '网格: a patrol area of 150–200 households in a community' })
@Entity({ tableName: 'grid' })
@Unique({ properties: ['org', 'number'] })
export class Grid extends BaseEntity {
  @ManyToOne(() => Org, { deleteRule: 'restrict', index: true })
  org!: Rel<Org>;

  @ManyToOne(() => Grid, { nullable: true, deleteRule: 'restrict', index: true })
  parent?: Rel<Grid> | null;

  @Field(() => Int, { description: 'Unique in its community: 12 for 12号网格' })
  @Property({ type: 'integer' })
  number!: number;

  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field(() => Int, { description: '1, 2 or 3 (一级/二级/三级网格)' })
  @Property({ type: 'smallint' })
  level!: number;

  @Field(() => String, { nullable: true, description: '四至: the boundary in words' })
  @Property({ type: 'text', nullable: true })
  boundary?: string | null;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'integer', nullable: true })
  households?: number | null;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'integer', nullable: true })
  population?: number | null;

  @Field(() => GraphQLJSON, { nullable: true, description: 'GeoJSON polygon of the boundary' })
  @Property({ type: 'jsonb', nullable: true })
  geojson?: unknown;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null', index: true })
  leader?: Rel<User> | null;
}

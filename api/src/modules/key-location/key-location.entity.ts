import { Entity, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../core/base.entity';
import { Grid } from '../grid/grid.entity';
import { Org } from '../org/org.entity';

@ObjectType({ description: '重点部位: a place in a grid that its staff keep an eye on (a school gate, a petrol station, a river bank)' })
@Entity({ tableName: 'key_location' })
export class KeyLocation extends BaseEntity {
  @ManyToOne(() => Grid, { deleteRule: 'restrict', index: true })
  grid!: Rel<Grid>;

  /** The grid's org, kept with the row so subtree scopes are one range scan on its path. */
  @ManyToOne(() => Org, { deleteRule: 'restrict', index: true })
  org!: Rel<Org>;

  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field(() => String, { description: 'What kind of place, e.g. 学校, 加油站, 河道' })
  @Property({ type: 'string', length: 50 })
  kind!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 200, nullable: true })
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'What to look at on patrol' })
  @Property({ type: 'text', nullable: true })
  notes?: string | null;
}

import { Entity, Enum, Property } from '@mikro-orm/core';
import { GraphQLJSON } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../core/base.entity';
import { DataScope, type RawRule } from '../../core/rules';

@ObjectType({ description: 'A named set of CASL rules plus the data scope they apply within' })
@Entity({ tableName: 'role' })
export class Role extends BaseEntity {
  @Field(() => String)
  @Property({ type: 'string', length: 50, unique: true })
  code!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field(() => DataScope)
  @Enum({ items: () => DataScope, nativeEnumName: 'data_scope' })
  scope!: DataScope;

  @Field(() => GraphQLJSON, { description: 'CASL rules: [{ action, subject, conditions?, fields?, inverted? }]' })
  @Property({ type: 'jsonb' })
  rules: RawRule[] = [];

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: false })
  builtIn: boolean = false;
}

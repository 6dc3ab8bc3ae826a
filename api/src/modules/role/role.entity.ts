import { Entity, Enum, Property } from '@mikro-orm/core';
import { GraphQLJSON } from 'graphql-scalars';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../core/base.entity';

export enum DataScope {
  ALL = 'ALL',
  ORG_SUBTREE = 'ORG_SUBTREE',
  ORG = 'ORG',
  GRID = 'GRID',
  SELF = 'SELF',
}
registerEnumType(DataScope, { name: 'DataScope', description: 'Which records a role reaches: everything, own org and below, own org, own grids, oneself' });

/** Widest first: a scope may only be granted by someone holding one at least as wide. */
export const SCOPE_WIDTH: Record<DataScope, number> = { ALL: 5, ORG_SUBTREE: 4, ORG: 3, GRID: 2, SELF: 1 };

/** A CASL rule as stored on a role and sent to clients in `me { rules }`. */
export interface RawRule {
  action: string | string[];
  subject: string | string[];
  conditions?: Record<string, unknown>;
  fields?: string | string[];
  inverted?: boolean;
  reason?: string;
}

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

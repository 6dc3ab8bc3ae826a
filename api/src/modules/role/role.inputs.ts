import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { listOf, sortInput } from '../../core/pagination';
import { DataScope } from '../../core/rules';
import { Role } from './role.entity';

@InputType()
export class RoleFilter {
  @Field(() => String, { nullable: true, description: 'Substring of code or name' })
  q?: string;

  @Field(() => DataScope, { nullable: true })
  scope?: DataScope;

  @Field(() => [ID], { nullable: true })
  ids?: string[];
}

export enum RoleSortField {
  CODE = 'code',
  NAME = 'name',
  CREATED_AT = 'createdAt',
}
registerEnumType(RoleSortField, { name: 'RoleSortField' });

export const RoleSort = sortInput('Role', RoleSortField);
export type RoleSort = InstanceType<typeof RoleSort>;

@InputType()
export class CreateRoleInput {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => DataScope)
  scope!: DataScope;

  @Field(() => GraphQLJSON, { description: 'CASL rules: [{ action, subject, conditions?, fields?, inverted? }]' })
  rules!: unknown;
}

@InputType()
export class UpdateRoleInput {
  @Field(() => String, { nullable: true })
  name?: string;

  @Field(() => DataScope, { nullable: true })
  scope?: DataScope;

  @Field(() => GraphQLJSON, { nullable: true })
  rules?: unknown;
}

export const RoleList = listOf(Role);

import { Field, ID, InputType, ObjectType, Int, registerEnumType } from 'type-graphql';
import { SortDirection } from '../../core/pagination';
import { Org, OrgLevel } from './org.entity';

@InputType()
export class OrgFilter {
  @Field(() => ID, { nullable: true, description: 'This org and everything below it' })
  orgId?: string;

  @Field(() => ID, { nullable: true, description: 'Direct children of this org' })
  parentId?: string;

  @Field(() => OrgLevel, { nullable: true })
  level?: OrgLevel;

  @Field(() => String, { nullable: true, description: 'Substring of name or code' })
  q?: string;

  @Field(() => [ID], { nullable: true })
  ids?: string[];
}

export enum OrgSortField {
  NAME = 'name',
  CODE = 'code',
  LEVEL = 'level',
  CREATED_AT = 'createdAt',
}
registerEnumType(OrgSortField, { name: 'OrgSortField' });

@InputType()
export class OrgSort {
  @Field(() => OrgSortField)
  field!: OrgSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction!: SortDirection;
}

@InputType()
export class CreateOrgInput {
  @Field(() => String, { nullable: true, description: '12-digit administrative-division code; departments may have none' })
  code?: string | null;

  @Field(() => String)
  name!: string;

  @Field(() => OrgLevel)
  level!: OrgLevel;

  @Field(() => ID, { nullable: true, description: 'Required except for a root province or city' })
  parentId?: string | null;
}

@InputType()
export class UpdateOrgInput {
  @Field(() => String, { nullable: true })
  code?: string | null;

  @Field(() => String, { nullable: true })
  name?: string;

  @Field(() => OrgLevel, { nullable: true })
  level?: OrgLevel;

  @Field(() => ID, { nullable: true, description: 'Moves the org (and its subtree) under another parent' })
  parentId?: string;
}

@ObjectType()
export class OrgList {
  @Field(() => [Org])
  items!: Org[];

  @Field(() => Int)
  total!: number;
}

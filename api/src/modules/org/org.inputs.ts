import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { listOf, sortInput } from '../../core/pagination';
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

export const OrgSort = sortInput('Org', OrgSortField);
export type OrgSort = InstanceType<typeof OrgSort>;

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

export const OrgList = listOf(Org);

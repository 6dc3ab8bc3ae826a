import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { listOf, sortInput } from '../../core/pagination';
import { KeyLocation } from './key-location.entity';

@InputType()
export class KeyLocationFilter {
  @Field(() => ID, { nullable: true, description: 'This org and everything below it' })
  orgId?: string;

  @Field(() => ID, { nullable: true })
  gridId?: string;

  @Field(() => String, { nullable: true })
  kind?: string;

  @Field(() => String, { nullable: true, description: 'Substring of name or address' })
  q?: string;

  @Field(() => [ID], { nullable: true })
  ids?: string[];
}

export enum KeyLocationSortField {
  NAME = 'name',
  KIND = 'kind',
  CREATED_AT = 'createdAt',
}
registerEnumType(KeyLocationSortField, { name: 'KeyLocationSortField' });

export const KeyLocationSort = sortInput('KeyLocation', KeyLocationSortField);
export type KeyLocationSort = InstanceType<typeof KeyLocationSort>;

@InputType()
export class CreateKeyLocationInput {
  @Field(() => ID)
  gridId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  kind!: string;

  @Field(() => String, { nullable: true })
  address?: string;

  @Field(() => String, { nullable: true })
  notes?: string;
}

@InputType()
export class UpdateKeyLocationInput {
  @Field(() => String, { nullable: true })
  name?: string;

  @Field(() => String, { nullable: true })
  kind?: string;

  @Field(() => String, { nullable: true })
  address?: string;

  @Field(() => String, { nullable: true })
  notes?: string;
}

export const KeyLocationList = listOf(KeyLocation);

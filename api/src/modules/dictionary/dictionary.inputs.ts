import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { listOf, sortInput } from '../../core/pagination';
import { Dictionary } from './dictionary.entity';

@InputType()
export class DictionaryFilter {
  @Field(() => String, { nullable: true, description: 'The code list, e.g. EVENT_CATEGORY' })
  type?: string;

  @Field(() => Boolean, { nullable: true })
  enabled?: boolean;

  @Field(() => String, { nullable: true, description: 'Substring of code or name' })
  q?: string;

  @Field(() => [ID], { nullable: true })
  ids?: string[];
}

export enum DictionarySortField {
  TYPE = 'type',
  CODE = 'code',
  NAME = 'name',
  SORT = 'sort',
}
registerEnumType(DictionarySortField, { name: 'DictionarySortField' });

export const DictionarySort = sortInput('Dictionary', DictionarySortField);
export type DictionarySort = InstanceType<typeof DictionarySort>;

@InputType()
export class CreateDictionaryInput {
  @Field(() => String)
  type!: string;

  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Int, { nullable: true })
  sort?: number;

  @Field(() => Boolean, { nullable: true })
  enabled?: boolean;
}

@InputType()
export class UpdateDictionaryInput {
  @Field(() => String, { nullable: true })
  name?: string;

  @Field(() => Int, { nullable: true })
  sort?: number;

  @Field(() => Boolean, { nullable: true })
  enabled?: boolean;
}

export const DictionaryList = listOf(Dictionary);

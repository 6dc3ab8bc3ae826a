import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context';
import { Dictionary } from './dictionary.entity';
import { CreateDictionaryInput, DictionaryFilter, DictionaryList, DictionarySort, UpdateDictionaryInput } from './dictionary.inputs';
import * as dictionaries from './dictionary.service';

@Resolver(() => Dictionary)
export class DictionaryResolver {
  @Query(() => DictionaryList)
  dictionaries(
    @Ctx() ctx: Context,
    @Arg('filter', () => DictionaryFilter, { nullable: true }) filter?: DictionaryFilter,
    @Arg('sort', () => [DictionarySort], { nullable: true }) sort?: DictionarySort[],
    @Arg('offset', () => Int, { defaultValue: 0 }) offset?: number,
    @Arg('limit', () => Int, { defaultValue: 25 }) limit?: number,
  ) {
    return dictionaries.listDictionaries(ctx, filter, sort, offset, limit);
  }

  @Query(() => Dictionary, { nullable: true })
  dictionary(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return dictionaries.getDictionary(ctx, id);
  }

  @Mutation(() => Dictionary)
  createDictionary(@Ctx() ctx: Context, @Arg('input', () => CreateDictionaryInput) input: CreateDictionaryInput) {
    return dictionaries.createDictionary(ctx, input);
  }

  @Mutation(() => Dictionary)
  updateDictionary(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateDictionaryInput) input: UpdateDictionaryInput,
    @Arg('version', () => Int, { nullable: true }) version?: number,
  ) {
    return dictionaries.updateDictionary(ctx, id, input, version);
  }

  @Mutation(() => ID)
  deleteDictionary(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return dictionaries.deleteDictionary(ctx, id);
  }
}

import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context';
import { Grid } from '../grid/grid.entity';
import { KeyLocation } from './key-location.entity';
import { CreateKeyLocationInput, KeyLocationFilter, KeyLocationList, KeyLocationSort, UpdateKeyLocationInput } from './key-location.inputs';
import * as keyLocations from './key-location.service';
import { related, relation } from '../../core/relations';

/** KeyLocation fields answered by loaders (its module's `relations`). */
export const keyLocationRelations = {
  grid: relation('gridById', 'grid'),
};

@Resolver(() => KeyLocation)
export class KeyLocationResolver {
  @Query(() => KeyLocationList)
  keyLocations(
    @Ctx() ctx: Context,
    @Arg('filter', () => KeyLocationFilter, { nullable: true }) filter?: KeyLocationFilter,
    @Arg('sort', () => [KeyLocationSort], { nullable: true }) sort?: KeyLocationSort[],
    @Arg('offset', () => Int, { defaultValue: 0 }) offset?: number,
    @Arg('limit', () => Int, { defaultValue: 25 }) limit?: number,
  ) {
    return keyLocations.listKeyLocations(ctx, filter ?? undefined, sort, offset, limit);
  }

  @Query(() => KeyLocation, { nullable: true })
  keyLocation(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return keyLocations.getKeyLocation(ctx, id);
  }

  @FieldResolver(() => Grid, { nullable: true, description: 'Null when the caller may not read the grid' })
  grid(@Root() location: KeyLocation, @Ctx() ctx: Context) {
    return related(ctx, keyLocationRelations.grid, location);
  }

  @Mutation(() => KeyLocation)
  createKeyLocation(@Ctx() ctx: Context, @Arg('input', () => CreateKeyLocationInput) input: CreateKeyLocationInput) {
    return keyLocations.createKeyLocation(ctx, input);
  }

  @Mutation(() => KeyLocation)
  updateKeyLocation(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateKeyLocationInput) input: UpdateKeyLocationInput,
    @Arg('version', () => Int, { nullable: true }) version?: number,
  ) {
    return keyLocations.updateKeyLocation(ctx, id, input, version);
  }

  @Mutation(() => ID)
  deleteKeyLocation(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return keyLocations.deleteKeyLocation(ctx, id);
  }
}

import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context';
import { forbidden } from '../../core/errors';
import { FileDownload, ImportReport } from '../../core/import-report';
import { LargeInput } from '../../core/input-limits';
import { XLSX_BASE64_MAX } from '../../core/xlsx';
import { Org } from '../org/org.entity';
import { User } from '../user/user.entity';
import { Grid } from './grid.entity';
import { CreateGridInput, GridFilter, GridList, GridSort, UpdateGridInput } from './grid.inputs';
import * as grids from './grid.service';
import { gridsTemplate, importGrids } from './grid.xlsx';
import { related, relation } from '../../core/relations';

/** Grid fields answered by loaders (its module's `relations`). */
export const gridRelations = {
  org: relation('orgById', 'org'),
  parent: relation('gridById', 'parent'),
  children: relation('gridChildren', 'id'),
  leader: relation('userById', 'leader'),
  workers: relation('workersByGrid', 'id'),
};

@Resolver(() => Grid)
export class GridResolver {
  @Query(() => GridList)
  grids(
    @Ctx() ctx: Context,
    @Arg('filter', () => GridFilter, { nullable: true }) filter?: GridFilter,
    @Arg('sort', () => [GridSort], { nullable: true }) sort?: GridSort[],
    @Arg('offset', () => Int, { defaultValue: 0 }) offset?: number,
    @Arg('limit', () => Int, { defaultValue: 25 }) limit?: number,
  ) {
    return grids.listGrids(ctx, filter, sort, offset, limit);
  }

  @Query(() => Grid, { nullable: true })
  grid(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return grids.getGrid(ctx, id);
  }

  @Mutation(() => ImportReport, {
    description: 'Grids from an xlsx laid out like `gridsTemplate`, all or nothing; (community code, number) already present is updated',
  })
  @LargeInput({ fileBase64: XLSX_BASE64_MAX })
  importGrids(
    @Ctx() ctx: Context,
    @Arg('fileBase64', () => String) fileBase64: string,
    @Arg('dryRun', () => Boolean, { defaultValue: false }) dryRun: boolean,
  ) {
    if (!ctx.ability.can('create', 'Grid')) throw forbidden();
    return importGrids(ctx, fileBase64, dryRun);
  }

  @Query(() => FileDownload, { description: 'The xlsx template of `importGrids`' })
  gridsTemplate(@Ctx() ctx: Context) {
    if (!ctx.ability.can('create', 'Grid')) throw forbidden();
    return gridsTemplate();
  }

  @Mutation(() => Grid)
  createGrid(@Ctx() ctx: Context, @Arg('input', () => CreateGridInput) input: CreateGridInput) {
    return grids.createGrid(ctx, input);
  }

  @Mutation(() => Grid)
  updateGrid(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateGridInput) input: UpdateGridInput,
    @Arg('version', () => Int, { nullable: true }) version?: number,
  ) {
    return grids.updateGrid(ctx, id, input, version);
  }

  @Mutation(() => ID)
  deleteGrid(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return grids.deleteGrid(ctx, id);
  }

  @FieldResolver(() => Org, { nullable: true, description: 'Null only where the caller may not read orgs' })
  org(@Root() grid: Grid, @Ctx() ctx: Context) {
    return related(ctx, gridRelations.org, grid);
  }

  @FieldResolver(() => Grid, { nullable: true })
  parent(@Root() grid: Grid, @Ctx() ctx: Context) {
    return related(ctx, gridRelations.parent, grid);
  }

  @FieldResolver(() => [Grid])
  children(@Root() grid: Grid, @Ctx() ctx: Context) {
    return related(ctx, gridRelations.children, grid);
  }

  @FieldResolver(() => User, { nullable: true })
  leader(@Root() grid: Grid, @Ctx() ctx: Context) {
    return related(ctx, gridRelations.leader, grid);
  }

  @FieldResolver(() => [User])
  workers(@Root() grid: Grid, @Ctx() ctx: Context) {
    return related(ctx, gridRelations.workers, grid);
  }
}

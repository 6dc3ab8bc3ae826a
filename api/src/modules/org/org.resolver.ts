import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context';
import { forbidden } from '../../core/errors';
import { FileDownload, ImportReport } from '../../core/import-report';
import { LargeInput } from '../../core/input-limits';
import { XLSX_BASE64_MAX } from '../../core/xlsx';
import { Grid } from '../grid/grid.entity';
import { Org } from './org.entity';
import { CreateOrgInput, OrgFilter, OrgList, OrgSort, UpdateOrgInput } from './org.inputs';
import * as orgs from './org.service';
import { importOrgs, orgsTemplate } from './org.xlsx';
import { related, relation } from '../../core/relations';

/** Org fields answered by loaders (its module's `relations`). */
export const orgRelations = {
  parent: relation('orgById', 'parent'),
  children: relation('orgChildren', 'id'),
  grids: relation('gridsByOrg', 'id'),
};

@Resolver(() => Org)
export class OrgResolver {
  @Query(() => OrgList)
  orgs(
    @Ctx() ctx: Context,
    @Arg('filter', () => OrgFilter, { nullable: true }) filter?: OrgFilter,
    @Arg('sort', () => [OrgSort], { nullable: true }) sort?: OrgSort[],
    @Arg('offset', () => Int, { defaultValue: 0 }) offset?: number,
    @Arg('limit', () => Int, { defaultValue: 25 }) limit?: number,
  ) {
    return orgs.listOrgs(ctx, filter, sort, offset, limit);
  }

  @Query(() => Org, { nullable: true })
  org(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return orgs.getOrg(ctx, id);
  }

  @Mutation(() => ImportReport, { description: 'Orgs from an xlsx laid out like `orgsTemplate`, all or nothing; a code already present is updated' })
  @LargeInput({ fileBase64: XLSX_BASE64_MAX })
  importOrgs(@Ctx() ctx: Context, @Arg('fileBase64', () => String) fileBase64: string, @Arg('dryRun', () => Boolean, { defaultValue: false }) dryRun: boolean) {
    if (!ctx.ability.can('create', 'Org')) throw forbidden();
    return importOrgs(ctx, fileBase64, dryRun);
  }

  @Query(() => FileDownload, { description: 'The xlsx template of `importOrgs`' })
  orgsTemplate(@Ctx() ctx: Context) {
    if (!ctx.ability.can('create', 'Org')) throw forbidden();
    return orgsTemplate();
  }

  @Mutation(() => Org)
  createOrg(@Ctx() ctx: Context, @Arg('input', () => CreateOrgInput) input: CreateOrgInput) {
    return orgs.createOrg(ctx, input);
  }

  @Mutation(() => Org)
  updateOrg(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateOrgInput) input: UpdateOrgInput,
    @Arg('version', () => Int, { nullable: true }) version?: number,
  ) {
    return orgs.updateOrg(ctx, id, input, version);
  }

  @Mutation(() => ID)
  deleteOrg(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return orgs.deleteOrg(ctx, id);
  }

  @FieldResolver(() => Org, { nullable: true })
  parent(@Root() org: Org, @Ctx() ctx: Context) {
    return related(ctx, orgRelations.parent, org);
  }

  @FieldResolver(() => [Org], { description: 'From the root down, as far as the caller may see' })
  ancestors(@Root() org: Org, @Ctx() ctx: Context) {
    return orgs.ancestorsOf(ctx, org);
  }

  @FieldResolver(() => [Org])
  children(@Root() org: Org, @Ctx() ctx: Context) {
    return related(ctx, orgRelations.children, org);
  }

  @FieldResolver(() => [Grid])
  grids(@Root() org: Org, @Ctx() ctx: Context) {
    return related(ctx, orgRelations.grids, org);
  }
}

import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context';
import { Dictionary } from '../dictionary/dictionary.entity';
import { Grid } from '../grid/grid.entity';
import { Org } from '../org/org.entity';
import { User } from '../user/user.entity';
import { SupervisionStatus } from './person.enums';
import { SupervisedPerson } from './person.entity';
import { CreateSupervisedPersonInput, SupervisedPersonFilter, SupervisedPersonSort, UpdateSupervisedPersonInput } from './person.inputs';
import { SupervisedPersonList, SupervisionStats, SupportGroup } from './person.types';
import { FileDownload, ImportMode, ImportReport } from '../../core/import-report';
import * as people from './person.service';
import { exportPeople, importPeople, importTemplate } from './person.xlsx';
import { ServiceHours } from './service-hours.entity';
import { supervisionStats } from './person.stats';
import { supportGroupOf } from './support-group.service';
import { SupervisionHistory } from './supervision-history.entity';
import { Visit } from './visit.entity';
import { audit } from '../audit/audit.service';
import { forbidden } from '../../core/errors';
import { LargeInput } from '../../core/input-limits';
import { XLSX_BASE64_MAX } from '../../core/xlsx';
import { related, relation } from '../../core/relations';

/** SupervisedPerson fields answered by loaders (its module's `relations`). */
export const supervisedPersonRelations = {
  grid: relation('gridById', 'grid'),
  org: relation('orgById', 'org'),
  category: relation('dictionaryById', 'category'),
  responsible: relation('userById', 'responsible'),
  visits: relation('visitsByPerson', 'id'),
  history: relation('historyByPerson', 'id'),
  serviceHours: relation('serviceHoursByPerson', 'id'),
};

/** SupervisionHistory fields answered by loaders (its module's `relations`). */
export const supervisionHistoryRelations = {
  fromGrid: relation('gridById', 'fromGrid'),
  toGrid: relation('gridById', 'toGrid'),
};

@Resolver(() => SupervisedPerson)
export class SupervisedPersonResolver {
  @Query(() => SupervisedPersonList)
  supervisedPeople(
    @Ctx() ctx: Context,
    @Arg('filter', () => SupervisedPersonFilter, { nullable: true }) filter?: SupervisedPersonFilter,
    @Arg('sort', () => [SupervisedPersonSort], { nullable: true }) sort?: SupervisedPersonSort[],
    @Arg('offset', () => Int, { defaultValue: 0 }) offset?: number,
    @Arg('limit', () => Int, { defaultValue: 25 }) limit?: number,
  ) {
    return people.listPeople(ctx, filter, sort, offset, limit);
  }

  @Query(() => SupervisedPerson, { nullable: true })
  supervisedPerson(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return people.getPerson(ctx, id);
  }

  @Query(() => SupervisionStats, { description: 'Counts only; assessors get these and no people' })
  supervisionStats(@Ctx() ctx: Context, @Arg('orgId', () => ID, { nullable: true }) orgId?: string) {
    return supervisionStats(ctx, orgId);
  }

  @Mutation(() => SupervisedPerson)
  createSupervisedPerson(@Ctx() ctx: Context, @Arg('input', () => CreateSupervisedPersonInput) input: CreateSupervisedPersonInput) {
    return people.createPerson(ctx, input);
  }

  @Mutation(() => SupervisedPerson)
  updateSupervisedPerson(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateSupervisedPersonInput) input: UpdateSupervisedPersonInput,
    @Arg('version', () => Int, { nullable: true }) version?: number,
  ) {
    return people.updatePerson(ctx, id, input, version);
  }

  @Mutation(() => SupervisedPerson, { description: 'Moves an ACTIVE person to another grid; needs update rights where the person is and where it goes' })
  transferSupervisedPerson(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('toGridId', () => ID) toGridId: string,
    @Arg('reason', () => String) reason: string,
  ) {
    return people.transferPerson(ctx, id, toGridId, reason);
  }

  @Mutation(() => SupervisedPerson)
  changeSupervisionStatus(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('status', () => SupervisionStatus) status: SupervisionStatus,
    @Arg('reason', () => String) reason: string,
  ) {
    return people.changeStatus(ctx, id, status, reason);
  }

  @Mutation(() => ImportReport)
  @LargeInput({ fileBase64: XLSX_BASE64_MAX })
  importSupervisedPeople(
    @Ctx() ctx: Context,
    @Arg('fileBase64', () => String) fileBase64: string,
    @Arg('mode', () => ImportMode, { defaultValue: ImportMode.ALL_OR_NOTHING }) mode: ImportMode,
    @Arg('dryRun', () => Boolean, { defaultValue: false }) dryRun: boolean,
  ) {
    if (!ctx.ability.can('create', 'SupervisedPerson') && !ctx.ability.can('update', 'SupervisedPerson')) throw forbidden();
    return importPeople(ctx, fileBase64, mode, dryRun);
  }

  @Query(() => FileDownload, { description: 'The xlsx import template' })
  supervisedPeopleTemplate(@Ctx() ctx: Context) {
    if (!ctx.ability.can('create', 'SupervisedPerson')) throw forbidden();
    return importTemplate(ctx);
  }

  @Query(() => FileDownload, { description: 'The filtered list as xlsx, masked by the caller’s field rules' })
  async exportSupervisedPeople(@Ctx() ctx: Context, @Arg('filter', () => SupervisedPersonFilter, { nullable: true }) filter?: SupervisedPersonFilter) {
    const file = await exportPeople(ctx, filter);
    await ctx.em.transactional(async (em) =>
      audit(ctx, em, { operation: 'exportSupervisedPeople', targetType: 'SupervisedPerson', after: { filter: { ...filter }, filename: file.filename } }),
    );
    return file;
  }

  @FieldResolver(() => Grid, { nullable: true })
  grid(@Root() p: SupervisedPerson, @Ctx() ctx: Context) {
    return related(ctx, supervisedPersonRelations.grid, p);
  }

  @FieldResolver(() => Org, { nullable: true })
  org(@Root() p: SupervisedPerson, @Ctx() ctx: Context) {
    return related(ctx, supervisedPersonRelations.org, p);
  }

  @FieldResolver(() => Dictionary, { nullable: true })
  category(@Root() p: SupervisedPerson, @Ctx() ctx: Context) {
    return related(ctx, supervisedPersonRelations.category, p);
  }

  @FieldResolver(() => User, { nullable: true, description: 'The responsible worker' })
  responsible(@Root() p: SupervisedPerson, @Ctx() ctx: Context) {
    return related(ctx, supervisedPersonRelations.responsible, p);
  }

  @FieldResolver(() => SupportGroup)
  supportGroup(@Root() p: SupervisedPerson, @Ctx() ctx: Context) {
    return supportGroupOf(ctx, p);
  }

  @FieldResolver(() => [Visit], { description: 'Oldest first' })
  visits(@Root() p: SupervisedPerson, @Ctx() ctx: Context) {
    return related(ctx, supervisedPersonRelations.visits, p);
  }

  @FieldResolver(() => [SupervisionHistory])
  history(@Root() p: SupervisedPerson, @Ctx() ctx: Context) {
    return related(ctx, supervisedPersonRelations.history, p);
  }

  @FieldResolver(() => [ServiceHours])
  serviceHours(@Root() p: SupervisedPerson, @Ctx() ctx: Context) {
    return related(ctx, supervisedPersonRelations.serviceHours, p);
  }
}

@Resolver(() => SupervisionHistory)
export class SupervisionHistoryResolver {
  @FieldResolver(() => Grid, { nullable: true })
  fromGrid(@Root() h: SupervisionHistory, @Ctx() ctx: Context) {
    return related(ctx, supervisionHistoryRelations.fromGrid, h);
  }

  @FieldResolver(() => Grid, { nullable: true })
  toGrid(@Root() h: SupervisionHistory, @Ctx() ctx: Context) {
    return related(ctx, supervisionHistoryRelations.toGrid, h);
  }
}

import { DateResolver } from 'graphql-scalars';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context';
import { Grid } from '../grid/grid.entity';
import { GridReport } from './grid-report.entity';
import { GridReportCalendar, GridReportInput, TrafficLightGroupBy, TrafficLightRates } from './grid-report.inputs';
import * as reports from './grid-report.service';
import { isoDay } from '../../core/calendar';
import { related, relation } from '../../core/relations';

/** GridReport fields answered by loaders (its module's `relations`). */
export const gridReportRelations = {
  grid: relation('gridById', 'grid'),
};

@Resolver(() => GridReport)
export class GridReportResolver {
  @Mutation(() => GridReport)
  submitGridReport(@Ctx() ctx: Context, @Arg('input', () => GridReportInput) input: GridReportInput) {
    return reports.submitGridReport(ctx, { ...input, date: input.date == null ? input.date : isoDay(input.date) });
  }

  @Mutation(() => GridReport, { description: 'SMS format: "12号网格平安" or "12号网格：<incident>", for a grid of the caller community, today' })
  submitGridReportText(@Ctx() ctx: Context, @Arg('text', () => String) text: string) {
    return reports.submitGridReportText(ctx, text);
  }

  @Query(() => GridReportCalendar, { description: 'month: YYYY-MM' })
  gridReportCalendar(@Ctx() ctx: Context, @Arg('gridId', () => ID) gridId: string, @Arg('month', () => String) month: string) {
    return reports.gridReportCalendar(ctx, gridId, month);
  }

  @Query(() => TrafficLightRates)
  trafficLightRates(
    @Ctx() ctx: Context,
    @Arg('from', () => DateResolver) from: Date,
    @Arg('to', () => DateResolver) to: Date,
    @Arg('groupBy', () => TrafficLightGroupBy, { defaultValue: TrafficLightGroupBy.GRID }) groupBy: TrafficLightGroupBy,
    @Arg('orgId', () => ID, { nullable: true }) orgId?: string,
  ) {
    return reports.trafficLightRates(ctx, orgId, isoDay(from), isoDay(to), groupBy);
  }

  @FieldResolver(() => Grid, { nullable: true })
  grid(@Root() report: GridReport, @Ctx() ctx: Context) {
    return related(ctx, gridReportRelations.grid, report);
  }
}

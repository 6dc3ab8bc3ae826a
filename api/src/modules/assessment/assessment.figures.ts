import type { Context } from '../../core/context';
import { percent } from '../../core/percent';
import { reportingRateByOrg } from '../form/form.stats';
import { trafficLightRates } from '../grid-report/grid-report.service';
import { TrafficLightGroupBy } from '../grid-report/grid-report.inputs';
import { VisitComplianceGroupBy } from '../person/person.enums';
import { visitComplianceStats } from '../person/visit.stats';
import { taskStats, TaskStatsGroupBy } from '../task/task.stats';
import { AutoSource, monthsOf, periodRange, round2, surveyPeriodsOf } from './assessment.scoring';
import { surveyScoresByGrid } from './survey.scores';

export type Figures = Partial<Record<AutoSource, number | null>>;

/**
 * The AUTO figures of every grid of `orgId`'s subtree for `period`, by grid id, from the same service
 * functions that answer trafficLightRates, taskStats and visitCompliance (so within the caller's
 * scope, as those are). Only the sources in `sources` are computed.
 */
export async function gridFigures(ctx: Context, orgId: string, period: string, sources: Set<AutoSource>): Promise<Map<string, Figures>> {
  const { from, to } = periodRange(period)!;
  const out = new Map<string, Figures>();
  const put = (gridId: string, source: AutoSource, value: number | null) => {
    if (!gridId) return;
    out.set(gridId, { ...out.get(gridId), [source]: value });
  };
  if (sources.has(AutoSource.GREEN_LIGHT_RATE)) {
    const rates = await trafficLightRates(ctx, orgId, from, to, TrafficLightGroupBy.GRID);
    for (const g of rates.groups) put(g.key, AutoSource.GREEN_LIGHT_RATE, g.gridDays ? g.greenRate : null);
  }
  if (sources.has(AutoSource.CLOSURE_RATE) || sources.has(AutoSource.ON_TIME_RATE)) {
    const stats = await taskStats(ctx, orgId, from, to, TaskStatsGroupBy.GRID);
    for (const g of stats.groups) {
      put(g.key, AutoSource.CLOSURE_RATE, g.received ? g.closureRate : null);
      put(g.key, AutoSource.ON_TIME_RATE, g.onTimeRate);
    }
  }
  if (sources.has(AutoSource.VISIT_COMPLIANCE)) {
    const months = monthsOf(period);
    const stats = await visitComplianceStats(ctx, orgId, months[0]!, months[months.length - 1]!, VisitComplianceGroupBy.GRID);
    for (const g of stats.groups) put(g.key, AutoSource.VISIT_COMPLIANCE, g.active ? percent(g.visited, g.active) : null);
  }
  if (sources.has(AutoSource.SURVEY_SCORE)) {
    for (const [gridId, score] of await surveyScoresByGrid(ctx, orgId, surveyPeriodsOf(period))) put(gridId, AutoSource.SURVEY_SCORE, score);
  }
  if (sources.has(AutoSource.REPORTING_RATE)) {
    // Data rounds ask orgs, not grids: a grid takes the 上报率 of the org it belongs to.
    const byOrg = await reportingRateByOrg(ctx, orgId, from, to);
    const grids = await ctx.em.execute<{ id: string; org_id: string }[]>('select g.id::text, g.org_id::text from grid g where g.org_id = any(?::bigint[])', [
      `{${[...byOrg.keys()].join(',')}}`,
    ]);
    for (const g of grids) put(g.id, AutoSource.REPORTING_RATE, byOrg.get(g.org_id)!.rate);
  }
  return out;
}

/** A user's or an org's figure: the mean of the figures of the grids it works in (or holds), leaving out grids without data. */
export function meanFigures(perGrid: Map<string, Figures>, gridIds: string[], sources: Set<AutoSource>): Figures {
  const out: Figures = {};
  for (const source of sources) {
    const values = gridIds.map((g) => perGrid.get(g)?.[source]).filter((v): v is number => v != null);
    out[source] = values.length ? round2(values.reduce((a, b) => a + b, 0) / values.length) : null;
  }
  return out;
}

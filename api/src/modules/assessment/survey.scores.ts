import { scopedSelect } from '../../core/access';
import type { Context } from '../../core/context';
import { subtreeRange } from '../../core/rules';
import { Org } from '../org/org.entity';
import { round2 } from './assessment.scoring';
import { SurveyResponse } from './survey.entity';

/**
 * Each grid's survey score over the rounds of `periods`: the mean of its responses (each already
 * 0–100), over the responses the caller may read in `orgId`'s subtree.
 */
export async function surveyScoresByGrid(ctx: Context, orgId: string, periods: string[]): Promise<Map<string, number>> {
  const scope = ctx.where('read', 'SurveyResponse');
  const org = await ctx.em.findOne(Org, orgId);
  if (!scope || !org || !periods.length) return new Map();
  const ids = scopedSelect(ctx.em, SurveyResponse, scope, [{ org: { path: subtreeRange(org.path) } }]);
  const rows = await ctx.em.execute<{ grid_id: string; score: number }[]>(
    `select r.grid_id::text as grid_id, avg(r.score)::float as score
       from survey_response r join survey_round sr on sr.id = r.round_id
      where r.id in (${ids.sql}) and sr.period in (${periods.map(() => '?').join(', ')})
      group by r.grid_id`,
    [...ids.params, ...periods],
  );
  return new Map(rows.map((r) => [r.grid_id, round2(r.score)]));
}

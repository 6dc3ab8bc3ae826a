import { findReadable, scopedSelect } from '../../core/access';
import type { Context } from '../../core/context';
import { like, page } from '../../core/pagination';
import { Org } from '../org/org.entity';
import { subtreeCondition } from '../org/org.service';
import { AssessmentRound, Scorecard } from './assessment.entity';
import type { AssessmentRanking, AssessmentRankingFilter, AssessmentSummaryGroup } from './assessment.inputs';
import { previousPeriod, round2 } from './assessment.scoring';

/**
 * The scorecards of a round by total, highest first, as far as the caller may read them. Ranks are
 * over the whole round (equal totals share a rank; 1, 2, 2, 4), so a reader sees the same rank for a
 * subject as everyone else; `change` compares with the scheme's previous period over the same org.
 */
export async function assessmentRanking(
  ctx: Context,
  roundId: string,
  filter: AssessmentRankingFilter = {},
  offset?: number,
  limit?: number,
): Promise<AssessmentRanking> {
  const p = page(offset, limit);
  const round = await findReadable(ctx, AssessmentRound, 'AssessmentRound', roundId);
  const scope = ctx.where('read', 'Scorecard');
  if (!round || !scope) return { items: [], total: 0 };
  await ctx.em.populate(round, ['scheme']);
  const conds: Record<string, unknown>[] = [{ round: round.id }];
  if (filter.orgId) conds.push(await subtreeCondition(ctx.em, filter.orgId, 'org'));
  if (filter.grade) conds.push({ grade: filter.grade });
  if (filter.q?.trim()) conds.push({ subjectName: { $ilike: like(filter.q.trim()) } });
  const visible = scopedSelect(ctx.em, Scorecard, scope, conds);
  const rows = await ctx.em.execute<{ id: string; rank: number; previous: number | null; total_count: number }[]>(
    `with ranked as (select s.id, s.subject_key, s.subject_name, s.total, rank() over (order by s.total desc)::int as rank from scorecard s where s.round_id = ?),
          prev as (select s.subject_key, s.total from scorecard s join assessment_round r on r.id = s.round_id join assessment_scheme h on h.id = r.scheme_id
                    where h.code = ? and r.period = ? and r.org_id = ?)
     select ranked.id::text as id, ranked.rank, prev.total as previous, (count(*) over ())::int as total_count
       from ranked left join prev on prev.subject_key = ranked.subject_key
      where ranked.id in (${visible.sql})
      order by ranked.rank, ranked.subject_name, ranked.id
      offset ? limit ?`,
    [round.id, round.scheme.code, previousPeriod(round.period), round.org.id, ...visible.params, p.offset, p.limit],
  );
  const cards = await ctx.em.find(Scorecard, { id: { $in: rows.map((r) => r.id) } });
  const byId = new Map(cards.map((c) => [c.id, c]));
  const total =
    rows[0]?.total_count ?? (p.offset ? (await ctx.em.execute<{ n: number }[]>(`select count(*)::int as n from (${visible.sql}) v`, visible.params))[0]!.n : 0);
  return {
    total,
    items: rows.map((r) => {
      const card = byId.get(r.id)!;
      const previous = r.previous == null ? null : Number(r.previous);
      return {
        rank: r.rank,
        scorecard: card,
        total: card.total,
        grade: card.grade ?? null,
        previousTotal: previous,
        change: previous == null ? null : round2(card.total - previous),
      };
    }),
  };
}

/** Per child org of the round's org: how many scorecards, their mean, lowest and highest totals, and the count of each grade. */
export async function assessmentSummary(ctx: Context, roundId: string): Promise<AssessmentSummaryGroup[]> {
  const round = await findReadable(ctx, AssessmentRound, 'AssessmentRound', roundId);
  const scope = ctx.where('read', 'Scorecard');
  if (!round || !scope) return [];
  await ctx.em.populate(round, ['scheme']);
  const org = await ctx.em.findOneOrFail(Org, round.org.id);
  const visible = scopedSelect(ctx.em, Scorecard, scope, [{ round: round.id }]);
  const rows = await ctx.em.execute<{ key: string; label: string; grade: string | null; n: number; sum: number; min: number; max: number }[]>(
    `select c.id::text as key, c.name as label, s.grade, count(*)::int as n, sum(s.total)::float as sum, min(s.total)::float as min, max(s.total)::float as max
       from scorecard s join org o on o.id = s.org_id
       join org c on c.id = coalesce(nullif(split_part(substr(o.path, length(?) + 1), '/', 1), ''), ?)::bigint
      where s.id in (${visible.sql})
      group by c.id, c.name, s.grade`,
    [org.path, org.id, ...visible.params],
  );
  const groups = new Map<string, AssessmentSummaryGroup & { sum: number }>();
  for (const r of rows) {
    const g = groups.get(r.key) ?? { key: r.key, label: r.label, count: 0, sum: 0, mean: null, min: null, max: null, grades: [] };
    g.count += r.n;
    g.sum += r.sum;
    g.min = g.min == null ? r.min : Math.min(g.min, r.min);
    g.max = g.max == null ? r.max : Math.max(g.max, r.max);
    if (r.grade) g.grades.push({ grade: r.grade, count: r.n });
    groups.set(r.key, g);
  }
  const bandOrder = round.scheme.grades.map((b) => b.grade);
  return [...groups.values()]
    .map(({ sum, ...g }) => ({
      ...g,
      mean: g.count ? round2(sum / g.count) : null,
      grades: bandOrder.map((grade) => ({ grade, count: g.grades.find((x) => x.grade === grade)?.count ?? 0 })),
    }))
    .sort((a, b) => a.label.localeCompare(b.label, 'zh'));
}

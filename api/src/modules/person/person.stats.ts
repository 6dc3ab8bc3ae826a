import type { Context } from '../../core/context';
import { subtreeCondition } from '../org/org.service';
import type { CountBy, SupervisionStats } from './person.types';
import { scopedSelect } from '../../core/access';
import { SupervisedPerson } from './person.entity';

/** Counts of people by status, kind, category and risk over what the caller may count; no person rows leave. */
export async function supervisionStats(ctx: Context, orgId?: string): Promise<SupervisionStats> {
  const scope = ctx.where('read', 'SupervisionStats');
  if (!scope) return { total: 0, byStatus: [], byKind: [], byCategory: [], byRisk: [] };
  const subtree = orgId ? [await subtreeCondition(ctx.em, orgId, 'org')] : [];
  const ids = scopedSelect(ctx.em, SupervisedPerson, scope, subtree);
  const rows = await ctx.em.execute<{ dim: string; key: string; label: string | null; count: number }[]>(
    `with p as (select * from supervised_person where id in (${ids.sql}))
     select 'status' as dim, status::text as key, null as label, count(*)::int as count from p group by status
     union all select 'kind', kind::text, null, count(*)::int from p group by kind
     union all select 'risk', risk_level::text, null, count(*)::int from p group by risk_level
     union all select 'category', d.code, d.name, count(*)::int from p join dictionary d on d.id = p.category_id group by d.code, d.name
     order by 1, 2`,
    ids.params,
  );
  const of = (dim: string): CountBy[] => rows.filter((r) => r.dim === dim).map(({ key, label, count }) => ({ key, label, count }));
  const byStatus = of('status');
  return { total: byStatus.reduce((n, r) => n + r.count, 0), byStatus, byKind: of('kind'), byCategory: of('category'), byRisk: of('risk') };
}

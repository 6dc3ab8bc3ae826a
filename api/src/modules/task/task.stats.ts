import { DateResolver } from 'graphql-scalars';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { subtreeRange } from '../../core/rules';
import { findReferenced, scopedSelect } from '../../core/access';
import type { Context } from '../../core/context';
import { percent } from '../../core/percent';
import { FieldErrors } from '../../core/validate';
import { Org } from '../org/org.entity';
import { period } from '../../core/calendar';
import { Task } from './task.entity';

export enum TaskStatsGroupBy {
  CHILD_ORG = 'CHILD_ORG',
  CATEGORY = 'CATEGORY',
  COMPONENT = 'COMPONENT',
  DAY = 'DAY',
  GRID = 'GRID',
}
registerEnumType(TaskStatsGroupBy, { name: 'TaskStatsGroupBy' });

@ObjectType()
export class TaskStatsGroup {
  @Field(() => String, { description: 'Org id, dictionary code, YYYY-MM-DD or grid id; empty for tasks without a category/component/grid' })
  key!: string;

  @Field(() => String)
  label!: string;

  @Field(() => Int)
  received!: number;

  @Field(() => Int)
  closed!: number;

  @Field(() => Float, { description: 'Percent, two decimals: 97.95 for 2527 of 2580' })
  closureRate!: number;

  @Field(() => Int)
  overdue!: number;

  @Field(() => Float, { nullable: true, description: 'Percent of resolved tasks resolved by their deadline' })
  onTimeRate!: number | null;

  @Field(() => Float, { nullable: true })
  avgHandlingHours!: number | null;
}

@ObjectType({ description: 'Task statistics of an org subtree and period, within the caller scope; totals equal the sum of the groups' })
export class TaskStats {
  @Field(() => DateResolver)
  from!: string;

  @Field(() => DateResolver)
  to!: string;

  @Field(() => Int, { description: 'Tasks reported in the period' })
  received!: number;

  @Field(() => Int, { description: 'Of those, closed (注销)' })
  closed!: number;

  @Field(() => Float, { description: 'closed / received in percent, two decimals (97.95)' })
  closureRate!: number;

  @Field(() => Int, { description: 'Of those, resolved after the deadline or still unresolved past it' })
  overdue!: number;

  @Field(() => Float, { nullable: true, description: 'Resolved by the deadline / resolved, in percent' })
  onTimeRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean hours from registration to resolution' })
  avgHandlingHours!: number | null;

  @Field(() => [TaskStatsGroup])
  groups!: TaskStatsGroup[];
}

/** graphql-scalars' Date arrives as a Date at UTC midnight; the services work with `YYYY-MM-DD`. */

/** Columns of a task that the statistics read; selected once, inside the scoped query. */
const STAT_COLUMNS = ['org_id', 'grid_id', 'category_id', 'component_id', 'status', 'resolved_late', 'resolved_at', 'deadline', 'registered_at', 'reported_at'];

const GROUP_SQL: Record<TaskStatsGroupBy, { key: string; label: string; joins: string }> = {
  // Which child of the requested org each org falls under is worked out on the org table (hundreds of
  // rows), so the task rows only take a join on ids.
  CHILD_ORG: {
    key: 'm.child_id::text',
    label: 'c.name',
    joins:
      "join (select o.id, coalesce(nullif(split_part(substr(o.path, length(?) + 1), '/', 1), ''), ?)::bigint as child_id from org o) m on m.id = t.org_id join org c on c.id = m.child_id",
  },
  CATEGORY: { key: "coalesce(d.code, '')", label: "coalesce(d.name, '')", joins: 'left join dictionary d on d.id = t.category_id' },
  COMPONENT: { key: "coalesce(d.code, '')", label: "coalesce(d.name, '')", joins: 'left join dictionary d on d.id = t.component_id' },
  DAY: {
    key: "to_char((t.reported_at at time zone 'UTC') + interval '8 hours', 'YYYY-MM-DD')",
    label: "to_char((t.reported_at at time zone 'UTC') + interval '8 hours', 'YYYY-MM-DD')",
    joins: '',
  },
  GRID: { key: "coalesce(t.grid_id::text, '')", label: "coalesce(gr.name, '')", joins: 'left join grid gr on gr.id = t.grid_id' },
};

interface Row {
  key: string | null;
  label: string | null;
  received: number;
  closed: number;
  overdue: number;
  resolved: number;
  on_time: number;
  hours: string | null;
}

type Sums = Omit<Row, 'key' | 'label' | 'hours'> & { hours: number };

const shape = (r: Sums) => ({
  received: r.received,
  closed: r.closed,
  closureRate: percent(r.closed, r.received),
  overdue: r.overdue,
  onTimeRate: r.resolved ? percent(r.on_time, r.resolved) : null,
  avgHandlingHours: r.resolved ? Math.round((r.hours / r.resolved) * 10) / 10 : null,
});

/**
 * Received, closed, overdue, on-time and handling time of the tasks reported in [from, to] in
 * `orgId`'s subtree that the caller may read: one SQL statement per group, totals summed from the
 * groups (so they always agree, and a plain GROUP BY lets PostgreSQL aggregate in parallel).
 */
export async function taskStats(ctx: Context, orgId: string | undefined, from: string, to: string, groupBy: TaskStatsGroupBy): Promise<TaskStats> {
  const errors = new FieldErrors();
  const { start, end } = period(errors, from, to);
  errors.throwIfAny();
  const org = await findReferenced(ctx, ctx.em, Org, 'Org', 'orgId', orgId ?? ctx.actor!.scopeRootId);
  const scope = ctx.where('read', 'TaskStats');
  if (!scope) return { from, to, received: 0, closed: 0, closureRate: 0, overdue: 0, onTimeRate: null, avgHandlingHours: null, groups: [] };
  // The scoped rows feed the aggregate directly: an `id in (…)` semi-join would scan and hash the table twice.
  const rowsInScope = scopedSelect(ctx.em, Task, scope, [{ org: { path: subtreeRange(org.path) } }, { reportedAt: { $gte: start, $lt: end } }], STAT_COLUMNS);
  const g = GROUP_SQL[groupBy];
  const orgParams = groupBy === TaskStatsGroupBy.CHILD_ORG ? [org.path, org.id] : [];
  const rows = await ctx.em.execute<Row[]>(
    `select ${g.key} as key, ${g.label} as label,
       count(*)::int as received,
       (count(*) filter (where t.status = 'CLOSED'))::int as closed,
       (count(*) filter (where t.resolved_late or (t.resolved_at is null and t.deadline < now())))::int as overdue,
       (count(*) filter (where t.resolved_at is not null))::int as resolved,
       (count(*) filter (where t.resolved_at is not null and not t.resolved_late))::int as on_time,
       sum(extract(epoch from t.resolved_at - coalesce(t.registered_at, t.reported_at)) / 3600) filter (where t.resolved_at is not null) as hours
     from (${rowsInScope.sql}) t ${g.joins}
     group by 1, 2`,
    [...rowsInScope.params, ...orgParams],
  );
  const sums = rows.map((r) => ({ ...r, hours: Number(r.hours ?? 0) }));
  const totals = sums.reduce<Sums>(
    (acc, r) => ({
      received: acc.received + r.received,
      closed: acc.closed + r.closed,
      overdue: acc.overdue + r.overdue,
      resolved: acc.resolved + r.resolved,
      on_time: acc.on_time + r.on_time,
      hours: acc.hours + r.hours,
    }),
    { received: 0, closed: 0, overdue: 0, resolved: 0, on_time: 0, hours: 0 },
  );
  const groups = sums.map((r) => ({ key: r.key ?? '', label: r.label ?? '', ...shape(r) }));
  if (groupBy === TaskStatsGroupBy.DAY) groups.sort((a, b) => a.key.localeCompare(b.key));
  else if (groupBy === TaskStatsGroupBy.CHILD_ORG) groups.sort((a, b) => a.label.localeCompare(b.label, 'zh'));
  else groups.sort((a, b) => b.received - a.received || a.key.localeCompare(b.key));
  return { from, to, ...shape(totals), groups };
}

import { DateResolver } from 'graphql-scalars';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { subtreeRange } from '../../core/rules';
import { findReferenced, scopeCoversSubtree, scopedSelect } from '../../core/access';
import type { Context } from '../../core/context';
import { percent } from '../../core/percent';
import { FieldErrors } from '../../core/validate';
import { Org } from '../org/org.entity';
import { period } from '../../core/calendar';
import { Task, TaskKind } from './task.entity';

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

/**
 * The same groups read from the rollups (rollup.task_day, rollup.task_open: migration 20261202130000; rollup.task_org_day,
 * the same without category and component, for groupings that do not need them: 20261202132000),
 * whose rows for an org hold its whole subtree: `rows` picks the org's rows, or for CHILD_ORG its
 * children's rows and its own tasks (`own`), by index. Sums go by the group's id (`gid`, for the due-today
 * task rows `rowGid`), names are joined to the few groups afterwards. Groupings without an entry here
 * count the task rows.
 */
const ROLLUP_SQL: Partial<
  Record<
    TaskStatsGroupBy,
    {
      sums: 'rollup.task_day' | 'rollup.task_org_day';
      rows: string;
      rowsParams: (org: Org) => string[];
      gid: string;
      rowGid: string;
      rowGidParams: (org: Org) => string[];
      key: string;
      label: string;
      labels: string;
    }
  >
> = {
  CHILD_ORG: {
    sums: 'rollup.task_org_day',
    rows: 'r.org_id = any(array(select id from org where parent_id = ? union all select ?::bigint)) and (r.own or r.org_id <> ?)',
    rowsParams: (org) => [org.id, org.id, org.id],
    gid: 'r.org_id',
    rowGid: "(select coalesce(nullif(split_part(substr(o.path, length(?) + 1), '/', 1), ''), ?)::bigint from org o where o.id = t.org_id)",
    rowGidParams: (org) => [org.path, org.id],
    key: 'g.gid::text',
    label: 'c.name',
    labels: 'join org c on c.id = g.gid',
  },
  CATEGORY: {
    sums: 'rollup.task_day',
    rows: 'r.org_id = ?',
    rowsParams: (org) => [org.id],
    gid: 'r.category_id',
    rowGid: 'coalesce(t.category_id, 0)',
    rowGidParams: () => [],
    key: "coalesce(d.code, '')",
    label: "coalesce(d.name, '')",
    labels: 'left join dictionary d on d.id = g.gid',
  },
  COMPONENT: {
    sums: 'rollup.task_day',
    rows: 'r.org_id = ?',
    rowsParams: (org) => [org.id],
    gid: 'r.component_id',
    rowGid: 'coalesce(t.component_id, 0)',
    rowGidParams: () => [],
    key: "coalesce(d.code, '')",
    label: "coalesce(d.name, '')",
    labels: 'left join dictionary d on d.id = g.gid',
  },
  DAY: {
    sums: 'rollup.task_org_day',
    rows: 'r.org_id = ?',
    rowsParams: (org) => [org.id],
    gid: 'r.day',
    rowGid: "((t.reported_at at time zone 'UTC') + interval '8 hours')::date",
    rowGidParams: () => [],
    key: "to_char(g.gid, 'YYYY-MM-DD')",
    label: "to_char(g.gid, 'YYYY-MM-DD')",
    labels: '',
  },
};

interface Row {
  key: string | null;
  label: string | null;
  received: number;
  closed: number;
  overdue: number;
  resolved: number;
  on_time: number;
  seconds: string | null;
}

type Sums = Omit<Row, 'key' | 'label' | 'seconds'> & { seconds: number };

const shape = (r: Sums) => ({
  received: r.received,
  closed: r.closed,
  closureRate: percent(r.closed, r.received),
  overdue: r.overdue,
  onTimeRate: r.resolved ? percent(r.on_time, r.resolved) : null,
  avgHandlingHours: r.resolved ? Math.round((r.seconds / 3600 / r.resolved) * 10) / 10 : null,
});

const RAW_SUMS = `count(*)::int as received,
       (count(*) filter (where t.status = 'CLOSED'))::int as closed,
       (count(*) filter (where t.resolved_late or (t.resolved_at is null and t.deadline < now())))::int as overdue,
       (count(*) filter (where t.resolved_at is not null))::int as resolved,
       (count(*) filter (where t.resolved_at is not null and not t.resolved_late))::int as on_time,
       sum(extract(epoch from t.resolved_at - coalesce(t.registered_at, t.reported_at))) filter (where t.resolved_at is not null) as seconds`;

/** The groups counted over the task rows in scope. */
async function rawGroups(ctx: Context, org: Org, scope: Record<string, unknown>, start: Date, end: Date, groupBy: TaskStatsGroupBy): Promise<Row[]> {
  // The scoped rows feed the aggregate directly: an `id in (…)` semi-join would scan and hash the table twice.
  const rowsInScope = scopedSelect(
    ctx.em,
    Task,
    scope,
    [{ kind: TaskKind.EVENT }, { org: { path: subtreeRange(org.path) } }, { reportedAt: { $gte: start, $lt: end } }],
    STAT_COLUMNS,
  );
  const g = GROUP_SQL[groupBy];
  const orgParams = groupBy === TaskStatsGroupBy.CHILD_ORG ? [org.path, org.id] : [];
  return ctx.em.execute<Row[]>(`select ${g.key} as key, ${g.label} as label, ${RAW_SUMS} from (${rowsInScope.sql}) t ${g.joins} group by 1, 2`, [
    ...rowsInScope.params,
    ...orgParams,
  ]);
}

/**
 * The groups read from the rollups: everything but the overdue tasks still unresolved comes from
 * rollup.task_day; of those, the ones due before today (UTC) from rollup.task_open, and the ones
 * due today by now from the task rows (an indexed range on `deadline`).
 */
async function rollupGroups(
  ctx: Context,
  org: Org,
  scope: Record<string, unknown>,
  from: string,
  to: string,
  start: Date,
  end: Date,
  groupBy: TaskStatsGroupBy,
) {
  const r = ROLLUP_SQL[groupBy]!;
  const now = new Date();
  const today = now.toISOString().slice(0, 10);
  const dueToday = scopedSelect(
    ctx.em,
    Task,
    scope,
    [
      { kind: TaskKind.EVENT },
      { org: { path: subtreeRange(org.path) } },
      { reportedAt: { $gte: start, $lt: end } },
      { deadline: { $gte: new Date(`${today}T00:00:00Z`), $lt: now } },
      { resolvedAt: null, resolvedLate: false },
    ],
    STAT_COLUMNS,
  );
  return ctx.em.execute<Row[]>(
    `select ${r.key} as key, ${r.label} as label, g.received, g.closed, g.overdue, g.resolved, g.on_time, g.seconds
       from (select gid, sum(received)::int as received, sum(closed)::int as closed, sum(overdue)::int as overdue,
                    sum(resolved)::int as resolved, sum(on_time)::int as on_time, sum(seconds) as seconds
               from (select ${r.gid} as gid, sum(r.received) as received, sum(r.closed) as closed, sum(r.late) as overdue,
                            sum(r.resolved) as resolved, sum(r.on_time) as on_time, sum(r.seconds) as seconds
                       from ${r.sums} r where ${r.rows} and r.day between ?::date and ?::date group by 1
                     union all
                     select ${r.gid}, 0, 0, sum(r.n), 0, 0, 0
                       from rollup.task_open r where ${r.rows} and r.day between ?::date and ?::date and r.deadline_day < ?::date group by 1
                     union all
                     select ${r.rowGid}, 0, 0, count(*), 0, 0, 0 from (${dueToday.sql}) t group by 1) p
              group by gid having sum(received) > 0) g ${r.labels}`,
    [...r.rowsParams(org), from, to, ...r.rowsParams(org), from, to, today, ...r.rowGidParams(org), ...dueToday.params],
  );
}

/**
 * Received, closed, overdue, on-time and handling time of the tasks reported in [from, to] in
 * `orgId`'s subtree that the caller may read, totals summed from the groups (so they always agree).
 * From the rollups when the caller's scope takes in the whole subtree; otherwise from the task rows
 * in scope, one SQL statement with a plain GROUP BY that PostgreSQL aggregates in parallel.
 */
export async function taskStats(ctx: Context, orgId: string | undefined, from: string, to: string, groupBy: TaskStatsGroupBy): Promise<TaskStats> {
  const errors = new FieldErrors();
  const { start, end } = period(errors, from, to);
  errors.throwIfAny();
  const org = await findReferenced(ctx, ctx.em, Org, 'Org', 'orgId', orgId ?? ctx.actor!.scopeRootId);
  const scope = ctx.where('read', 'TaskStats');
  if (!scope) return { from, to, received: 0, closed: 0, closureRate: 0, overdue: 0, onTimeRate: null, avgHandlingHours: null, groups: [] };
  const rows =
    ROLLUP_SQL[groupBy] && scopeCoversSubtree(scope, org.path)
      ? await rollupGroups(ctx, org, scope, from, to, start, end, groupBy)
      : await rawGroups(ctx, org, scope, start, end, groupBy);
  // One order for the float sum whichever path answered.
  const sums = rows.map((r) => ({ ...r, seconds: Number(r.seconds ?? 0) })).sort((a, b) => (a.key ?? '').localeCompare(b.key ?? ''));
  const totals = sums.reduce<Sums>(
    (acc, r) => ({
      received: acc.received + r.received,
      closed: acc.closed + r.closed,
      overdue: acc.overdue + r.overdue,
      resolved: acc.resolved + r.resolved,
      on_time: acc.on_time + r.on_time,
      seconds: acc.seconds + r.seconds,
    }),
    { received: 0, closed: 0, overdue: 0, resolved: 0, on_time: 0, seconds: 0 },
  );
  const groups = sums.map((r) => ({ key: r.key ?? '', label: r.label ?? '', ...shape(r) }));
  if (groupBy === TaskStatsGroupBy.DAY) groups.sort((a, b) => a.key.localeCompare(b.key));
  else if (groupBy === TaskStatsGroupBy.CHILD_ORG) groups.sort((a, b) => a.label.localeCompare(b.label, 'zh'));
  else groups.sort((a, b) => b.received - a.received || a.key.localeCompare(b.key));
  return { from, to, ...shape(totals), groups };
}

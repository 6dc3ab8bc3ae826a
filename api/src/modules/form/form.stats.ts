import { findReadable, findReferenced, scopedSelect } from '../../core/access';
import { nextDate, startOfBeijingDay } from '../../core/calendar';
import type { Context } from '../../core/context';
import { notFound } from '../../core/errors';
import { percent } from '../../core/percent';
import { subtreeRange } from '../../core/rules';
import { FieldErrors } from '../../core/validate';
import { Org } from '../org/org.entity';
import { previousPeriod } from './expression';
import { FormFieldType, NUMERIC_TYPES } from './form.definition';
import { FormSubmission, FormTemplate, ReportingRound } from './form.entity';
import {
  FormAggregateGroupBy,
  PeriodChangeKind,
  type FormAggregate,
  type FormAggregateGroup,
  type PeriodChange,
  type ReportingRate,
  type ReportingRateRow,
} from './form.inputs';
import { pgArray } from './form.sql';
import { APPROVED_STATUSES, SUBMITTED_STATUSES } from './form.workflow';

/** The round (readable by the caller), the org whose subtree is counted (default: the round's org) and the caller's FormStats scope as SQL. */
async function statsInput(ctx: Context, roundId: string, orgId: string | null | undefined, columns: string[], conditions: Record<string, unknown>[] = []) {
  const round = await findReadable(ctx, ReportingRound, 'ReportingRound', roundId);
  if (!round) throw notFound('ReportingRound');
  const org = orgId ? await findReferenced(ctx, ctx.em, Org, 'Org', 'orgId', orgId) : await ctx.em.findOneOrFail(Org, round.org.id);
  const template = await ctx.em.findOneOrFail(FormTemplate, round.template.id);
  const scope = ctx.where('read', 'FormStats');
  const rows = scope
    ? scopedSelect(ctx.em, FormSubmission, scope, [{ round: round.id }, { org: { path: subtreeRange(org.path) } }, ...conditions], columns)
    : null;
  return { round, org, template, rows };
}

/** Which child of `org` each org falls under (the org itself for its own rows), over the org table only. */
const CHILD_OF = `join (select o.id, coalesce(nullif(split_part(substr(o.path, length(?) + 1), '/', 1), ''), ?)::bigint as child_id from org o) m on m.id = s.org_id
  join org c on c.id = m.child_id`;

interface RateRow {
  key: string;
  label: string;
  expected: number;
  submitted: number;
  on_time: number;
  approved: number;
}

const rateRow = (r: Omit<RateRow, 'key' | 'label'> & { key: string; label: string }): ReportingRateRow => ({
  key: r.key,
  label: r.label,
  expected: r.expected,
  submitted: r.submitted,
  onTime: r.on_time,
  late: r.submitted - r.on_time,
  approved: r.approved,
  missing: r.expected - r.submitted,
  rate: percent(r.submitted, r.expected),
});

/** Expected, handed in, on time (first handed in by the round's due time) and approved, over submissions `s` joined to their round `r`. */
const RATE_COUNTS = `count(*)::int as expected,
            count(*) filter (where s.status = any(?::submission_status[]))::int as submitted,
            count(*) filter (where s.status = any(?::submission_status[]) and s.first_submitted_at <= r.due_at)::int as on_time,
            count(*) filter (where s.status = any(?::submission_status[]))::int as approved`;
const RATE_PARAMS = [pgArray(SUBMITTED_STATUSES), pgArray(SUBMITTED_STATUSES), pgArray(APPROVED_STATUSES)];

/**
 * 上报率 of a round under `orgId` by child org, in one statement: expected (submissions in scope),
 * handed in, on time (first handed in by the due time), approved; the total is the sum of the groups.
 */
export async function reportingRate(ctx: Context, roundId: string, orgId?: string | null): Promise<ReportingRate> {
  const { org, rows } = await statsInput(ctx, roundId, orgId, ['org_id', 'round_id', 'status', 'first_submitted_at']);
  const empty = { key: '', label: org.name, expected: 0, submitted: 0, on_time: 0, approved: 0 };
  if (!rows) return { total: rateRow(empty), groups: [] };
  const groups = await ctx.em.execute<RateRow[]>(
    `select m.child_id::text as key, c.name as label, ${RATE_COUNTS}
       from (${rows.sql}) s join reporting_round r on r.id = s.round_id ${CHILD_OF}
      group by m.child_id, c.name, c.code order by c.code nulls last, m.child_id`,
    [...RATE_PARAMS, ...rows.params, org.path, org.id],
  );
  const total = groups.reduce(
    (t, g) => ({
      ...t,
      expected: t.expected + g.expected,
      submitted: t.submitted + g.submitted,
      on_time: t.on_time + g.on_time,
      approved: t.approved + g.approved,
    }),
    empty,
  );
  return { total: rateRow(total), groups: groups.map(rateRow) };
}

/**
 * 上报率 of every org of `orgId`'s subtree that was asked for data in rounds due between two Beijing
 * dates (inclusive), by org id: the figure assessments score. Within the caller's FormStats scope.
 */
export async function reportingRateByOrg(ctx: Context, orgId: string, from: string, to: string): Promise<Map<string, ReportingRateRow>> {
  const org = await findReferenced(ctx, ctx.em, Org, 'Org', 'orgId', orgId);
  const scope = ctx.where('read', 'FormStats');
  if (!scope) return new Map();
  const rows = scopedSelect(ctx.em, FormSubmission, scope, [{ org: { path: subtreeRange(org.path) } }], ['org_id', 'round_id', 'status', 'first_submitted_at']);
  const groups = await ctx.em.execute<RateRow[]>(
    `select s.org_id::text as key, '' as label, ${RATE_COUNTS}
       from (${rows.sql}) s join reporting_round r on r.id = s.round_id
      where r.due_at >= ? and r.due_at < ?
      group by s.org_id`,
    [...RATE_PARAMS, ...rows.params, startOfBeijingDay(from), startOfBeijingDay(nextDate(to))],
  );
  return new Map(groups.map((g) => [g.key, rateRow(g)]));
}

interface AggregateRow {
  key: string | null;
  label: string | null;
  field: string;
  column: string | null;
  row_key: string | null;
  sum: string | null;
  count: number;
  submissions: number;
}

const GROUPS: Record<FormAggregateGroupBy, { key: string; label: string; join: string; params: (org: Org) => unknown[] }> = {
  CHILD_ORG: { key: 'm.child_id::text', label: 'c.name', join: CHILD_OF, params: (org) => [org.path, org.id] },
  LEVEL: { key: 'c.level::text', label: 'c.level::text', join: 'join org c on c.id = s.org_id', params: () => [] },
};

/**
 * 汇总: sums and counts of every numeric field, and of every numeric table column by row key, per
 * group and in total, in one SQL statement over the jsonb values (grouping sets give the total).
 * Approved forms by default; `includeSubmitted` also counts those handed in but not yet approved.
 */
export async function formAggregate(
  ctx: Context,
  roundId: string,
  orgId: string | null | undefined,
  groupBy: FormAggregateGroupBy,
  includeSubmitted = false,
): Promise<FormAggregate> {
  const statuses = includeSubmitted ? SUBMITTED_STATUSES : APPROVED_STATUSES;
  const { org, template, rows } = await statsInput(ctx, roundId, orgId, ['org_id', 'values'], [{ status: { $in: statuses } }]);
  const fields = template.fields.filter((f) => NUMERIC_TYPES.includes(f.type)).map((f) => f.key);
  const columns = template.fields
    .filter((f) => f.type === FormFieldType.TABLE)
    .flatMap((f) => (f.columns ?? []).filter((c) => NUMERIC_TYPES.includes(c.type)).map((c) => ({ field: f.key, column: c.key, rowKey: f.rowKey ?? null })));
  const totalLabel = org.name;
  if (!rows) return { total: { key: '', label: totalLabel, submissions: 0, values: [] }, groups: [] };
  const g = GROUPS[groupBy];
  const result = await ctx.em.execute<AggregateRow[]>(
    `with s as (select s.*, ${g.key} as gkey, ${g.label} as glabel from (${rows.sql}) s ${g.join}),
     counted as (select gkey, count(*)::int as n from s group by rollup (gkey)),
     cells as (
       select s.gkey, s.glabel, f.key as field, null::text as col, null::text as row_key, (s.values ->> f.key)::numeric as v
         from s cross join unnest(?::text[]) f(key) where jsonb_typeof(s.values -> f.key) = 'number'
       union all
       select s.gkey, s.glabel, t.field, t.col, coalesce(r ->> t.row_key, ''), (r ->> t.col)::numeric
         from s cross join unnest(?::text[], ?::text[], ?::text[]) t(field, col, row_key)
         cross join lateral jsonb_array_elements(case when jsonb_typeof(s.values -> t.field) = 'array' then s.values -> t.field else '[]'::jsonb end) r
        where jsonb_typeof(r -> t.col) = 'number')
     select a.gkey as key, a.glabel as label, a.field, a.col as column, a.row_key, a.sum::text, a.count, coalesce(n.n, 0) as submissions
       from (select gkey, max(glabel) as glabel, field, col, row_key, sum(v) as sum, count(v)::int as count from cells
              group by grouping sets ((gkey, field, col, row_key), (field, col, row_key))) a
       left join counted n on n.gkey is not distinct from a.gkey
     union all
     select n.gkey, (select max(glabel) from s where s.gkey is not distinct from n.gkey), null, null, null, null, 0, n.n from counted n
     order by 1 nulls first, 3 nulls first, 4 nulls first, 5 nulls first`,
    [
      ...rows.params,
      ...g.params(org),
      pgArray(fields),
      pgArray(columns.map((c) => c.field)),
      pgArray(columns.map((c) => c.column)),
      pgArray(columns.map((c) => c.rowKey ?? '')),
    ],
  );
  const groups = new Map<string | null, FormAggregateGroup>();
  for (const r of result) {
    let group = groups.get(r.key);
    if (!group) groups.set(r.key, (group = { key: r.key ?? '', label: r.key === null ? totalLabel : (r.label ?? ''), submissions: r.submissions, values: [] }));
    if (r.field) group.values.push({ field: r.field, column: r.column, rowKey: r.column ? r.row_key : null, sum: Number(r.sum), count: r.count });
  }
  const total = groups.get(null) ?? { key: '', label: totalLabel, submissions: 0, values: [] };
  groups.delete(null);
  return { total, groups: [...groups.values()] };
}

interface ChangeRow {
  org_id: string;
  org_name: string;
  field: string;
  current: string | null;
  previous: string | null;
}

/**
 * Per org and numeric field, against the same org's handed-in form of the previous period: 漏报
 * (a value then, none now), NEW (none then, a value now) and jumps beyond `thresholdPercent`.
 * The handed-in forms of the round are compared; the comparison runs in SQL.
 */
export async function periodComparison(ctx: Context, roundId: string, orgId: string | null | undefined, thresholdPercent: number): Promise<PeriodChange[]> {
  const errors = new FieldErrors();
  if (!Number.isFinite(thresholdPercent) || thresholdPercent < 0 || thresholdPercent > 100_000) errors.add('thresholdPercent', 'field.min', { min: 0 });
  errors.throwIfAny();
  const { round, template, rows } = await statsInput(ctx, roundId, orgId, ['org_id', 'values'], [{ status: { $in: SUBMITTED_STATUSES } }]);
  const prev = previousPeriod(round.period);
  const fields = template.fields.filter((f) => NUMERIC_TYPES.includes(f.type)).map((f) => f.key);
  if (!rows || !prev || !fields.length) return [];
  const found = await ctx.em.execute<ChangeRow[]>(
    `select s.org_id::text, o.name as org_name, f.key as field, (s.values ->> f.key)::numeric::text as current, (p.values ->> f.key)::numeric::text as previous
       from (${rows.sql}) s join org o on o.id = s.org_id
       join lateral (select values from form_submission x where x.org_id = s.org_id and x.template_code = ? and x.period = ? and x.status = any(?::submission_status[])
                      order by x.submitted_at desc nulls last, x.id desc limit 1) p on true
       cross join unnest(?::text[]) with ordinality f(key, n)
      where coalesce(jsonb_typeof(s.values -> f.key) = 'number', false) <> coalesce(jsonb_typeof(p.values -> f.key) = 'number', false)
         or (jsonb_typeof(s.values -> f.key) = 'number' and jsonb_typeof(p.values -> f.key) = 'number'
             and (p.values ->> f.key)::numeric <> 0
             and abs((s.values ->> f.key)::numeric - (p.values ->> f.key)::numeric) * 100 > ? * abs((p.values ->> f.key)::numeric))
      order by o.code nulls last, s.org_id, f.n`,
    [...rows.params, template.code, prev, pgArray(SUBMITTED_STATUSES), pgArray(fields), thresholdPercent],
  );
  return found.map((r) => {
    const current = r.current === null ? null : Number(r.current);
    const previous = r.previous === null ? null : Number(r.previous);
    const kind = current === null ? PeriodChangeKind.MISSING : previous === null ? PeriodChangeKind.NEW : PeriodChangeKind.JUMP;
    const changePercent = current !== null && previous ? Math.round(((current - previous) * 10000) / Math.abs(previous)) / 100 : null;
    return { orgId: r.org_id, orgName: r.org_name, field: r.field, kind, current, previous, changePercent };
  });
}

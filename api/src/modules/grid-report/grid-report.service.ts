import type { EntityManager } from '@mikro-orm/postgresql';
import { subtreeRange } from '../../core/rules';
import { assertCan, findReferenced, scopeCoversSubtree, scopedSelect } from '../../core/access';
import type { Context } from '../../core/context';
import { badField } from '../../core/errors';
import { FieldErrors, text } from '../../core/validate';
import { audit } from '../audit/audit.service';
import { Grid } from '../grid/grid.entity';
import { Org, OrgLevel } from '../org/org.entity';
import { User } from '../user/user.entity';
import { beijingToday, daysBetween, monthStart, nextDate, nextMonth, period } from '../../core/calendar';
import { percent } from '../../core/percent';
import type { Statement } from '../../core/rows';
import { GridReport, GridReportSeverity, GridReportStatus, RED_SEVERITIES, ReportChannel, TrafficLight } from './grid-report.entity';
import type { GridReportInput, TrafficLightGroupBy } from './grid-report.inputs';
import { parseGridSms } from './sms';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

async function save(
  ctx: Context,
  em: EntityManager,
  grid: Grid,
  fields: { date: string; status: GridReportStatus; severity: GridReportSeverity | null; text: string | null },
  channel: ReportChannel,
) {
  const org = await em.findOneOrFail(Org, grid.org.id);
  if (org.level !== OrgLevel.COMMUNITY && org.level !== OrgLevel.TOWNSHIP) throw badField('gridId', 'field.gridOnly');
  assertCan(ctx, 'create', 'GridReport', { org: { id: org.id, path: org.path }, grid: { id: grid.id }, reporter: { id: ctx.actor!.id } });
  const report = em.create(GridReport, { grid, org, ...fields, channel, reporter: em.getReference(User, ctx.actor!.id), submittedAt: new Date() } as never);
  await em.flush();
  audit(ctx, em, {
    operation: channel === ReportChannel.SMS ? 'submitGridReportText' : 'submitGridReport',
    targetType: 'GridReport',
    targetId: report.id,
    after: { gridId: grid.id, ...fields },
  });
  return report;
}

/** A grid's daily report (信息报送): SAFE, or INCIDENT with text and severity; for today or an earlier day. */
export async function submitGridReport(ctx: Context, input: Omit<GridReportInput, 'date'> & { date?: string | null }): Promise<GridReport> {
  return ctx.em.transactional(async (em) => {
    const errors = new FieldErrors();
    const today = beijingToday();
    const date = input.date ?? today;
    if (!DATE.test(date)) errors.add('date', 'field.format');
    else if (date > today) errors.add('date', 'field.futureDate');
    const body = text(errors, 'text', input.text, { required: input.status === GridReportStatus.INCIDENT, max: 2000 });
    const grid = await findReferenced(ctx, em, Grid, 'Grid', 'gridId', input.gridId);
    errors.throwIfAny();
    const severity = input.status === GridReportStatus.INCIDENT ? (input.severity ?? GridReportSeverity.GENERAL) : null;
    return save(ctx, em, grid, { date, status: input.status, severity, text: body }, ReportChannel.API);
  });
}

/** The caller's community: their own org if it is one, else the one their grids belong to. */
async function callerCommunity(ctx: Context, em: EntityManager): Promise<string | null> {
  const actor = ctx.actor!;
  const [own] = await em.execute<{ level: string }[]>('select level from org where id = ?', [actor.orgId]);
  if (own?.level === OrgLevel.COMMUNITY) return actor.orgId;
  return actor.gridOrgIds.length === 1 ? actor.gridOrgIds[0]! : null;
}

/** The SMS format of the source reports, "12号网格平安" or "12号网格：<incident>", for a grid of the caller's community, today. */
export async function submitGridReportText(ctx: Context, raw: string): Promise<GridReport> {
  return ctx.em.transactional(async (em) => {
    const parsed = parseGridSms(raw ?? '');
    if (!parsed) throw badField('text', 'field.smsFormat');
    const communityId = await callerCommunity(ctx, em);
    if (!communityId) throw badField('text', 'field.noCommunity');
    const scope = ctx.where('read', 'Grid');
    const grid = scope ? await em.findOne(Grid, { $and: [{ org: communityId, number: parsed.number }, scope] } as never) : null;
    if (!grid) throw badField('text', 'field.smsGrid', { number: parsed.number });
    return save(ctx, em, grid, { date: beijingToday(), status: parsed.status, severity: parsed.severity, text: parsed.text }, ReportChannel.SMS);
  });
}

export interface LightRow {
  grid_id: string;
  date: string;
  light: TrafficLight | null;
}

/**
 * The light of each grid in `grids` (SQL of an id subquery) on each day of [from, to]: the close-out's
 * frozen light where there is one; otherwise RED for a red-severity report, GREEN for a report
 * submitted before the day's cut-off (midnight, Beijing time), YELLOW once a day has passed without
 * either, null for today and later while nothing decides them. The days are an integer series, whose
 * length the planner knows: a few days are probed by index, not a hash over every frozen light.
 */
export function lightsSql(grids: Statement, from: string, to: string, today: string): Statement {
  return {
    sql: `with g as (${grids.sql}),
      d as (select ?::date + i as date from generate_series(0, ?::date - ?::date) i),
      r as (select grid_id, date,
              bool_or(severity in (${RED_SEVERITIES.map(() => '?').join(', ')})) as red,
              bool_or(submitted_at < ((date + 1)::timestamp - interval '8 hours') at time zone 'UTC') as on_time
            from grid_report where grid_id in (select id from g) and date between ?::date and ?::date group by grid_id, date)
      select g.id::text as grid_id, to_char(d.date, 'YYYY-MM-DD') as date,
        coalesce(l.light::text, case when r.red then 'RED' when r.on_time then 'GREEN' when d.date < ?::date then 'YELLOW' end) as light
      from g cross join d
      left join grid_day_light l on l.grid_id = g.id and l.date = d.date
      left join r on r.grid_id = g.id and r.date = d.date`,
    params: [...grids.params, from, to, from, ...RED_SEVERITIES, from, to, today],
  };
}

const monthRange = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
};

/** A grid's days of one month (YYYY-MM) with their lights and reports. */
export async function gridReportCalendar(ctx: Context, gridId: string, month: string) {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw badField('month', 'field.format');
  const grid = await findReferenced(ctx, ctx.em, Grid, 'Grid', 'gridId', gridId);
  const { from, to } = monthRange(month);
  const readable = ctx.where('read', 'GridReport');
  const reports = readable
    ? await ctx.em.find(GridReport, { $and: [{ grid: grid.id, date: { $gte: from, $lte: to } }, readable] } as never, {
        orderBy: { submittedAt: 'asc', id: 'asc' },
      })
    : [];
  const { sql, params } = lightsSql({ sql: 'select id from grid where id = ?', params: [grid.id] }, from, to, beijingToday());
  const lights = readable ? await ctx.em.execute<LightRow[]>(`${sql} order by d.date`, params) : [];
  return {
    grid,
    month,
    days: lights.map((l) => ({ date: l.date, light: l.light, reports: reports.filter((r) => r.date === l.date) })),
  };
}

function counts(green: number, yellow: number, red: number) {
  const gridDays = green + yellow + red;
  return { gridDays, green, yellow, red, greenRate: percent(green, gridDays), yellowRate: percent(yellow, gridDays), redRate: percent(red, gridDays) };
}

/**
 * The first day of [from, to] from which on the lights must be worked out from the reports: before
 * it, every grid now in the subtree has a closed-out light each day, so rollup.light_day (per org
 * and day, migration 20261202131000) holds exactly what the rows would give.
 */
async function firstOpenDay(ctx: Context, org: Org, from: string, to: string): Promise<string> {
  const range = subtreeRange(org.path);
  const [row] = await ctx.em.execute<{ day: string | null }[]>(
    `select to_char(min(d.day), 'YYYY-MM-DD') as day
       from generate_series(?::date, ?::date, interval '1 day') d(day)
       left join (select day, sum(green + yellow + red) as n from rollup.light_day where org_id = ? and day between ?::date and ?::date group by day) f on f.day = d.day
      where coalesce(f.n, 0) < (select count(*) from grid g join org o on o.id = g.org_id where o.path >= ? and o.path < ?)`,
    [from, to, org.id, from, to, range.$gte, range.$lt],
  );
  return row?.day ?? nextDate(to);
}

/**
 * The frozen lights of [from, until) as a run of months of rollup.light_grid_month plus or minus days of the
 * rows: a month the range cuts counts by its days inside, or as the whole month less its days outside,
 * whichever reads fewer days.
 */
export function frozenParts(from: string, until: string) {
  const days: { from: string; until: string; sign: 1 | -1 }[] = [];
  /** Whether `month` counts whole (less its days outside [inFrom, inUntil)). */
  const cut = (month: string, inFrom: string, inUntil: string) => {
    const end = nextMonth(month);
    const inside = daysBetween(inFrom, inUntil);
    if (inside <= daysBetween(month, end) - inside) {
      days.push({ from: inFrom, until: inUntil, sign: 1 });
      return false;
    }
    days.push({ from: month, until: inFrom, sign: -1 }, { from: inUntil, until: end, sign: -1 });
    return true;
  };
  let months: { from: string; until: string } | null = null;
  if (from < until) {
    const first = monthStart(from);
    const last = monthStart(until);
    if (first === last) {
      if (cut(first, from, until)) months = { from: first, until: nextMonth(first) };
    } else {
      const monthsFrom = from === first || cut(first, from, nextMonth(first)) ? first : nextMonth(first);
      const monthsUntil = until === last || !cut(last, last, until) ? last : nextMonth(last);
      if (monthsFrom < monthsUntil) months = { from: monthsFrom, until: monthsUntil };
    }
  }
  return { months, days: days.filter((d) => d.from < d.until) };
}

/**
 * Green/yellow/red rates of the grids the caller may read in `orgId`'s subtree over [from, to], per grid or per child org.
 * When the caller reads every grid of the subtree, the closed-out days come from the rollups (per child org from
 * rollup.light_day; per grid, months from rollup.light_grid_month plus or minus days of the frozen lights) and only
 * the days after them from the reports.
 */
export async function trafficLightRates(ctx: Context, orgId: string | undefined, from: string, to: string, groupBy: TrafficLightGroupBy) {
  const errors = new FieldErrors();
  period(errors, from, to);
  errors.throwIfAny();
  const org = await findReferenced(ctx, ctx.em, Org, 'Org', 'orgId', orgId ?? ctx.actor!.scopeRootId);
  const gridScope = ctx.where('read', 'Grid');
  if (!gridScope || !ctx.where('read', 'GridReportStats')) return { ...counts(0, 0, 0), groups: [] };
  const rolled = scopeCoversSubtree(gridScope, org.path);
  const open = rolled ? await firstOpenDay(ctx, org, from, to) : from;
  const grids = scopedSelect(ctx.em, Grid, gridScope, [{ org: { path: subtreeRange(org.path) } }]);
  const lights = lightsSql(SCOPED, open, to, beijingToday());
  const closed = rolled ? { from, open } : null;
  const rates = groupBy === 'GRID' ? ratesByGrid(lights, closed) : ratesByChildOrg(org, lights, closed);
  // The grids in scope are worked out once, as `scoped`, for the lights and the rollups alike.
  const rows = await ctx.em.execute<{ key: string; label: string; green: number; yellow: number; red: number }[]>(
    `with scoped as (${grids.sql}), ${rates.sql}`,
    [...grids.params, ...rates.params],
  );
  const groups = rows.map((r) => ({ key: r.key, label: r.label, ...counts(r.green, r.yellow, r.red) }));
  const sum = (f: 'green' | 'yellow' | 'red') => rows.reduce((n, r) => n + r[f], 0);
  return { ...counts(sum('green'), sum('yellow'), sum('red')), groups };
}

/** The grids of the question, as the CTE `scoped` that trafficLightRates puts ahead of the rates' statement. */
const SCOPED: Statement = { sql: 'select id from scoped', params: [] };

/**
 * Per grid: each grid's counts, the closed-out days [closed.from, closed.open) from the per-grid rollup and the
 * frozen lights, the rest from `lights`. The statement continues a `with` list that holds `scoped`.
 */
function ratesByGrid(lights: Statement, closed: { from: string; open: string } | null): Statement {
  const { months, days } = closed ? frozenParts(closed.from, closed.open) : { months: null, days: [] };
  const rolledUp = [
    ...(months
      ? [`select grid_id, green, yellow, red from rollup.light_grid_month where grid_id in (${SCOPED.sql}) and month >= ?::date and month < ?::date`]
      : []),
    ...days.map(
      ({ sign }) =>
        `select grid_id, ${sign} * (light = 'GREEN')::int, ${sign} * (light = 'YELLOW')::int, ${sign} * (light = 'RED')::int from grid_day_light
          where grid_id in (${SCOPED.sql}) and date >= ?::date and date < ?::date`,
    ),
  ];
  return {
    sql: `lights as (${lights.sql})
      select gr.id::text as key, o.name || ' ' || gr.name as label, c.green, c.yellow, c.red
        from (select grid_id, sum(green)::int as green, sum(yellow)::int as yellow, sum(red)::int as red from (
                select grid_id::bigint as grid_id, (light = 'GREEN')::int as green, (light = 'YELLOW')::int as yellow, (light = 'RED')::int as red
                  from lights where light is not null
                ${rolledUp.map((part) => `union all ${part}`).join('\n')}) x
              group by grid_id) c
        join grid gr on gr.id = c.grid_id join org o on o.id = gr.org_id
       where c.green + c.yellow + c.red > 0
       order by label`,
    params: [...lights.params, ...(months ? [months.from, months.until] : []), ...days.flatMap((d) => [d.from, d.until])],
  };
}

/**
 * Per child org of `org` (and `org` itself for its own grids): the closed-out days [closed.from, closed.open) from
 * rollup.light_day, the rest from `lights`. The statement continues a `with` list.
 */
function ratesByChildOrg(org: Org, lights: Statement, closed: { from: string; open: string } | null): Statement {
  const rolledUp = closed
    ? `union all
       select r.org_id::text, c.name, sum(r.green)::int, sum(r.yellow)::int, sum(r.red)::int
         from rollup.light_day r join org c on c.id = r.org_id
        where r.org_id = any(array(select id from org where parent_id = ? union all select ?::bigint)) and (r.own or r.org_id <> ?)
          and r.day >= ?::date and r.day < ?::date
        group by 1, 2 having sum(r.green + r.yellow + r.red) > 0`
    : '';
  return {
    sql: `lights as (${lights.sql})
     select key, label, sum(green)::int as green, sum(yellow)::int as yellow, sum(red)::int as red from (
     select c.id::text as key, c.name as label,
       (count(*) filter (where light = 'GREEN'))::int as green,
       (count(*) filter (where light = 'YELLOW'))::int as yellow,
       (count(*) filter (where light = 'RED'))::int as red
     from lights join grid gr on gr.id = lights.grid_id::bigint join org o on o.id = gr.org_id
     join org c on c.id = coalesce(nullif(split_part(substr(o.path, length(?) + 1), '/', 1), ''), ?)::bigint
     where light is not null
     group by 1, 2
     ${rolledUp}) u
     group by key, label
     order by label`,
    params: [...lights.params, org.path, org.id, ...(closed ? [org.id, org.id, org.id, closed.from, closed.open] : [])],
  };
}

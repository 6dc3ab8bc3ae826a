import { beijingToday } from '../../../api/src/core/calendar';
import { seededRandom } from '../../../api/src/core/random';
import { closeOutDay } from '../../../api/src/modules/grid-report/grid-report.closeout';
import { lightsSql } from '../../../api/src/modules/grid-report/grid-report.service';
import { percent } from '../../../api/src/core/percent';
import { startTestApp, type TestApp } from '../../support/app';

/**
 * `taskStats` reads rollups (rollup.task_day, rollup.task_open) when the caller's scope takes in the
 * whole subtree. After random writes (new tasks, transitions, tasks moved to another org, deletions,
 * an org moved under another parent through the API), its answers for random orgs, periods and
 * groupings equal the same figures counted over the task rows here, field by field.
 */
let app: TestApp;
let admin: string;

const STATS = `query($orgId: ID, $from: Date!, $to: Date!, $groupBy: TaskStatsGroupBy!) {
  taskStats(orgId: $orgId, from: $from, to: $to, groupBy: $groupBy) {
    received closed closureRate overdue onTimeRate avgHandlingHours
    groups { key label received closed closureRate overdue onTimeRate avgHandlingHours }
  }
}`;

/** Which group a task row falls in, as the statistics define it; `?` params: the org's path and id for CHILD_ORG. */
const KEY: Record<string, { key: string; label: string; joins: string }> = {
  CHILD_ORG: {
    key: 'c.id::text',
    label: 'c.name',
    joins: "join org c on c.id = coalesce(nullif(split_part(substr(o.path, length($1) + 1), '/', 1), ''), $2)::bigint",
  },
  CATEGORY: { key: "coalesce(d.code, '')", label: "coalesce(d.name, '')", joins: 'left join dictionary d on d.id = t.category_id' },
  COMPONENT: { key: "coalesce(d.code, '')", label: "coalesce(d.name, '')", joins: 'left join dictionary d on d.id = t.component_id' },
  DAY: {
    key: "to_char(t.reported_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD')",
    label: "to_char(t.reported_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD')",
    joins: '',
  },
};

interface Counted {
  key: string;
  label: string;
  received: number;
  closed: number;
  overdue: number;
  resolved: number;
  on_time: number;
  seconds: string | null;
}

const shape = (r: { received: number; closed: number; overdue: number; resolved: number; on_time: number; seconds: number }) => ({
  received: r.received,
  closed: r.closed,
  closureRate: percent(r.closed, r.received),
  overdue: r.overdue,
  onTimeRate: r.resolved ? percent(r.on_time, r.resolved) : null,
  avgHandlingHours: r.resolved ? Math.round((r.seconds / 3600 / r.resolved) * 10) / 10 : null,
});

/** The figures counted over the event rows (statistics count events, not data-report tasks), in the order the API sorts its groups. */
async function counted(org: { id: string; path: string }, from: string, to: string, groupBy: string) {
  const k = KEY[groupBy]!;
  const rows = await app.query<Counted>(
    `select ${k.key} as key, ${k.label} as label, count(*)::int as received,
            (count(*) filter (where t.status = 'CLOSED'))::int as closed,
            (count(*) filter (where t.resolved_late or (t.resolved_at is null and t.deadline < now())))::int as overdue,
            (count(*) filter (where t.resolved_at is not null))::int as resolved,
            (count(*) filter (where t.resolved_at is not null and not t.resolved_late))::int as on_time,
            sum(extract(epoch from t.resolved_at - coalesce(t.registered_at, t.reported_at))) as seconds
       from task t join org o on o.id = t.org_id ${k.joins.replace('$1', '?').replace('$2', '?')}
      where t.kind = 'EVENT' and o.path like ? || '%' and t.reported_at >= (?::date)::timestamp at time zone 'Asia/Shanghai'
        and t.reported_at < (?::date + 1)::timestamp at time zone 'Asia/Shanghai'
      group by 1, 2`,
    [...(groupBy === 'CHILD_ORG' ? [org.path, org.id] : []), org.path, from, to],
  );
  const sums = rows.map((r) => ({ ...r, seconds: Number(r.seconds ?? 0) })).sort((a, b) => a.key.localeCompare(b.key));
  const total = sums.reduce(
    (a, r) => ({
      received: a.received + r.received,
      closed: a.closed + r.closed,
      overdue: a.overdue + r.overdue,
      resolved: a.resolved + r.resolved,
      on_time: a.on_time + r.on_time,
      seconds: a.seconds + r.seconds,
    }),
    { received: 0, closed: 0, overdue: 0, resolved: 0, on_time: 0, seconds: 0 },
  );
  const groups = sums.map((r) => ({ key: r.key, label: r.label, ...shape(r) }));
  if (groupBy === 'DAY') groups.sort((a, b) => a.key.localeCompare(b.key));
  else if (groupBy === 'CHILD_ORG') groups.sort((a, b) => a.label.localeCompare(b.label, 'zh'));
  else groups.sort((a, b) => b.received - a.received || a.key.localeCompare(b.key));
  return { ...shape(total), groups };
}

const STATUSES = ['REPORTED', 'REGISTERED', 'DISPATCHED', 'IN_PROGRESS', 'RESOLVED', 'VERIFIED', 'CLOSED', 'RETURNED', 'ESCALATED'];

/** Random writes in SQL: the triggers keep the rollups whatever path the write takes. */
async function randomWrites(rnd: ReturnType<typeof seededRandom>, orgIds: string[], categoryIds: string[], componentIds: string[]) {
  const pick = <T>(xs: T[]) => xs[rnd.int(0, xs.length - 1)]!;
  const maybe = (xs: string[]) => (rnd.next() < 0.3 ? null : pick(xs));
  for (let i = 0; i < 600; i++) {
    // Reported from 2025-06 to now; deadlines from two days before now to a day after (today's ones come from the rows).
    const reportedDaysAgo = rnd.int(0, 540);
    const deadlineHours = rnd.int(-60, 30);
    const status = pick(STATUSES);
    const resolved = ['RESOLVED', 'VERIFIED'].includes(status) || (status === 'CLOSED' && rnd.next() < 0.8);
    await app.query(
      `insert into task (kind, title, org_id, category_id, component_id, status, reported_at, registered_at, deadline, resolved_at, resolved_late)
       values ('EVENT', 'rollup ' || ?::text, ?, ?, ?, ?::task_status, now() - ?::int * interval '1 day' - ?::int * interval '1 minute',
               case when ? then now() - ?::int * interval '1 day' end,
               case when ? then now() + ?::int * interval '1 hour' end,
               case when ? then now() - ?::int * interval '1 day' + ?::int * interval '1 second' end, ?)`,
      [
        i,
        pick(orgIds),
        maybe(categoryIds),
        maybe(componentIds),
        status,
        reportedDaysAgo,
        rnd.int(0, 1439),
        rnd.next() < 0.7,
        reportedDaysAgo,
        rnd.next() < 0.9,
        deadlineHours,
        resolved,
        Math.max(reportedDaysAgo - 1, 0),
        rnd.int(0, 86400),
        resolved && rnd.next() < 0.3,
      ],
    );
  }
  const ids = (await app.query<{ id: string }>("select id::text from task where title like 'rollup %' order by id")).map((r) => r.id);
  for (let i = 0; i < 200; i++) {
    const id = pick(ids);
    switch (rnd.int(0, 3)) {
      case 0: // a transition to resolved (maybe late)
        await app.query(`update task set status = 'RESOLVED', resolved_at = reported_at + interval '5 hours', resolved_late = ? where id = ?`, [
          rnd.next() < 0.5,
          id,
        ]);
        break;
      case 1: // sent back: unresolved again
        await app.query(`update task set status = 'RETURNED', resolved_at = null, resolved_late = false where id = ?`, [id]);
        break;
      case 2: // its grid moved to another org
        await app.query('update task set org_id = ? where id = ?', [pick(orgIds), id]);
        break;
      default:
        await app.query('update task set category_id = ?, status = ?::task_status where id = ?', [maybe(categoryIds), pick(STATUSES), id]);
    }
  }
  for (let i = 0; i < 20; i++) await app.query('delete from task where id = ?', [ids[rnd.int(0, ids.length - 1)]!]);
}

beforeAll(async () => {
  app = await startTestApp();
  admin = await app.login('admin');
});
afterAll(() => app.stop());

test('rollup answers equal the task rows for random orgs, periods and groupings after random writes', async () => {
  const rnd = seededRandom(20261202);
  const orgs = await app.query<{ id: string; path: string; level: string }>(
    "select id::text, path, level::text from org where level <> 'DEPARTMENT' order by id",
  );
  const dict = async (type: string) => (await app.query<{ id: string }>('select id::text from dictionary where type = ? order by id', [type])).map((r) => r.id);
  // The writes land in the communities of two townships (with the demo's own tasks there, too); the questions go to them and to every org above.
  const townships = orgs.filter((o) => o.level === 'TOWNSHIP').slice(0, 2);
  const busy = orgs.filter((o) => townships.some((t) => o.path.startsWith(t.path)));
  const communities = busy.filter((o) => o.level === 'COMMUNITY').map((o) => o.id);
  await randomWrites(rnd, communities, await dict('EVENT_CATEGORY'), await dict('COMPONENT_TYPE'));

  // A community moved to another township (a re-parent through the API) takes its tasks' sums along.
  const [moved] = await app.query<{ id: string; version: number }>(
    `select c.id::text, c.version from org c where c.id = any(string_to_array(?, ',')::bigint[]) and exists (select 1 from task t where t.org_id = c.id) order by c.id limit 1`,
    [communities.join(',')],
  );
  const [target] = await app.query<{ id: string }>(
    "select t.id::text from org t where t.level = 'TOWNSHIP' and t.id <> (select parent_id from org where id = ?) order by t.id desc limit 1",
    [moved!.id],
  );
  const res = await app.gql(
    'mutation($id: ID!, $input: UpdateOrgInput!) { updateOrg(id: $id, input: $input) { id } }',
    { id: moved!.id, input: { parentId: target!.id } },
    { token: admin },
  );
  expect(res.errors).toBeUndefined();

  const asked = [...busy.map((o) => o.id), moved!.id, target!.id];
  const fresh = await app.query<{ id: string; path: string; level: string }>(
    `select o.id::text, o.path, o.level::text as level from org o where o.id = any(string_to_array(?, ',')::bigint[]) or exists (select 1 from org b where b.id = any(string_to_array(?, ',')::bigint[]) and b.path like o.path || '%') order by o.id`,
    [asked.join(','), asked.join(',')],
  );
  const day = (offset: number) => new Date(Date.now() + 8 * 3600_000 - offset * 86400_000).toISOString().slice(0, 10);
  const upper = fresh.filter((o) => o.level !== 'COMMUNITY');
  for (let i = 0; i < 60; i++) {
    const pool = i % 2 ? fresh : upper;
    const org = pool[rnd.int(0, pool.length - 1)]!;
    const toAgo = rnd.int(-2, 400);
    const from = day(toAgo + rnd.int(0, 365));
    const to = day(toAgo);
    const groupBy = ['CHILD_ORG', 'CATEGORY', 'COMPONENT', 'DAY'][i % 4]!;
    app.sql.statements = [];
    const got = await app.gql(STATS, { orgId: org.id, from, to, groupBy }, { token: admin });
    expect(got.errors).toBeUndefined();
    expect(app.sql.statements.some((s) => s.includes('from rollup.task_'))).toBe(true);
    expect({ org: org.path, from, to, groupBy, ...got.data.taskStats }).toEqual({
      org: org.path,
      from,
      to,
      groupBy,
      ...(await counted(org, from, to, groupBy)),
    });
  }
  // The moved community's sums sit under its new township.
  const [row] = await app.query<{ n: number }>('select count(*)::int as n from rollup.task_day where org_id = ? and not own', [target!.id]);
  expect(row!.n).toBeGreaterThan(0);
});

const RATES = `query($o: ID, $from: Date!, $to: Date!, $by: TrafficLightGroupBy!) {
  trafficLightRates(orgId: $o, from: $from, to: $to, groupBy: $by) { gridDays green yellow red groups { key label gridDays green yellow red } }
}`;

interface Rates {
  key: string;
  label: string;
  gridDays: number;
  green: number;
  yellow: number;
  red: number;
}

/** Each grid's lights over [from, to] worked out from the rows (frozen lights, else the reports), as per-grid counts. */
async function rawLights(org: { path: string }, from: string, to: string) {
  const { sql, params } = lightsSql(
    { sql: "select g.id from grid g join org o on o.id = g.org_id where o.path like ? || '%'", params: [org.path] },
    from,
    to,
    beijingToday(),
  );
  return app.query<{ grid: string; green: number; yellow: number; red: number }>(
    `select grid_id as grid, (count(*) filter (where light = 'GREEN'))::int as green, (count(*) filter (where light = 'YELLOW'))::int as yellow,
            (count(*) filter (where light = 'RED'))::int as red
       from (${sql}) x where light is not null group by grid_id`,
    params,
  );
}

test('traffic-light rates per child org and per grid from the rollups equal those worked out from the rows after random writes', async () => {
  const rnd = seededRandom(2026120213);
  const [township] = await app.query<{ id: string; path: string }>("select id::text, path from org where code = '110118002000'");
  const grids = await app.query<{ id: string; org_id: string }>(
    "select g.id::text, g.org_id::text from grid g join org o on o.id = g.org_id where o.path like ? || '%' order by g.id",
    [township!.path],
  );
  // April 2024 closed out for the township's grids, then reports in May 2024 (some red, some late), the close-out of
  // 2024-05-01..25 for every grid, then edits of frozen lights.
  await app.query(
    `insert into grid_day_light (grid_id, date, light)
     select g.id, d::date, (array['GREEN', 'GREEN', 'YELLOW', 'RED'])[1 + (g.id + extract(day from d)::int) % 4]::traffic_light
       from grid g join org o on o.id = g.org_id cross join generate_series('2024-04-01'::date, '2024-04-30'::date, interval '1 day') d
      where o.path like ? || '%'`,
    [township!.path],
  );
  for (let i = 0; i < 300; i++) {
    const g = grids[rnd.int(0, grids.length - 1)]!;
    const date = `2024-05-${String(rnd.int(1, 31)).padStart(2, '0')}`;
    const red = rnd.next() < 0.15;
    await app.query(
      `insert into grid_report (grid_id, org_id, date, status, severity, channel, submitted_at)
       values (?, ?, ?, ?, ?, 'API', (?::date + ?::int * interval '1 hour') at time zone 'Asia/Shanghai')`,
      [g.id, g.org_id, date, red ? 'INCIDENT' : 'SAFE', red ? 'PETITION' : null, date, rnd.int(8, 30)],
    );
  }
  const em = app.orm.em.fork();
  for (let d = 1; d <= 25; d++) await closeOutDay(em, `2024-05-${String(d).padStart(2, '0')}`);
  for (let i = 0; i < 40; i++) {
    const g = grids[rnd.int(0, grids.length - 1)]!;
    const date = i % 3 ? `2024-05-${String(rnd.int(1, 25)).padStart(2, '0')}` : `2024-04-${String(rnd.int(1, 30)).padStart(2, '0')}`;
    // A removed light reopens its day (and the days after it) to the reports: only late in the month, so the rollup still answers before.
    if (i % 10 === 0) await app.query("delete from grid_day_light where grid_id = ? and date = '2024-05-22'", [g.id]);
    else await app.query('update grid_day_light set light = ? where grid_id = ? and date = ?', [['GREEN', 'YELLOW', 'RED'][rnd.int(0, 2)], g.id, date]);
  }
  // A grid moved to another community of the township, and one to another township.
  const communities = await app.query<{ id: string }>("select id::text from org where parent_id = ? and level = 'COMMUNITY' order by id", [township!.id]);
  await app.query('update grid set org_id = ?, number = 9000 + id where id = ?', [communities.at(-1)!.id, grids[0]!.id]);
  const [elsewhere] = await app.query<{ id: string }>("select id::text from org where level = 'COMMUNITY' and path not like ? || '%' order by id limit 1", [
    township!.path,
  ]);
  await app.query('update grid set org_id = ?, number = 9000 + id where id = ?', [elsewhere!.id, grids[1]!.id]);

  const orgs = await app.query<{ id: string; path: string }>(
    "select id::text, path from org where level <> 'DEPARTMENT' and (path like ? || '%' or ? like path || '%') order by id",
    [township!.path, township!.path],
  );
  expect(orgs.slice(0, 3).map((o) => o.path)).toEqual(['/1/', '/1/2/', township!.path]);
  const days = Array.from({ length: 61 }, (_, i) => new Date(Date.UTC(2024, 3, 1 + i)).toISOString().slice(0, 10));
  const byKey = (a: { key: string }, b: { key: string }) => a.key.localeCompare(b.key);
  const totalsOf = (groups: { green: number; yellow: number; red: number }[]) => {
    const sum = (f: 'green' | 'yellow' | 'red') => groups.reduce((n, g) => n + g[f], 0);
    return { gridDays: sum('green') + sum('yellow') + sum('red'), green: sum('green'), yellow: sum('yellow'), red: sum('red') };
  };
  for (let i = 0; i < 30; i++) {
    const org = orgs[i < 6 ? i % 3 : rnd.int(0, orgs.length - 1)]!;
    // The first three span April and May: the township's grids' months come from the rollup.
    const first = i < 3 ? 0 : rnd.int(0, 57);
    const from = days[first]!;
    const to = days[i < 3 ? 60 : rnd.int(first, 60)]!;
    const raw = await rawLights(org, from, to);
    const child = await app.query<{ grid: string; key: string; label: string; grid_label: string }>(
      `select g.id::text as grid, c.id::text as key, c.name as label, o.name || ' ' || g.name as grid_label from grid g join org o on o.id = g.org_id
         join org c on c.id = coalesce(nullif(split_part(substr(o.path, length(?) + 1), '/', 1), ''), ?)::bigint
        where o.path like ? || '%'`,
      [org.path, org.id, org.path],
    );
    const childOf = new Map(child.map((c) => [c.grid, c]));
    const perGrid = raw
      .map((g) => ({ key: g.grid, label: childOf.get(g.grid)!.grid_label, gridDays: g.green + g.yellow + g.red, green: g.green, yellow: g.yellow, red: g.red }))
      .filter((g) => g.gridDays > 0);
    const perChild = new Map<string, Rates>();
    for (const g of perGrid) {
      const c = childOf.get(g.key)!;
      const e = perChild.get(c.key) ?? { key: c.key, label: c.label, gridDays: 0, green: 0, yellow: 0, red: 0 };
      perChild.set(c.key, { ...e, gridDays: e.gridDays + g.gridDays, green: e.green + g.green, yellow: e.yellow + g.yellow, red: e.red + g.red });
    }
    const cases: [string, Rates[], string][] = [
      ['CHILD_ORG', [...perChild.values()], 'rollup.light_day r'],
      ['GRID', perGrid, 'rollup.light_grid_month'],
    ];
    for (const [by, expected, rollup] of cases) {
      app.sql.statements = [];
      const got = await app.gql(RATES, { o: org.id, from, to, by }, { token: admin });
      expect(got.errors).toBeUndefined();
      const { groups, ...totals } = got.data.trafficLightRates;
      expect({ org: org.path, by, from, to, totals, groups: [...(groups as Rates[])].sort(byKey) }).toEqual({
        org: org.path,
        by,
        from,
        to,
        totals: totalsOf(expected),
        groups: [...expected].sort(byKey),
      });
      // Per grid, the rollup is read only where a month is closed for every grid: April, in the township.
      const mustRoll = i < 3 && (by === 'CHILD_ORG' || org.path === township!.path);
      if (mustRoll) expect({ org: org.path, by, rolled: app.sql.statements.some((s) => s.includes(rollup)) }).toEqual({ org: org.path, by, rolled: true });
    }
  }
});

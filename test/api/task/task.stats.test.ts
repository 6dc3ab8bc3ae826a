import { beijingDate } from '../../../api/src/core/calendar';
import { startTestApp, type TestApp } from '../../support/app';

/**
 * A fixture with known answers in 果园街道 (no demo tasks there): 2580 events reported in 2024 in two
 * communities, 2527 closed (100 of them resolved late), 53 still in progress past their deadline;
 * every resolved one took 10 hours from registration.
 */
let app: TestApp;
const tok: Record<string, string> = {};
const id: Record<string, string> = {};

const STATS = `query($orgId: ID, $from: Date!, $to: Date!, $groupBy: TaskStatsGroupBy!) {
  taskStats(orgId: $orgId, from: $from, to: $to, groupBy: $groupBy) {
    received closed closureRate overdue onTimeRate avgHandlingHours groups { key label received closed closureRate overdue }
  }
}`;
const YEAR = { from: '2024-01-01', to: '2024-12-31' };

beforeAll(async () => {
  app = await startTestApp();
  for (const u of ['admin', 'county', 'township', 'dispatcher', 'community', 'gridworker']) tok[u] = await app.login(u);
  const one = async (key: string, sql: string) => (id[key] = (await app.query<{ id: string }>(sql))[0]!.id);
  await one('guoyuan', "select id::text from org where code = '110118002000'");
  await one('kangju', "select id::text from org where code = '110118002001'");
  await one('xinbeilu', "select id::text from org where code = '110118002002'");
  await one('gulou', "select id::text from org where code = '110118001000'");
  await one('gulouCommunity', "select id::text from org where code = '110118001002'");
  // i = 1..2580: odd i in 康居, even in 新北路; category by i % 9, a component for every fourth;
  // i <= 53 still in progress and overdue, 54..153 closed late, the rest closed on time.
  await app.query(
    `insert into task (kind, title, category_id, component_id, org_id, status, reported_at, registered_at, dispatched_at, handler_org_id,
                       deadline, resolved_at, resolved_late, closed_at)
     select 'EVENT', '统计样本' || i,
            (select id from dictionary where type = 'EVENT_CATEGORY' and code = lpad((1 + i % 9)::text, 2, '0')),
            case when i % 4 = 0 then (select id from dictionary where type = 'COMPONENT_TYPE' and code = '01') end,
            case when i % 2 = 1 then ?::bigint else ?::bigint end,
            (case when i <= 53 then 'IN_PROGRESS' else 'CLOSED' end)::task_status,
            r, r, r, case when i % 2 = 1 then ?::bigint else ?::bigint end,
            r + interval '1 day', case when i > 53 then r + interval '10 hours' end, i between 54 and 153,
            case when i > 53 then r + interval '12 hours' end
       from generate_series(1, 2580) i
       cross join lateral (select timestamptz '2024-01-01 02:00:00+00' + (i % 360) * interval '1 day' as r) x`,
    [id.kangju, id.xinbeilu, id.kangju, id.xinbeilu],
  );
});
afterAll(() => app.stop());

const stats = async (who: string, vars: Record<string, unknown>) => {
  const res = await app.gql(STATS, { groupBy: 'CHILD_ORG', ...YEAR, ...vars }, { token: tok[who] });
  expect(res.errors).toBeUndefined();
  return res.data.taskStats as {
    received: number;
    closed: number;
    closureRate: number;
    overdue: number;
    onTimeRate: number;
    avgHandlingHours: number;
    groups: { key: string; label: string; received: number; closed: number; overdue: number }[];
  };
};
const sumOf = (groups: { received: number; closed: number; overdue: number }[]) => ({
  received: groups.reduce((n, g) => n + g.received, 0),
  closed: groups.reduce((n, g) => n + g.closed, 0),
  overdue: groups.reduce((n, g) => n + g.overdue, 0),
});

describe('task statistics', () => {
  it('require authentication', async () => {
    const res = await app.gql(STATS, { ...YEAR, groupBy: 'DAY' });
    expect(res.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('give the closure rate of 2527 closed out of 2580 received as 97.95 (percent)', async () => {
    const s = await stats('county', { orgId: id.guoyuan });
    expect(s).toMatchObject({ received: 2580, closed: 2527, closureRate: 97.95, overdue: 153, onTimeRate: 96.04, avgHandlingHours: 10 });
    expect(s.groups.map((g) => [g.key, g.label, g.received, g.closed, g.overdue])).toEqual([
      [id.kangju, '康居社区居民委员会', 1290, 1263, 77],
      [id.xinbeilu, '新北路社区居民委员会', 1290, 1264, 76],
    ]);
  });

  it.each(['CHILD_ORG', 'CATEGORY', 'COMPONENT', 'DAY'])('have totals equal to the sum of their groups by %s', async (groupBy) => {
    const s = await stats('county', { orgId: id.guoyuan, groupBy });
    expect(sumOf(s.groups)).toEqual({ received: 2580, closed: 2527, overdue: 153 });
    if (groupBy === 'CATEGORY') expect(s.groups).toHaveLength(9);
    if (groupBy === 'COMPONENT')
      expect(s.groups.map((g) => [g.key, g.received])).toEqual([
        ['', 1935],
        ['01', 645],
      ]);
    if (groupBy === 'DAY') expect(s.groups).toHaveLength(360);
  });

  it('count only the period asked for', async () => {
    const jan = await stats('county', { orgId: id.guoyuan, from: '2024-01-01', to: '2024-01-31' });
    // Days 0..30 of the year; i % 360 in 0..30 for i in 1..2580: 31 days × 7 or 8 tasks.
    const [{ n }] = await app.query<{ n: number }>(
      "select count(*)::int as n from task where title like '统计样本%' and reported_at < '2024-02-01T00:00:00+08:00'",
    );
    expect(jan.received).toBe(n);
    expect(jan.received).toBeGreaterThan(0);
  });

  it('stay within the caller scope', async () => {
    const outside = await app.gql(STATS, { orgId: id.guoyuan, groupBy: 'DAY', ...YEAR }, { token: tok.township });
    expect(outside.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'orgId' }] });
    // The last 366 days (the longest range allowed), and the events reported in them (data reports are not counted).
    const to = beijingDate(new Date());
    const from = beijingDate(new Date(Date.now() - 365 * 86_400_000));
    const [{ township, community, grid1 }] = await app.query<{ township: number; community: number; grid1: number }>(
      `select count(*) filter (where o.path like (select path || '%' from org where id = ?) or h.path like (select path || '%' from org where id = ?))::int as township,
              count(*) filter (where o.id = ?)::int as community,
              count(*) filter (where t.grid_id = (select g.id from grid g where g.org_id = ? and g.number = 1))::int as grid1
         from task t join org o on o.id = t.org_id left join org h on h.id = t.handler_org_id
        where t.kind = 'EVENT' and t.reported_at >= ?::date::timestamp at time zone 'Asia/Shanghai' and t.reported_at < (?::date + 1)::timestamp at time zone 'Asia/Shanghai'`,
      [id.gulou, id.gulou, id.gulouCommunity, id.gulouCommunity, from, to],
    );
    // Without orgId the caller's own scope root; the township does not see 果园街道's 2580.
    expect((await stats('township', { orgId: null, from, to })).received).toBe(township);
    const county = await stats('county', { orgId: id.gulouCommunity, from, to });
    const secretary = await stats('community', { orgId: id.gulouCommunity, from, to });
    const worker = await stats('gridworker', { orgId: id.gulouCommunity, from, to });
    expect(county.received).toBe(community);
    expect(secretary.received).toBe(community);
    expect(worker.received).toBe(grid1);
    expect(worker.received).toBeLessThan(county.received);
    expect(grid1).toBeGreaterThan(0);
  });

  it('refuse a period that ends before it starts, naming the field', async () => {
    const res = await app.gql(STATS, { from: '2024-02-01', to: '2024-01-01', groupBy: 'DAY' }, { token: tok.county });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'to' }] });
  });
});

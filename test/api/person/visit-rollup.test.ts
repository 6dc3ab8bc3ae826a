import { seededRandom } from '../../../api/src/core/random';
import { percent } from '../../../api/src/core/percent';
import { startTestApp, type TestApp } from '../../support/app';

/**
 * Visit compliance reads rollups (rollup.visit_grid_month, rollup.visit_org_month) when the caller's
 * scope takes in the whole subtree. A small ledger with figures worked out by hand; then random
 * writes (people created, changed, moved and deleted, visits added, moved and removed, one at a time
 * and several in one statement, a grid and an org moved through the API) after which the answers for
 * random orgs, months and groupings equal the same figures counted over the person and visit rows here,
 * through the rollup and through the rows (a grid leader's scope), and the rollups equal a rebuild.
 */
let app: TestApp;
let admin: string;

const STATS = `query($o: ID, $from: String!, $to: String!, $by: VisitComplianceGroupBy!) {
  visitComplianceStats(orgId: $o, from: $from, to: $to, groupBy: $by) { from to active visited rate groups { key label active visited rate } }
}`;
const MONTHLY = `query($o: ID, $m: String!, $offset: Int, $limit: Int) {
  visitCompliance(orgId: $o, month: $m, offset: $offset, limit: $limit) {
    month active visited rate byGrid { grid { id } active visited rate } overdue { total items { id } }
  }
}`;

const rate = (visited: number, active: number) => (active ? percent(visited, active) : null);
const monthStart = (m: string) => `${m}-01`;

/** Each person due in each month of [from, to] (`m`), with whether they had a visit that month (`seen`); `extra` narrows the people (alias p). */
const PERSON_MONTHS = (extra: string) => `
  with m as (select d::date as m from generate_series(?::date, ?::date, interval '1 month') d)
  select p.id, p.org_id, p.grid_id, p.name, m.m,
         exists (select 1 from visit v where v.person_id = p.id and to_char(v.date, 'YYYY-MM') = to_char(m.m, 'YYYY-MM')) as seen
    from supervised_person p join org o on o.id = p.org_id
    join m on coalesce(p.supervision_start, '-infinity'::date) <= (m.m + interval '1 month' - interval '1 day')::date
          and coalesce(p.supervision_end, 'infinity'::date) >= m.m
   where p.status = 'ACTIVE' and o.path like ? || '%' and ${extra}`;

const GROUP: Record<string, { key: string; label: string; joins: string }> = {
  CHILD_ORG: {
    key: 'c.id::text',
    label: 'c.name',
    joins: "join org po on po.id = pm.org_id join org c on c.id = coalesce(nullif(split_part(substr(po.path, length(?) + 1), '/', 1), ''), ?)::bigint",
  },
  GRID: { key: 'g.id::text', label: "go.name || ' ' || g.name", joins: 'join grid g on g.id = pm.grid_id join org go on go.id = g.org_id' },
  MONTH: { key: "to_char(pm.m, 'YYYY-MM')", label: "to_char(pm.m, 'YYYY-MM')", joins: '' },
};

async function countedStats(org: { id: string; path: string }, from: string, to: string, groupBy: string, extra = 'true') {
  const g = GROUP[groupBy]!;
  const rows = await app.query<{ key: string; label: string; active: number; visited: number }>(
    `select ${g.key} as key, ${g.label} as label, count(*)::int as active, (count(*) filter (where pm.seen))::int as visited
       from (${PERSON_MONTHS(extra)}) pm ${g.joins} group by 1, 2`,
    [monthStart(from), monthStart(to), org.path, ...(groupBy === 'CHILD_ORG' ? [org.path, org.id] : [])],
  );
  const groups = rows.map((r) => ({ ...r, rate: rate(r.visited, r.active) }));
  if (groupBy === 'MONTH') groups.sort((a, b) => a.key.localeCompare(b.key));
  else groups.sort((a, b) => a.label.localeCompare(b.label, 'zh') || a.key.localeCompare(b.key));
  const active = groups.reduce((n, r) => n + r.active, 0);
  const visited = groups.reduce((n, r) => n + r.visited, 0);
  return { from, to, active, visited, rate: rate(visited, active), groups };
}

async function countedMonth(org: { path: string }, month: string, offset: number, limit: number, extra = 'true') {
  const rows = await app.query<{ id: string; grid_id: string; seen: boolean }>(
    `select pm.id::text, pm.grid_id::text, pm.seen from (${PERSON_MONTHS(extra)}) pm order by pm.grid_id, pm.name, pm.id`,
    [monthStart(month), monthStart(month), org.path],
  );
  const grids = new Map<string, { active: number; visited: number }>();
  for (const r of rows) {
    const g = grids.get(r.grid_id) ?? { active: 0, visited: 0 };
    grids.set(r.grid_id, { active: g.active + 1, visited: g.visited + (r.seen ? 1 : 0) });
  }
  const byGrid = [...grids.entries()]
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([id, g]) => ({ grid: { id }, active: g.active, visited: g.visited, rate: rate(g.visited, g.active) }));
  const overdue = rows.filter((r) => !r.seen).map((r) => ({ id: r.id }));
  const active = rows.length;
  const visited = active - overdue.length;
  return { month, active, visited, rate: rate(visited, active), byGrid, overdue: { total: overdue.length, items: overdue.slice(offset, offset + limit) } };
}

beforeAll(async () => {
  app = await startTestApp();
  admin = await app.login('admin');
});
afterAll(() => app.stop());

let serial = 0;
async function person(gridId: string, values: { status?: string; start?: string | null; end?: string | null; name?: string }) {
  serial++;
  const [row] = await app.query<{ id: string }>(
    `insert into supervised_person (name, sex, id_number, birth_date, grid_id, org_id, category_id, kind, risk_level, supervision_start, supervision_end, status)
     select ?, 'MALE', '99' || lpad(?::text, 16, '0'), date '1980-01-01', g.id, g.org_id,
            (select id from dictionary where type = 'PERSON_CATEGORY' order by id limit 1), 'CORRECTION', 'LOW', ?::date, ?::date, ?::supervision_status
       from grid g where g.id = ? returning id::text`,
    [values.name ?? `走访${serial}`, serial, values.start ?? null, values.end ?? null, values.status ?? 'ACTIVE', gridId],
  );
  return row!.id;
}
const visit = (personId: string, date: string) =>
  app.query(`insert into visit (person_id, date, kind, participants) values (?, ?, 'HOME_VISIT', '[]')`, [personId, date]);

test('a small ledger gives the figures worked out by hand', async () => {
  const [township] = await app.query<{ id: string; path: string }>("select id::text, path from org where level = 'TOWNSHIP' order by id limit 1");
  const [org] = await app.query<{ id: string; path: string }>(
    `with n as (select nextval('org_id_seq') as id)
     insert into org (id, code, name, level, parent_id, path) select n.id, '110118999001', '走访测试社区', 'COMMUNITY', ?, ? || n.id || '/' from n
     returning id::text, path`,
    [township!.id, township!.path],
  );
  const [grid] = await app.query<{ id: string }>(`insert into grid (org_id, number, name, level) values (?, 1, '1号网格', 1) returning id::text`, [org!.id]);
  const g = grid!.id;
  // Due from January, visited twice in February and on 1 April.
  const a = await person(g, { name: '甲', start: '2025-01-15' });
  await visit(a, '2025-02-03');
  await visit(a, '2025-02-20');
  await visit(a, '2025-04-01');
  // Due from ever until March; visited on 31 March, and in May when no longer due.
  const b = await person(g, { name: '乙', end: '2025-03-10' });
  await visit(b, '2025-03-31');
  await visit(b, '2025-05-01');
  // Due from 28 February to 1 April; visited in January (not yet due) and in April.
  const c = await person(g, { name: '丙', start: '2025-02-28', end: '2025-04-01' });
  await visit(c, '2025-01-10');
  await visit(c, '2025-04-15');
  // Ended: never due.
  const d = await person(g, { name: '丁', status: 'ENDED', start: '2024-01-01' });
  await visit(d, '2025-02-10');

  const ask = async (by: string, from = '2025-01', to = '2025-05') => {
    app.sql.statements = [];
    const res = await app.gql(STATS, { o: org!.id, from, to, by }, { token: admin });
    expect(res.errors).toBeUndefined();
    expect(app.sql.statements.some((s) => s.includes('rollup.visit_'))).toBe(true);
    return res.data.visitComplianceStats;
  };
  const months = (figures: [number, number][]) =>
    figures.map(([active, visited], i) => ({ key: `2025-0${i + 1}`, label: `2025-0${i + 1}`, active, visited, rate: rate(visited, active) }));
  // Jan: 甲 乙 due, none visited; Feb: 甲 乙 丙, 甲 visited; Mar: 甲 乙 丙, 乙; Apr: 甲 丙, both; May: 甲, no one.
  expect(await ask('MONTH')).toEqual({
    from: '2025-01',
    to: '2025-05',
    active: 11,
    visited: 4,
    rate: 36.36,
    groups: months([
      [2, 0],
      [3, 1],
      [3, 1],
      [2, 2],
      [1, 0],
    ]),
  });
  expect((await ask('GRID')).groups).toEqual([{ key: g, label: '走访测试社区 1号网格', active: 11, visited: 4, rate: 36.36 }]);
  expect((await ask('CHILD_ORG', '2025-02', '2025-03')).groups).toEqual([{ key: org!.id, label: '走访测试社区', active: 6, visited: 2, rate: 33.33 }]);
  const feb = await app.gql(MONTHLY, { o: org!.id, m: '2025-02' }, { token: admin });
  expect(feb.errors).toBeUndefined();
  expect(feb.data.visitCompliance).toEqual({
    month: '2025-02',
    active: 3,
    visited: 1,
    rate: 33.33,
    byGrid: [{ grid: { id: g }, active: 3, visited: 1, rate: 33.33 }],
    overdue: { total: 2, items: [{ id: c }, { id: b }] },
  });

  // 丁 back under supervision (due every month, visited in February); 甲's February visits removed in one statement;
  // 乙's March visit moved to 丙 in March; 丙's period shortened to March.
  await app.query("update supervised_person set status = 'ACTIVE' where id = ?", [d]);
  await app.query("delete from visit where person_id = ? and date < '2025-03-01'", [a]);
  await app.query("update visit set person_id = ? where person_id = ? and date = '2025-03-31'", [c, b]);
  await app.query("update supervised_person set supervision_end = '2025-03-31' where id = ?", [c]);
  // Jan: 甲 乙 丁, none; Feb: 甲 乙 丙 丁, 丁; Mar: 甲 乙 丙 丁, 丙; Apr: 甲 丁, 甲; May: 甲 丁, none.
  expect((await ask('MONTH')).groups).toEqual(
    months([
      [3, 0],
      [4, 1],
      [4, 1],
      [2, 1],
      [2, 0],
    ]),
  );
  // Deleting a person takes them and their visits out.
  await app.query('delete from supervised_person where id = ?', [d]);
  expect((await ask('MONTH', '2025-02', '2025-02')).groups).toEqual([{ key: '2025-02', label: '2025-02', active: 3, visited: 0, rate: 0 }]);
});

test('a year is the longest run of months', async () => {
  const res = await app.gql(STATS, { from: '2025-01', to: '2026-01', by: 'MONTH' }, { token: admin });
  expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  const back = await app.gql(STATS, { from: '2025-03', to: '2025-02', by: 'MONTH' }, { token: admin });
  expect(back.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  const ok = await app.gql(STATS, { from: '2025-01', to: '2025-12', by: 'MONTH' }, { token: admin });
  expect(ok.errors).toBeUndefined();
});

/** A date in 2024-06 … 2026-11. */
const randomDay = (rnd: ReturnType<typeof seededRandom>) => new Date(Date.UTC(2024, 5, 1) + rnd.int(0, 900) * 86400_000).toISOString().slice(0, 10);

async function randomWrites(rnd: ReturnType<typeof seededRandom>, grids: { id: string }[]) {
  const pick = <T>(xs: T[]) => xs[rnd.int(0, xs.length - 1)]!;
  const people: string[] = [];
  for (let i = 0; i < 160; i++) {
    const start = rnd.next() < 0.15 ? null : randomDay(rnd);
    const end = rnd.next() < 0.5 ? null : new Date(Date.parse(start ?? '2024-06-01') + rnd.int(-40, 600) * 86400_000).toISOString().slice(0, 10);
    people.push(await person(pick(grids).id, { status: rnd.next() < 0.8 ? 'ACTIVE' : pick(['ENDED', 'TRANSFERRED', 'REVOKED']), start, end }));
  }
  for (let i = 0; i < 500; i++) await visit(pick(people), randomDay(rnd));
  // Several visits of one person in one month in one statement.
  for (let i = 0; i < 20; i++) {
    await app.query(`insert into visit (person_id, date, kind, participants) select ?, ?::date + n, 'TALK', '[]' from generate_series(0, ?::int) n`, [
      pick(people),
      randomDay(rnd).slice(0, 8) + '01',
      rnd.int(1, 3),
    ]);
  }
  const visits = async () => (await app.query<{ id: string }>('select id::text from visit order by id')).map((r) => r.id);
  let ids = await visits();
  for (let i = 0; i < 250; i++) {
    const p = pick(people);
    switch (rnd.int(0, 7)) {
      case 0:
        await app.query('update supervised_person set status = ?::supervision_status where id = ?', [pick(['ACTIVE', 'ACTIVE', 'ENDED', 'REVOKED']), p]);
        break;
      case 1:
        await app.query('update supervised_person set supervision_start = ?, supervision_end = ? where id = ?', [
          rnd.next() < 0.2 ? null : randomDay(rnd),
          rnd.next() < 0.4 ? null : randomDay(rnd),
          p,
        ]);
        break;
      case 2: {
        const to = pick(grids).id;
        await app.query('update supervised_person set grid_id = g.id, org_id = g.org_id from grid g where g.id = ? and supervised_person.id = ?', [to, p]);
        break;
      }
      case 3:
        await app.query('update visit set date = ? where id = ?', [randomDay(rnd), pick(ids)]);
        break;
      case 4:
        await app.query('update visit set person_id = ? where id = ?', [pick(people), pick(ids)]);
        break;
      case 5:
        await app.query('delete from visit where id = ?', [pick(ids)]);
        break;
      case 6: // every visit of a person in a month, in one statement
        await app.query("delete from visit where person_id = ? and date_trunc('month', date) = date_trunc('month', ?::date)", [p, randomDay(rnd)]);
        break;
      default:
        if (rnd.next() < 0.3) {
          await app.query('delete from supervised_person where id = ?', [p]);
          people.splice(people.indexOf(p), 1);
        } else await visit(p, randomDay(rnd));
    }
    if (i % 50 === 0) ids = await visits();
  }
  return people;
}

test('rollup answers equal the person and visit rows for random orgs, months and groupings after random writes', async () => {
  const rnd = seededRandom(20261202150);
  // The writes land in the grids of two townships, one of them 鼓楼's, whose grid leader counts through the rows.
  const [gulou] = await app.query<{ id: string; path: string; parent_id: string }>(
    `select o.id::text, o.path, o.parent_id::text from org o join grid g on g.org_id = o.id join user_grid ug on ug.grid_id = g.id
       join user_account u on u.id = ug.user_id where u.username = 'gridleader' limit 1`,
  );
  const [other] = await app.query<{ id: string; path: string }>(
    "select id::text, path from org where level = 'TOWNSHIP' and id <> ? and id <> (select parent_id from org where id = ?) order by id limit 1",
    [gulou!.parent_id, gulou!.id],
  );
  const [township] = await app.query<{ id: string; path: string }>('select id::text, path from org where id = ?', [gulou!.parent_id]);
  const grids = await app.query<{ id: string; org_id: string }>(
    `select g.id::text, g.org_id::text from grid g join org o on o.id = g.org_id where o.path like ? || '%' or o.path like ? || '%' order by g.id`,
    [township!.path, other!.path],
  );
  await randomWrites(rnd, grids);

  // A grid with people moved to another community through the API takes them along; a community moved to the other township.
  const [moving] = await app.query<{ id: string; org_id: string }>(
    `select g.id::text, g.org_id::text from grid g join org o on o.id = g.org_id
      where o.path like ? || '%' and g.parent_id is null and not exists (select 1 from grid c where c.parent_id = g.id)
        and exists (select 1 from supervised_person p where p.grid_id = g.id and p.status = 'ACTIVE') order by g.id desc limit 1`,
    [other!.path],
  );
  const [community] = await app.query<{ id: string }>(
    "select id::text from org where level = 'COMMUNITY' and path like ? || '%' and id <> ? order by id limit 1",
    [township!.path, gulou!.id],
  );
  const moved = await app.gql(
    'mutation($id: ID!, $input: UpdateGridInput!) { updateGrid(id: $id, input: $input) { id } }',
    { id: moving!.id, input: { orgId: community!.id, number: 9000 + Number(moving!.id) } },
    { token: admin },
  );
  expect(moved.errors).toBeUndefined();
  const [reparented] = await app.query<{ id: string }>(
    `select o.id::text from org o where o.level = 'COMMUNITY' and o.path like ? || '%' and o.id <> ?
        and exists (select 1 from supervised_person p where p.org_id = o.id) order by o.id limit 1`,
    [township!.path, gulou!.id],
  );
  const res = await app.gql(
    'mutation($id: ID!, $input: UpdateOrgInput!) { updateOrg(id: $id, input: $input) { id } }',
    {
      id: reparented!.id,
      input: { parentId: other!.id },
    },
    { token: admin },
  );
  expect(res.errors).toBeUndefined();

  const orgs = await app.query<{ id: string; path: string; level: string }>(
    `select o.id::text, o.path, o.level::text from org o
      where o.level <> 'DEPARTMENT' and (o.path like ? || '%' or o.path like ? || '%' or ? like o.path || '%') order by o.id`,
    [township!.path, other!.path, township!.path],
  );
  const month = () => `${rnd.int(2024, 2026)}-${String(rnd.int(1, 12)).padStart(2, '0')}`;
  const county = await app.login('county');
  for (let i = 0; i < 48; i++) {
    const org = orgs[rnd.int(0, orgs.length - 1)]!;
    const from = month();
    const last = new Date(Date.UTC(Number(from.slice(0, 4)), Number(from.slice(5, 7)) - 1 + rnd.int(0, 11), 1)).toISOString().slice(0, 7);
    const by = ['CHILD_ORG', 'GRID', 'MONTH'][i % 3]!;
    // The county leader's scope covers every org from the county down.
    const token = i % 4 === 3 && !['PROVINCE', 'CITY'].includes(org.level) ? county : admin;
    app.sql.statements = [];
    const got = await app.gql(STATS, { o: org.id, from, to: last, by }, { token });
    expect(got.errors).toBeUndefined();
    expect(app.sql.statements.some((s) => s.includes('rollup.visit_'))).toBe(true);
    expect({ org: org.path, by, ...got.data.visitComplianceStats }).toEqual({ org: org.path, by, ...(await countedStats(org, from, last, by)) });

    const m = month();
    const offset = [0, 0, 3, 20][rnd.int(0, 3)]!;
    app.sql.statements = [];
    const monthly = await app.gql(MONTHLY, { o: org.id, m, offset, limit: 5 }, { token });
    expect(monthly.errors).toBeUndefined();
    expect(app.sql.statements.some((s) => s.includes('rollup.visit_grid_month'))).toBe(true);
    expect({ org: org.path, ...monthly.data.visitCompliance }).toEqual({ org: org.path, ...(await countedMonth(org, m, offset, 5)) });
  }

  // Without an org, the caller's whole scope from the rollup: everyone for the admin, the county for its leader.
  const [countyOrg] = await app.query<{ path: string }>("select path from org where level = 'COUNTY' and ? like path || '%'", [township!.path]);
  for (const [token, path, m, offset] of [
    [admin, '/', '2025-03', 0],
    [admin, '/', '2026-01', 7],
    [county, countyOrg!.path, '2025-11', 3],
  ] as const) {
    app.sql.statements = [];
    const all = await app.gql(MONTHLY, { m, offset, limit: 5 }, { token });
    expect(all.errors).toBeUndefined();
    expect(app.sql.statements.some((s) => s.includes('rollup.visit_grid_month'))).toBe(true);
    expect(all.data.visitCompliance).toEqual(await countedMonth({ path }, m, offset, 5));
  }

  // Through the rows: the grid leader counts and reads the people of the grids they keep.
  const leader = await app.login('gridleader');
  const theirs = "p.grid_id in (select ug.grid_id from user_grid ug join user_account u on u.id = ug.user_id where u.username = 'gridleader')";
  for (let i = 0; i < 8; i++) {
    const from = month();
    const by = ['CHILD_ORG', 'GRID', 'MONTH'][i % 3]!;
    app.sql.statements = [];
    const got = await app.gql(STATS, { o: gulou!.id, from, to: from, by }, { token: leader });
    expect(got.errors).toBeUndefined();
    expect(app.sql.statements.some((s) => s.includes('rollup.visit_'))).toBe(false);
    expect(got.data.visitComplianceStats).toEqual(await countedStats(gulou!, from, from, by, theirs));
    const monthly = await app.gql(MONTHLY, { o: gulou!.id, m: from, offset: 0, limit: 5 }, { token: leader });
    expect(monthly.errors).toBeUndefined();
    expect(monthly.data.visitCompliance).toEqual(await countedMonth(gulou!, from, 0, 5, theirs));
  }

  // The rollups kept row by row equal a rebuild from the rows.
  const snapshot = async () =>
    app.query<{ t: string; k: string; due_delta: number; visited: number }>(
      `select 'grid' as t, concat_ws(' ', org_id, grid_id, month) as k, due_delta, visited from rollup.visit_grid_month where due_delta <> 0 or visited <> 0
       union all select 'org', concat_ws(' ', org_id, month, own), due_delta, visited from rollup.visit_org_month where due_delta <> 0 or visited <> 0
       union all select 'seen', concat_ws(' ', person_id, month), n, 0 from rollup.visit_seen
       order by 1, 2`,
    );
  const kept = await snapshot();
  await app.query('select rollup.rebuild_visits()');
  expect(kept).toEqual(await snapshot());
});

import { startTestApp, type TestApp } from '../../support/app';

/**
 * A grid of 鼓楼社区 moves to 檀营社区 (110118001003, same sub-district): its supervised people,
 * tasks and daily reports move with it, so 鼓楼社区's secretary stops reading them and 檀营社区's starts.
 * Each test moves a grid of its own (3, 4), so they pass in any order.
 */
let app: TestApp;
let township: string;
let oldSecretary: string;
let newSecretary: string;
const org: Record<string, string> = {};

const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();
const MOVE = 'mutation($id: ID!, $orgId: ID!, $number: Int!) { updateGrid(id: $id, input: { orgId: $orgId, number: $number }) { id org { code } } }';
const READS = `query($gridId: ID!, $personId: ID!, $taskId: ID!) {
  supervisedPeople(filter: { gridId: $gridId }, limit: 500) { total items { id } }
  tasks(filter: { gridId: $gridId }, limit: 500) { total items { id } }
  supervisedPerson(id: $personId) { id }
  task(id: $taskId) { id }
  grid(id: $gridId) { id }
}`;
const CALENDAR = 'query($gridId: ID!, $month: String!) { gridReportCalendar(gridId: $gridId, month: $month) { days { reports { id } } } }';

beforeAll(async () => {
  app = await startTestApp();
  for (const [key, code] of [
    ['old', '110118001002'],
    ['new', '110118001003'],
  ]) {
    org[key] = (await app.query<{ id: string }>('select id::text from org where code = ?', [code]))[0]!.id;
  }
  // A secretary for the receiving community, signing in with the demo password (same hash as `community`).
  await app.query(
    `insert into user_account (username, name, org_id, password_hash)
       select 'community_ty', '檀营社区书记', ?, password_hash from user_account where username = 'community'`,
    [org.new],
  );
  await app.query(
    "insert into user_role (user_id, role_id) select u.id, r.id from user_account u, role r where u.username = 'community_ty' and r.code = 'community_secretary'",
  );
  [township, oldSecretary, newSecretary] = await Promise.all(['township', 'community', 'community_ty'].map((u) => app.login(u)));
});
afterAll(() => app.stop());

/** What the seed put on grid `number` of 鼓楼社区 (dated back from today, so counts are read, not written down). */
async function gridOfGulou(number: number) {
  const [{ id }] = await app.query<{ id: string }>('select id::text from grid where org_id = ? and number = ?', [org.old, number]);
  const people = ids(await app.query('select id::text from supervised_person where grid_id = ?', [id]));
  const tasks = ids(await app.query('select id::text from task where grid_id = ?', [id]));
  const openHandled = ids(await app.query("select id::text from task where grid_id = ? and handler_org_id = ? and status <> 'CLOSED'", [id, org.old]));
  const [{ month }] = await app.query<{ month: string }>("select to_char(max(date), 'YYYY-MM') as month from grid_report where grid_id = ?", [id]);
  const [{ n: monthReports }] = await app.query<{ n: number }>(
    "select count(*)::int as n from grid_report where grid_id = ? and to_char(date, 'YYYY-MM') = ?",
    [id, month],
  );
  const [{ n: reports }] = await app.query<{ n: number }>('select count(*)::int as n from grid_report where grid_id = ?', [id]);
  return { id, people, tasks, openHandled, month, monthReports, reports, vars: { gridId: id, personId: people[0], taskId: tasks[0] } };
}

const reportsIn = (res: { data?: { gridReportCalendar: { days: { reports: unknown[] }[] } } }) =>
  res.data!.gridReportCalendar.days.reduce((n, d) => n + d.reports.length, 0);

describe('moving a grid to another org', () => {
  it('writes nothing when a step fails half-way', async () => {
    const grid = await gridOfGulou(4);
    expect([grid.people.length, grid.tasks.length]).toEqual([6, 38]);
    // A real failure inside the transaction, after the grid, its people and its tasks are written.
    await app.query(`create function fail_report_move() returns trigger language plpgsql as $$ begin raise exception 'report move refused'; end $$`);
    await app.query('create trigger fail_report_move before update on grid_report for each row execute function fail_report_move()');
    try {
      const res = await app.gql(MOVE, { id: grid.id, orgId: org.new, number: 8 }, { token: township });
      expect(res.errors?.[0]?.extensions.code).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await app.query('drop trigger fail_report_move on grid_report');
      await app.query('drop function fail_report_move()');
    }
    const orgsOf = async (table: string) =>
      (await app.query<{ org: string }>(`select distinct org_id::text as org from ${table} where grid_id = ?`, [grid.id])).map((r) => r.org);
    expect(await orgsOf('grid_report')).toEqual([org.old]);
    expect(await orgsOf('supervised_person')).toEqual([org.old]);
    expect(await orgsOf('task')).toEqual([org.old]);
    expect(await app.query('select org_id::text as org, number from grid where id = ?', [grid.id])).toEqual([{ org: org.old, number: 4 }]);
    expect(await app.query("select 1 from audit_log where operation = 'updateGrid' and target_id = ?", [grid.id])).toEqual([]);
    const stillOld = await app.gql(READS, grid.vars, { token: oldSecretary });
    expect(stillOld.data.supervisedPeople.total).toBe(6);
    expect(stillOld.data.tasks.total).toBe(38);
  });

  it('moves people, tasks and daily reports with the grid, in one audited step', async () => {
    const grid = await gridOfGulou(3);
    expect([grid.people.length, grid.tasks.length]).toEqual([6, 45]);
    expect(Math.min(grid.openHandled.length, grid.reports, grid.monthReports)).toBeGreaterThan(0);

    const res = await app.gql(MOVE, { id: grid.id, orgId: org.new, number: 9 }, { token: township });
    expect(res.errors).toBeUndefined();
    expect(res.data.updateGrid).toEqual({ id: grid.id, org: { code: '110118001003' } });

    const old = await app.gql(READS, grid.vars, { token: oldSecretary });
    expect(old.errors).toBeUndefined();
    expect(old.data).toEqual({ supervisedPeople: { total: 0, items: [] }, tasks: { total: 0, items: [] }, supervisedPerson: null, task: null, grid: null });
    const oldCalendar = await app.gql(CALENDAR, { gridId: grid.id, month: grid.month }, { token: oldSecretary });
    expect(oldCalendar.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'gridId' }] });

    const moved = await app.gql(READS, grid.vars, { token: newSecretary });
    expect(moved.errors).toBeUndefined();
    expect(moved.data.supervisedPeople.total).toBe(6);
    expect(ids(moved.data.supervisedPeople.items)).toEqual(grid.people);
    expect(moved.data.tasks.total).toBe(45);
    expect(ids(moved.data.tasks.items)).toEqual(grid.tasks);
    expect(moved.data).toMatchObject({ supervisedPerson: { id: grid.people[0] }, task: { id: grid.tasks[0] }, grid: { id: grid.id } });
    expect(reportsIn(await app.gql(CALENDAR, { gridId: grid.id, month: grid.month }, { token: newSecretary }))).toBe(grid.monthReports);

    // Open work the old community was handling passes to the new one, as a fresh dispatch would.
    const handled = await app.query<{ org: string; user: string | null }>(
      `select distinct handler_org_id::text as org, handler_user_id::text as "user" from task where id in (${grid.openHandled.map(() => '?').join(',')})`,
      grid.openHandled,
    );
    expect(handled).toEqual([{ org: org.new, user: null }]);
    expect(await app.query('select 1 from task where grid_id = ? and handler_org_id = ?', [grid.id, org.old])).toEqual([]);

    const entries = await app.query<{ before: unknown; after: unknown }>(
      "select before, after from audit_log where operation = 'updateGrid' and target_id = ?",
      [grid.id],
    );
    // Later modules add their own counts to `moved` (key locations …).
    expect(entries).toMatchObject([
      { before: { orgId: org.old, number: 3 }, after: { orgId: org.new, number: 9, moved: { supervisedPeople: 6, tasks: 45, gridReports: grid.reports } } },
    ]);
    expect(entries).toHaveLength(1);
  });
});

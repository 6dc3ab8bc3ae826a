import { startTestApp, type TestApp } from '../../support/app';

/**
 * Grid 3 of 鼓楼社区 moves to 檀营社区 (110118001003, same sub-district): its supervised people,
 * tasks and daily reports move with it, so 鼓楼社区's secretary stops reading them and 檀营社区's starts.
 */
let app: TestApp;
let township: string;
let oldSecretary: string;
let newSecretary: string;
const id: Record<string, string> = {};
let peopleIds: string[];
let taskIds: string[];
let openHandledIds: string[];
let month: string;
let monthReports: number;
let reportTotal: number;

const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();
const MOVE = 'mutation($id: ID!, $orgId: ID!) { updateGrid(id: $id, input: { orgId: $orgId, number: 9 }) { id org { code } } }';
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
  const one = async (key: string, sql: string) => (id[key] = (await app.query<{ id: string }>(sql))[0]!.id);
  await one('oldOrg', "select id::text from org where code = '110118001002'");
  await one('newOrg', "select id::text from org where code = '110118001003'");
  await one('grid', "select id::text from grid where org_id = (select id from org where code = '110118001002') and number = 3");
  // A secretary for the receiving community, signing in with the demo password (same hash as `community`).
  await app.query(
    `insert into user_account (username, name, org_id, password_hash)
       select 'community_ty', '檀营社区书记', ?, password_hash from user_account where username = 'community'`,
    [id.newOrg],
  );
  await app.query(
    "insert into user_role (user_id, role_id) select u.id, r.id from user_account u, role r where u.username = 'community_ty' and r.code = 'community_secretary'",
  );
  peopleIds = ids(await app.query('select id::text from supervised_person where grid_id = ?', [id.grid]));
  taskIds = ids(await app.query('select id::text from task where grid_id = ?', [id.grid]));
  openHandledIds = ids(await app.query("select id::text from task where grid_id = ? and handler_org_id = ? and status <> 'CLOSED'", [id.grid, id.oldOrg]));
  // The seeder dates reports back from today: the month of the grid's latest report.
  [{ month }] = await app.query("select to_char(max(date), 'YYYY-MM') as month from grid_report where grid_id = ?", [id.grid]);
  [{ n: monthReports }] = await app.query("select count(*)::int as n from grid_report where grid_id = ? and to_char(date, 'YYYY-MM') = ?", [id.grid, month]);
  [{ n: reportTotal }] = await app.query('select count(*)::int as n from grid_report where grid_id = ?', [id.grid]);
  [township, oldSecretary, newSecretary] = await Promise.all(['township', 'community', 'community_ty'].map((u) => app.login(u)));
});
afterAll(() => app.stop());

const vars = () => ({ gridId: id.grid, personId: peopleIds[0], taskId: taskIds[0] });
const reportsIn = (res: { data?: { gridReportCalendar: { days: { reports: unknown[] }[] } } }) =>
  res.data!.gridReportCalendar.days.reduce((n, d) => n + d.reports.length, 0);

describe('moving a grid to another org', () => {
  it('the fixture grid has people, tasks, open work handled by its community and daily reports', () => {
    // Seeded data (seeds/, dated back from today, so counts are read rather than written down): what the move must carry.
    expect([peopleIds.length, taskIds.length]).toEqual([6, 45]);
    expect(Math.min(openHandledIds.length, reportTotal, monthReports)).toBeGreaterThan(0);
  });

  it('writes nothing when a step fails half-way', async () => {
    // A real failure inside the transaction after the grid, its people and its tasks are written.
    await app.query(`create function fail_report_move() returns trigger language plpgsql as $$ begin raise exception 'report move refused'; end $$`);
    await app.query('create trigger fail_report_move before update on grid_report for each row execute function fail_report_move()');
    try {
      const res = await app.gql(MOVE, { id: id.grid, orgId: id.newOrg }, { token: township });
      expect(res.errors?.[0]?.extensions.code).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await app.query('drop trigger fail_report_move on grid_report');
      await app.query('drop function fail_report_move()');
    }
    const orgsOf = async (table: string) => (await app.query<{ org: string }>(`select distinct org_id::text as org from ${table} where grid_id = ?`, [id.grid])).map((r) => r.org);
    expect(await orgsOf('grid_report')).toEqual([id.oldOrg]);
    expect(await orgsOf('supervised_person')).toEqual([id.oldOrg]);
    expect(await orgsOf('task')).toEqual([id.oldOrg]);
    expect(await app.query('select org_id::text as org from grid where id = ?', [id.grid])).toEqual([{ org: id.oldOrg }]);
    expect(await app.query("select 1 from audit_log where operation = 'updateGrid' and target_id = ?", [id.grid])).toEqual([]);
    const stillOld = await app.gql(READS, vars(), { token: oldSecretary });
    expect(stillOld.data.supervisedPeople.total).toBe(6);
  });

  it('moves people, tasks and daily reports with the grid, in one audited step', async () => {
    const res = await app.gql(MOVE, { id: id.grid, orgId: id.newOrg }, { token: township });
    expect(res.errors).toBeUndefined();
    expect(res.data.updateGrid).toEqual({ id: id.grid, org: { code: '110118001003' } });

    const old = await app.gql(READS, vars(), { token: oldSecretary });
    expect(old.errors).toBeUndefined();
    expect(old.data).toEqual({ supervisedPeople: { total: 0, items: [] }, tasks: { total: 0, items: [] }, supervisedPerson: null, task: null, grid: null });
    const oldCalendar = await app.gql(CALENDAR, { gridId: id.grid, month }, { token: oldSecretary });
    expect(oldCalendar.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'gridId' }] });

    const moved = await app.gql(READS, vars(), { token: newSecretary });
    expect(moved.errors).toBeUndefined();
    expect(moved.data.supervisedPeople.total).toBe(6);
    expect(ids(moved.data.supervisedPeople.items)).toEqual(peopleIds);
    expect(moved.data.tasks.total).toBe(45);
    expect(ids(moved.data.tasks.items)).toEqual(taskIds);
    expect(moved.data).toMatchObject({ supervisedPerson: { id: peopleIds[0] }, task: { id: taskIds[0] }, grid: { id: id.grid } });
    expect(reportsIn(await app.gql(CALENDAR, { gridId: id.grid, month }, { token: newSecretary }))).toBe(monthReports);

    // Open work the old community was handling passes to the new one, as a fresh dispatch would.
    const handled = await app.query<{ org: string; user: string | null }>(
      `select distinct handler_org_id::text as org, handler_user_id::text as "user" from task where id in (${openHandledIds.map(() => '?').join(',')})`,
      openHandledIds,
    );
    expect(handled).toEqual([{ org: id.newOrg, user: null }]);
    expect(await app.query('select 1 from task where grid_id = ? and handler_org_id = ?', [id.grid, id.oldOrg])).toEqual([]);

    const entries = await app.query<{ before: unknown; after: unknown }>("select before, after from audit_log where operation = 'updateGrid' and target_id = ?", [id.grid]);
    expect(entries).toEqual([{ before: { orgId: id.oldOrg, number: 3 }, after: { orgId: id.newOrg, number: 9, moved: { supervisedPeople: 6, tasks: 45, gridReports: reportTotal } } }]);
  });
});

import { startJobs, type JobRunner } from '../../../api/src/jobs/runner';
import { TASK_OVERDUE_QUEUE } from '../../../api/src/modules/task/task.module';
import { escalateOverdueTasks } from '../../../api/src/modules/task/task.overdue';
import { startTestApp, type TestApp } from '../../support/app';

let app: TestApp;
let url: string;
const tok: Record<string, string> = {};
const id: Record<string, string> = {};
const runners: JobRunner[] = [];

const quiet = { schedule: false, pollingIntervalSeconds: 0.5, log: () => {} };

/** A task of 鼓楼社区 dispatched to the community whose deadline passed an hour ago. */
async function overdueTask(title: string): Promise<string> {
  const report = await app.gql(
    'mutation($i: ReportEventInput!) { reportEvent(input: $i) { id } }',
    { i: { gridId: id.grid1, title } },
    { token: tok.gridworker },
  );
  const taskId = report.data.reportEvent.id as string;
  await app.gql('mutation($id: ID!) { registerTask(id: $id) { id } }', { id: taskId }, { token: tok.dispatcher });
  await app.gql('mutation($id: ID!, $h: ID!) { dispatchTask(id: $id, handlerOrgId: $h) { id } }', { id: taskId, h: id.community }, { token: tok.dispatcher });
  await app.query("update task set deadline = now() - interval '1 hour' where id = ?", [taskId]);
  return taskId;
}

async function until(check: () => Promise<boolean>, ms = 20_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('timed out');
}

const escalations = async (taskId: string) =>
  (await app.query<{ n: number }>("select count(*)::int as n from task_history where task_id = ? and action = 'ESCALATE'", [taskId]))[0]!.n;
const state = async (taskId: string) =>
  (
    await app.query<{ status: string; handler: string }>(
      'select t.status, o.name as handler from task t join org o on o.id = t.handler_org_id where t.id = ?',
      [taskId],
    )
  )[0]!;

beforeAll(async () => {
  app = await startTestApp();
  url = app.orm.config.get('clientUrl')!;
  for (const u of ['gridworker', 'dispatcher', 'community']) tok[u] = await app.login(u);
  const one = async (key: string, sql: string) => (id[key] = (await app.query<{ id: string }>(sql))[0]!.id);
  await one('community', "select id::text from org where code = '110118001002'");
  await one('grid1', "select g.id::text from grid g join org o on o.id = g.org_id where o.code = '110118001002' and g.number = 1");
});
// Each test starts the workers it needs: one left running would take the next test's jobs.
afterEach(async () => {
  for (const r of runners.splice(0)) await r.stop();
});
afterAll(() => app.stop());

describe('background jobs', () => {
  it('require authentication for what they change', async () => {
    expect((await app.gql('{ tasks(filter: { overdue: true }) { total } }')).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('escalate an overdue task to the parent org with a history entry and reminders for both handlers', async () => {
    const taskId = await overdueTask('超期井盖');
    const runner = await startJobs(app.orm, url, quiet);
    runners.push(runner);
    await runner.boss.send(TASK_OVERDUE_QUEUE, {});
    await until(async () => (await escalations(taskId)) === 1);
    expect(await state(taskId)).toEqual({ status: 'ESCALATED', handler: '鼓楼街道' });
    const [entry] = await app.query<{ user_id: string | null; from: string; to: string }>(
      `select user_id, "from", "to" from task_history where task_id = ? and action = 'ESCALATE'`,
      [taskId],
    );
    expect(entry).toEqual({ user_id: null, from: 'DISPATCHED', to: 'ESCALATED' });
    const reminders = await app.query<{ org: string; kind: string }>(
      'select o.name as org, r.kind from task_reminder r join org o on o.id = r.org_id where r.task_id = ? order by o.name',
      [taskId],
    );
    expect(reminders).toEqual([
      { org: '鼓楼社区居民委员会', kind: 'OVERDUE' },
      { org: '鼓楼街道', kind: 'OVERDUE' },
    ]);
    // The community is no longer the handler; the township has a fresh deadline from the policy (capped at five working days from registration).
    const task = await app.gql(
      'query($id: ID!) { task(id: $id) { status overdue remainingWorkingHours allowedActions } }',
      { id: taskId },
      { token: tok.community },
    );
    expect(task.data.task).toMatchObject({ status: 'ESCALATED', overdue: false, allowedActions: [] });
    expect(task.data.task.remainingWorkingHours).toBeGreaterThan(0);
  });

  it('keep a job sent before a restart and run it after', async () => {
    const taskId = await overdueTask('重启前超期');
    const sender = await startJobs(app.orm, url, { ...quiet, work: false });
    await sender.boss.send(TASK_OVERDUE_QUEUE, {});
    await sender.stop();
    expect(await escalations(taskId)).toBe(0);
    const [{ n }] = await app.query<{ n: number }>("select count(*)::int as n from pgboss.job where name = ? and state = 'created'", [TASK_OVERDUE_QUEUE]);
    expect(n).toBe(1);
    const worker = await startJobs(app.orm, url, quiet);
    runners.push(worker);
    await until(async () => (await escalations(taskId)) === 1);
    expect((await state(taskId)).status).toBe('ESCALATED');
  });

  it('escalate once with two workers on one database', async () => {
    const taskId = await overdueTask('两个进程');
    const first = await startJobs(app.orm, url, quiet);
    runners.push(first);
    const second = await startJobs(app.orm, url, quiet);
    runners.push(second);
    await Promise.all([first.boss.send(TASK_OVERDUE_QUEUE, {}), second.boss.send(TASK_OVERDUE_QUEUE, {}), second.boss.send(TASK_OVERDUE_QUEUE, {})]);
    await until(async () => (await escalations(taskId)) === 1);
    await until(
      async () =>
        (
          await app.query<{ n: number }>("select count(*)::int as n from pgboss.job where name = ? and state in ('created', 'active')", [TASK_OVERDUE_QUEUE])
        )[0]!.n === 0,
    );
    expect(await escalations(taskId)).toBe(1);
  });

  it('escalate once when two scans race outside the queue (guarded update)', async () => {
    const taskId = await overdueTask('并发扫描');
    const [a, b] = await Promise.all([escalateOverdueTasks(app.orm.em.fork()), escalateOverdueTasks(app.orm.em.fork())]);
    expect([...a, ...b].filter((x) => x === taskId)).toEqual([taskId]);
    expect(await escalations(taskId)).toBe(1);
    const [{ n }] = await app.query<{ n: number }>("select count(*)::int as n from task_reminder where task_id = ? and kind = 'OVERDUE'", [taskId]);
    expect(n).toBe(2);
  });
});

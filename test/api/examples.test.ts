import { gridworkerView } from '../../examples/src/main';
import { DEMO_PASSWORD } from '../../seeds/demo.seeder';
import { startTestApp, type TestApp } from '../support/app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

const FIELDS = 'id version';

/** A task the grid worker reported and the dispatcher sent to the worker's community: it is now in the worker's inbox. */
async function dispatchedToTheCommunity(title: string) {
  const [worker, dispatcher] = [await app.login('gridworker'), await app.login('dispatcher')];
  const [{ id: gridId }] = await app.query<{ id: string }>(
    "select g.id::text from grid g join org o on o.id = g.org_id where o.code = '110118001002' and g.number = 1",
  );
  const [{ id: communityId }] = await app.query<{ id: string }>("select id::text from org where code = '110118001002'");
  const reported = await app.gql(
    `mutation($i: ReportEventInput!) { reportEvent(input: $i) { ${FIELDS} } }`,
    { i: { gridId, title, categoryCode: '04', componentCode: '04' } },
    {
      token: worker,
    },
  );
  const t = reported.data.reportEvent;
  const registered = await app.gql(
    `mutation($id: ID!, $v: Int) { registerTask(id: $id, version: $v) { ${FIELDS} } }`,
    { id: t.id, v: t.version },
    { token: dispatcher },
  );
  const dispatched = await app.gql(
    `mutation($id: ID!, $v: Int, $o: ID!) { dispatchTask(id: $id, version: $v, handlerOrgId: $o) { ${FIELDS} } }`,
    { id: t.id, v: registered.data.registerTask.version, o: communityId },
    { token: dispatcher },
  );
  expect(dispatched.errors).toBeUndefined();
}

describe('the examples/ typed client against the demo', () => {
  it("signs in as the grid worker and reads its grid, its inbox and its grid's open events", async () => {
    await dispatchedToTheCommunity('示例：楼道堆物');

    const view = await gridworkerView(app.url, 'gridworker', DEMO_PASSWORD);

    expect(view.name).toBe('鼓楼社区1号网格网格员');
    expect(view.org).toBe('鼓楼社区居民委员会');
    expect(view.grids.map((g) => g.number)).toEqual([1]);
    expect(view.grids[0]!.workers).toContain('鼓楼社区1号网格网格员');
    // A grid worker reports and follows; the community handles: nothing waits on the worker itself.
    expect(view.inbox).toEqual({ total: 0, tasks: [] });
    expect(view.gridTasks.tasks).toContainEqual({
      title: '示例：楼道堆物',
      status: 'DISPATCHED',
      deadline: expect.any(String),
      handler: '鼓楼社区居民委员会',
      allowedActions: [],
    });
  });

  it('reports a wrong password with the CONTRACT code', async () => {
    await expect(gridworkerView(app.url, 'gridworker', 'wrong-password')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});

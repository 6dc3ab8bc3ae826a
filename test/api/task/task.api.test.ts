import { startTestApp, type TestApp } from '../../support/app';

let app: TestApp;
const tok: Record<string, string> = {};
const id: Record<string, string> = {};

const FIELDS = 'id version status returnedTo deadline overdue remainingWorkingHours allowedActions handlerOrg { name } category { code name } grid { number }';
const REPORT = `mutation($i: ReportEventInput!) { reportEvent(input: $i) { ${FIELDS} } }`;
const TASK = `query($id: ID!) { task(id: $id) { ${FIELDS} history { user { username } action from to comment } reminders { kind message org { name } } } }`;
const mutation = (name: string, args = '') =>
  `mutation($id: ID!, $v: Int${args ? `, ${args}` : ''}) { ${name}(id: $id, version: $v${args ? `, ${args.replace(/\$(\w+): [^,]+/g, '$1: $$$1')}` : ''}) { ${FIELDS} } }`;
const M = {
  register: mutation('registerTask'),
  dispatch: mutation('dispatchTask', '$handlerOrgId: ID!'),
  accept: mutation('acceptTask'),
  resolve: mutation('resolveTask', '$result: String!'),
  verify: mutation('verifyTask', '$approved: Boolean!, $comment: String'),
  close: mutation('closeTask'),
  ret: mutation('returnTask', '$reason: String!'),
  escalate: mutation('escalateTask', '$reason: String!'),
  urge: mutation('urgeTask', '$message: String!'),
};
const code = (res: { errors?: { extensions: { code: string } }[] }) => res.errors?.[0]?.extensions.code;
const fieldsOf = (res: { errors?: { extensions: { fields?: { field: string }[] } }[] }) => res.errors?.[0]?.extensions.fields?.map((f) => f.field);

async function report(title = '井盖缺失', gridId = id.grid1!) {
  const res = await app.gql(REPORT, { i: { gridId, title, categoryCode: '04', componentCode: '04', location: '鼓楼社区东门' } }, { token: tok.gridworker });
  expect(res.errors).toBeUndefined();
  return res.data.reportEvent as { id: string; version: number; status: string; allowedActions: string[]; deadline: string | null };
}

/** Runs a mutation and expects success; returns the task. */
async function move(m: keyof typeof M, who: string, task: { id: string; version: number }, vars: Record<string, unknown> = {}) {
  const res = await app.gql(M[m], { id: task.id, v: task.version, ...vars }, { token: tok[who] });
  expect(res.errors).toBeUndefined();
  return Object.values(res.data)[0] as {
    id: string;
    version: number;
    status: string;
    returnedTo: string | null;
    allowedActions: string[];
    deadline: string | null;
    handlerOrg: { name: string } | null;
  };
}

async function statusOf(taskId: string) {
  return (await app.query<{ status: string; version: number }>('select status, version from task where id = ?', [taskId]))[0]!;
}

beforeAll(async () => {
  app = await startTestApp();
  for (const u of ['gridworker', 'gridworker2', 'dispatcher', 'community', 'township', 'county', 'admin', 'gridleader', 'judicial'])
    tok[u] = await app.login(u);
  const one = async (key: string, sql: string) => (id[key] = (await app.query<{ id: string }>(sql))[0]!.id);
  await one('community', "select id::text from org where code = '110118001002'");
  await one('township', "select id::text from org where code = '110118001000'");
  await one('foreignCommunity', "select id::text from org where code = '110118002001'");
  await one('judicialOrg', "select id::text from org where name = '鼓楼街道司法所'");
  await one('grid1', "select g.id::text from grid g join org o on o.id = g.org_id where o.code = '110118001002' and g.number = 1");
  await one('grid2', "select g.id::text from grid g join org o on o.id = g.org_id where o.code = '110118001002' and g.number = 2");
});
afterAll(() => app.stop());

describe('task workflow over the API', () => {
  it('requires authentication', async () => {
    expect(code(await app.gql('{ tasks { total } }'))).toBe('UNAUTHENTICATED');
  });

  it('walks the whole cycle with the demo accounts, recording each step', async () => {
    let t: { id: string; version: number; status: string; allowedActions: string[]; deadline: string | null } = await report();
    expect(t).toMatchObject({ status: 'REPORTED', allowedActions: [] });
    expect((await app.gql(TASK, { id: t.id }, { token: tok.dispatcher })).data.task.allowedActions).toEqual(['REGISTER']);
    t = await move('register', 'dispatcher', t);
    expect(t.allowedActions).toEqual(['DISPATCH', 'RETURN', 'URGE']);
    t = await move('dispatch', 'dispatcher', t, { handlerOrgId: id.community });
    expect(t).toMatchObject({ status: 'DISPATCHED', handlerOrg: { name: '鼓楼社区居民委员会' } });
    expect(t.deadline).not.toBeNull();
    const inbox = await app.gql('{ tasks(filter: { mine: true }, limit: 500) { total items { id allowedActions } } }', {}, { token: tok.community });
    expect(inbox.data.tasks.items.find((i: { id: string }) => i.id === t.id)).toEqual({ id: t.id, allowedActions: ['ACCEPT', 'RETURN', 'ESCALATE'] });
    t = await move('accept', 'community', t);
    t = await move('resolve', 'community', t, { result: '已更换井盖' });
    expect(t.status).toBe('RESOLVED');
    t = await move('verify', 'dispatcher', t, { approved: true, comment: '现场核实' });
    t = await move('close', 'dispatcher', t);
    expect(t).toMatchObject({ status: 'CLOSED', allowedActions: [] });
    const full = await app.gql(TASK, { id: t.id }, { token: tok.gridworker });
    expect(
      full.data.task.history.map((h: { user: { username: string }; action: string | null; from: string | null; to: string }) => [
        h.user.username,
        h.action,
        h.from,
        h.to,
      ]),
    ).toEqual([
      ['gridworker', null, null, 'REPORTED'],
      ['dispatcher', 'REGISTER', 'REPORTED', 'REGISTERED'],
      ['dispatcher', 'DISPATCH', 'REGISTERED', 'DISPATCHED'],
      ['community', 'ACCEPT', 'DISPATCHED', 'IN_PROGRESS'],
      ['community', 'RESOLVE', 'IN_PROGRESS', 'RESOLVED'],
      ['dispatcher', 'VERIFY', 'RESOLVED', 'VERIFIED'],
      ['dispatcher', 'CLOSE', 'VERIFIED', 'CLOSED'],
    ]);
    expect(full.data.task.history[4].comment).toBe('已更换井盖');
    const [{ n }] = await app.query<{ n: number }>("select count(*)::int as n from audit_log where target_type = 'Task' and target_id = ?", [t.id]);
    expect(n).toBe(7);
  });

  it('answers CONFLICT for illegal transitions and FORBIDDEN for legal ones of other roles, changing nothing', async () => {
    const t = await report('违规停车');
    const before = await statusOf(t.id);
    const cases: [keyof typeof M, string, Record<string, unknown>, string][] = [
      ['close', 'gridworker', {}, 'CONFLICT'],
      ['accept', 'community', {}, 'CONFLICT'],
      ['resolve', 'dispatcher', { result: 'x' }, 'CONFLICT'],
      ['verify', 'dispatcher', { approved: true }, 'CONFLICT'],
      ['dispatch', 'dispatcher', { handlerOrgId: id.community }, 'CONFLICT'],
      ['ret', 'dispatcher', { reason: 'x' }, 'CONFLICT'],
      ['register', 'gridworker', {}, 'FORBIDDEN'],
      ['register', 'community', {}, 'FORBIDDEN'],
      ['register', 'township', {}, 'FORBIDDEN'],
    ];
    for (const [m, who, vars, expected] of cases) {
      const res = await app.gql(M[m], { id: t.id, v: t.version, ...vars }, { token: tok[who] });
      expect([m, who, code(res)]).toEqual([m, who, expected]);
    }
    expect(await statusOf(t.id)).toEqual(before);
    const registered = await move('register', 'dispatcher', t);
    const dispatched = await move('dispatch', 'dispatcher', registered, { handlerOrgId: id.community });
    // Handling belongs to the handler org: the dispatcher may not accept, nor may a 司法所 officer.
    expect(code(await app.gql(M.accept, { id: t.id, v: dispatched.version }, { token: tok.dispatcher }))).toBe('FORBIDDEN');
    expect(code(await app.gql(M.accept, { id: t.id, v: dispatched.version }, { token: tok.judicial }))).toBe('FORBIDDEN');
    const early = await app.gql(M.close, { id: t.id, v: dispatched.version }, { token: tok.dispatcher });
    expect(code(early)).toBe('CONFLICT');
    // The states and actions in the reader's words, not the enums'.
    expect(early.errors?.[0]?.message).toBe('当前状态（已分拨）下不能执行 注销');
    const earlyEn = await app.gql(M.close, { id: t.id, v: dispatched.version }, { token: tok.dispatcher, lang: 'en' });
    expect(earlyEn.errors?.[0]?.message).toBe('cannot close while the task is dispatched');
    expect(code(await app.gql(M.accept, { id: t.id, v: dispatched.version - 1 }, { token: tok.community }))).toBe('CONFLICT');
    expect(await statusOf(t.id)).toEqual({ status: 'DISPATCHED', version: dispatched.version });
  });

  it('returns one step with a reason, and a rejected verification goes back to the handler', async () => {
    let t = await move('register', 'dispatcher', await report('路灯不亮'));
    t = await move('dispatch', 'dispatcher', t, { handlerOrgId: id.community });
    const noReason = await app.gql(M.ret, { id: t.id, v: t.version, reason: '  ' }, { token: tok.community });
    expect(fieldsOf(noReason)).toEqual(['reason']);
    t = await move('ret', 'community', t, { reason: '不属于社区职责' });
    expect(t).toMatchObject({ status: 'RETURNED', returnedTo: 'REGISTERED', handlerOrg: null, deadline: null });
    t = await move('dispatch', 'dispatcher', t, { handlerOrgId: id.judicialOrg });
    expect(t.handlerOrg).toEqual({ name: '鼓楼街道司法所' });
    t = await move('accept', 'judicial', t);
    t = await move('resolve', 'judicial', t, { result: '已处理' });
    const noComment = await app.gql(M.verify, { id: t.id, v: t.version, approved: false }, { token: tok.dispatcher });
    expect(fieldsOf(noComment)).toEqual(['comment']);
    t = await move('verify', 'dispatcher', t, { approved: false, comment: '现场仍未修复' });
    expect(t).toMatchObject({ status: 'RETURNED', returnedTo: 'IN_PROGRESS' });
    const judicialView = await app.gql(TASK, { id: t.id }, { token: tok.judicial });
    expect(judicialView.data.task.allowedActions).toEqual(['RESOLVE', 'ESCALATE']);
    t = await move('resolve', 'judicial', t, { result: '已修复' });
    expect(t.status).toBe('RESOLVED');
  });

  it('escalates to the parent org, which handles it, and records urges as reminders', async () => {
    let t = await move('register', 'dispatcher', await report('私搭彩钢房'));
    t = await move('dispatch', 'dispatcher', t, { handlerOrgId: id.community });
    t = await move('urge', 'dispatcher', t, { message: '请尽快处理' });
    expect(t.status).toBe('DISPATCHED');
    t = await move('escalate', 'community', t, { reason: '需街道协调' });
    // The community cannot read the township org, so it sees no handler org any more.
    expect(t).toMatchObject({ status: 'ESCALATED', handlerOrg: null, allowedActions: [] });
    const townshipView = await app.gql(TASK, { id: t.id }, { token: tok.township });
    expect(townshipView.data.task).toMatchObject({ handlerOrg: { name: '鼓楼街道' }, allowedActions: ['ACCEPT', 'URGE'] });
    expect((await app.gql(TASK, { id: t.id }, { token: tok.dispatcher })).data.task.allowedActions).toEqual(['DISPATCH', 'URGE']);
    t = await move('accept', 'township', t);
    expect(t.status).toBe('IN_PROGRESS');
    const full = await app.gql(TASK, { id: t.id }, { token: tok.dispatcher });
    expect(full.data.task.reminders).toEqual([{ kind: 'URGE', message: '请尽快处理', org: { name: '鼓楼社区居民委员会' } }]);
  });

  it('refuses unknown and out-of-scope handler orgs, naming the field, and writes nothing', async () => {
    const t = await move('register', 'dispatcher', await report('占道经营'));
    for (const handlerOrgId of ['999999999', id.foreignCommunity]) {
      const res = await app.gql(M.dispatch, { id: t.id, v: t.version, handlerOrgId }, { token: tok.dispatcher });
      expect([code(res), fieldsOf(res)]).toEqual(['BAD_USER_INPUT', ['handlerOrgId']]);
    }
    expect(await statusOf(t.id)).toEqual({ status: 'REGISTERED', version: t.version });
  });

  it('refuses a bad report, naming the fields', async () => {
    const res = await app.gql(REPORT, { i: { gridId: id.grid2, title: '', categoryCode: '99' } }, { token: tok.gridworker });
    expect(code(res)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(res)).toEqual(['title', 'categoryCode', 'gridId']);
  });

  it('lets exactly one of two concurrent transitions win', async () => {
    const t = await move('dispatch', 'dispatcher', await move('register', 'dispatcher', await report('噪音扰民')), { handlerOrgId: id.community });
    const [a, b] = await Promise.all([
      app.gql(M.accept, { id: t.id, v: t.version }, { token: tok.community }),
      app.gql(M.escalate, { id: t.id, v: t.version, reason: '同时上报' }, { token: tok.community }),
    ]);
    expect([a, b].filter((r) => !r.errors).length).toBe(1);
    expect([a, b].map(code).filter(Boolean)).toEqual(['CONFLICT']);
    const [{ n }] = await app.query<{ n: number }>("select count(*)::int as n from task_history where task_id = ? and action in ('ACCEPT', 'ESCALATE')", [
      t.id,
    ]);
    expect(n).toBe(1);
    // Without versions, the loser finds the status moved on.
    const u = await move('dispatch', 'dispatcher', await move('register', 'dispatcher', await report('绿地被踩踏')), { handlerOrgId: id.community });
    const both = await Promise.all([app.gql(M.accept, { id: u.id }, { token: tok.community }), app.gql(M.accept, { id: u.id }, { token: tok.community })]);
    expect(both.map(code).sort()).toEqual(['CONFLICT', undefined].sort());
  });

  it('keeps tasks inside the caller scope', async () => {
    const t = await report('楼道堆物');
    expect((await app.gql(TASK, { id: t.id }, { token: tok.gridworker2 })).data.task).toBeNull();
    expect(code(await app.gql(M.register, { id: t.id }, { token: tok.gridworker2 }))).toBe('NOT_FOUND');
    const counts: Record<string, number> = {};
    for (const u of ['gridworker', 'community', 'dispatcher', 'county'])
      counts[u] = (await app.gql('{ tasks { total } }', {}, { token: tok[u] })).data.tasks.total;
    const [{ grid1, community, township }] = await app.query<{ grid1: number; community: number; township: number }>(
      `select count(*) filter (where t.grid_id = ?)::int as grid1,
              count(*) filter (where o.id = ? or t.handler_org_id = ?)::int as community,
              count(*)::int as township
         from task t join org o on o.id = t.org_id`,
      [id.grid1, id.community, id.community],
    );
    expect(counts).toEqual({ gridworker: grid1, community, dispatcher: township, county: township });
    expect(counts.gridworker).toBeLessThan(counts.community!);
  });

  it('lists "my work" with the nearest deadline (the overdue) first', async () => {
    const res = await app.gql('{ tasks(filter: { mine: true }, limit: 50) { total items { deadline overdue allowedActions } } }', {}, { token: tok.community });
    const items = res.data.tasks.items as { deadline: string | null; overdue: boolean; allowedActions: string[] }[];
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item.allowedActions.length).toBeGreaterThan(0);
    const deadlines = items.map((i) => i.deadline).filter((d): d is string => !!d);
    expect(deadlines).toEqual([...deadlines].sort());
    const firstOnTime = items.findIndex((i) => !i.overdue);
    expect(items.slice(firstOnTime).some((i) => i.overdue)).toBe(false);
    const overdue = await app.gql(
      '{ tasks(filter: { overdue: true }) { total } all: tasks { total } onTime: tasks(filter: { overdue: false }) { total } }',
      {},
      { token: tok.dispatcher },
    );
    expect(overdue.data.tasks.total + overdue.data.onTime.total).toBe(overdue.data.all.total);
  });

  it('loads a page of tasks with all nested fields in a fixed number of statements', async () => {
    const LIST = `query($limit: Int!) { tasks(limit: $limit) { items { ${FIELDS} org { name } reporter { username } history { user { username } handlerOrg { name } } reminders { org { name } } } } }`;
    const statements = async (limit: number) => {
      app.sql.count = 0;
      const res = await app.gql(LIST, { limit }, { token: tok.county });
      expect(res.data.tasks.items).toHaveLength(limit);
      return app.sql.count;
    };
    // After another test's writes the caller is checked and rebuilt: measure with the session trusted,
    // and with the org paths the policy reads (kept per identity epoch) read once.
    await app.trust(tok.county!);
    await statements(50);
    expect(await statements(50)).toBe(await statements(5));
  });

  it('keeps the deadline policy as data that only admins change, at most 5 working days', async () => {
    const policy = await app.gql('{ deadlinePolicy { level workingDays } }', {}, { token: tok.gridworker });
    expect(policy.data.deadlinePolicy).toEqual([
      { level: 'COMMUNITY', workingDays: 1 },
      { level: 'TOWNSHIP', workingDays: 2 },
      { level: 'OTHER', workingDays: 3 },
    ]);
    const UPDATE = 'mutation($i: DeadlinePolicyInput!) { updateDeadlinePolicy(input: $i) { level workingDays } }';
    const tooLong = await app.gql(UPDATE, { i: { community: 6 } }, { token: tok.admin });
    expect([code(tooLong), fieldsOf(tooLong)]).toEqual(['BAD_USER_INPUT', ['community']]);
    expect(code(await app.gql(UPDATE, { i: { township: 3 } }, { token: tok.township }))).toBe('FORBIDDEN');
    const ok = await app.gql(UPDATE, { i: { township: 3 } }, { token: tok.admin });
    expect(ok.data.updateDeadlinePolicy[1]).toEqual({ level: 'TOWNSHIP', workingDays: 3 });
  });
});

import { startTestApp, type TestApp } from '../../support/app';

/**
 * The permission matrix: every demo account against the org, grid and user lists (exact totals),
 * single reads inside and outside its scope, nested fields, and writes.
 *
 * Known answers from the seed: 北京市 + 密云区 + 21 townships + 429 communities + 3 departments under
 * 鼓楼街道 = 455 orgs; 鼓楼街道's subtree is 1 + 29 communities + 3 departments = 33. The seeded
 * generator gives 1282 grids in all, 86 in 鼓楼街道 and 4 in 鼓楼社区, whose grid 1 (gridworker,
 * gridleader) and grid 2 (gridleader, gridworker2) the grid leader leads. 15 accounts: admin, auditor and security
 * at 北京市, county and assessor at 密云区, township at 鼓楼街道, dispatcher and judicial in its
 * departments, community, gridleader, gridworker, police and gridworker2–4 at 鼓楼社区.
 */
const EXPECTED: Record<string, { orgs: number; grids: number; users: number }> = {
  admin: { orgs: 455, grids: 1282, users: 15 },
  county: { orgs: 454, grids: 1282, users: 12 },
  township: { orgs: 33, grids: 86, users: 10 },
  dispatcher: { orgs: 33, grids: 86, users: 10 },
  community: { orgs: 1, grids: 4, users: 7 },
  gridleader: { orgs: 1, grids: 2, users: 3 },
  gridworker: { orgs: 1, grids: 1, users: 2 },
  judicial: { orgs: 33, grids: 86, users: 10 },
  police: { orgs: 1, grids: 4, users: 7 },
  assessor: { orgs: 454, grids: 1282, users: 0 },
  auditor: { orgs: 0, grids: 0, users: 0 },
  security: { orgs: 455, grids: 1282, users: 15 },
};
const ACCOUNTS = Object.keys(EXPECTED);

let app: TestApp;
const tokens: Record<string, string> = {};
const ids: Record<string, string> = {};

beforeAll(async () => {
  app = await startTestApp();
  for (const a of ACCOUNTS) tokens[a] = await app.login(a);
  const one = async (name: string, sql: string) => (ids[name] = (await app.query<{ id: string }>(sql))[0]!.id);
  await one('province', "select id::text from org where code = '110000000000'");
  await one('county', "select id::text from org where code = '110118000000'");
  await one('gulou', "select id::text from org where code = '110118001000'");
  await one('guoyuan', "select id::text from org where code = '110118002000'");
  await one('community', "select id::text from org where code = '110118001002'");
  await one('otherCommunity', "select id::text from org where code = '110118001003'");
  await one('grid1', "select g.id::text from grid g join org o on o.id = g.org_id where o.code = '110118001002' and g.number = 1");
  await one('grid3', "select g.id::text from grid g join org o on o.id = g.org_id where o.code = '110118001002' and g.number = 3");
  await one('foreignGrid', "select g.id::text from grid g join org o on o.id = g.org_id where o.code = '110118002001' and g.number = 1");
  await one('adminUser', "select id::text from user_account where username = 'admin'");
  await one('gridworker2', "select id::text from user_account where username = 'gridworker2'");
  await one('gridleaderUser', "select id::text from user_account where username = 'gridleader'");
});
afterAll(() => app.stop());

describe('lists and totals', () => {
  it('require authentication', async () => {
    const res = await app.gql('{ orgs { total } }');
    expect(res.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it.each(ACCOUNTS)('%s sees exactly its scope', async (account) => {
    const res = await app.gql(
      '{ orgs(limit: 500) { total items { id } } grids { total } users(limit: 500) { total items { id } } }',
      {},
      { token: tokens[account] },
    );
    expect(res.errors).toBeUndefined();
    expect({ orgs: res.data.orgs.total, grids: res.data.grids.total, users: res.data.users.total }).toEqual(EXPECTED[account]);
    expect(res.data.orgs.items).toHaveLength(Math.min(500, EXPECTED[account]!.orgs));
    expect(res.data.users.items).toHaveLength(EXPECTED[account]!.users);
  });

  it('intersects an orgId filter with the scope instead of widening it', async () => {
    const res = await app.gql('query($o: ID!) { grids(filter: { orgId: $o }) { total } }', { o: ids.province }, { token: tokens.community });
    expect(res.data.grids.total).toBe(4);
  });
});

describe('single reads', () => {
  const READ = 'query($o: ID!, $g: ID!, $u: ID!) { org(id: $o) { id } grid(id: $g) { id } user(id: $u) { id } }';

  it.each([
    ['county', 'gulou', 'foreignGrid', 'gridworker2', [true, true, true]],
    ['county', 'province', 'foreignGrid', 'adminUser', [false, true, false]],
    ['township', 'guoyuan', 'foreignGrid', 'gridworker2', [false, false, true]],
    ['community', 'otherCommunity', 'grid3', 'gridworker2', [false, true, true]],
    ['gridworker', 'community', 'grid3', 'gridworker2', [true, false, false]],
    ['gridleader', 'community', 'grid3', 'gridworker2', [true, false, true]],
    ['assessor', 'gulou', 'grid1', 'gridworker2', [true, true, false]],
    ['auditor', 'gulou', 'grid1', 'gridworker2', [false, false, false]],
  ] as const)('%s: org %s, grid %s, user %s', async (account, org, grid, user, visible) => {
    const res = await app.gql(READ, { o: ids[org], g: ids[grid], u: ids[user] }, { token: tokens[account] });
    expect(res.errors).toBeUndefined();
    expect([!!res.data.org, !!res.data.grid, !!res.data.user]).toEqual(visible);
  });

  it('answers null, not an error, for a missing id and for a malformed one', async () => {
    const res = await app.gql('{ a: org(id: "999999999") { id } b: org(id: "x; drop table org") { id } }', {}, { token: tokens.admin });
    expect(res).toMatchObject({ data: { a: null, b: null } });
  });
});

describe('nested fields obey the scope', () => {
  it('hides the parent and ancestors a community may not see', async () => {
    const res = await app.gql(
      'query($id: ID!) { org(id: $id) { name parent { name } ancestors { name } } }',
      { id: ids.community },
      { token: tokens.community },
    );
    expect(res.data.org).toEqual({ name: '鼓楼社区居民委员会', parent: null, ancestors: [] });
    const township = await app.gql('query($id: ID!) { org(id: $id) { ancestors { name } } }', { id: ids.community }, { token: tokens.township });
    expect(township.data.org.ancestors).toEqual([{ name: '鼓楼街道' }]);
  });

  it('shows a grid worker only the workers of its own grid', async () => {
    const res = await app.gql(
      '{ grids { items { number workers { username } leader { username } org { name children { id } } } } }',
      {},
      { token: tokens.gridworker },
    );
    expect(res.data.grids.items).toEqual([
      {
        number: 1,
        workers: [{ username: 'gridleader' }, { username: 'gridworker' }],
        leader: { username: 'gridleader' },
        org: { name: '鼓楼社区居民委员会', children: [] },
      },
    ]);
  });

  it('lists only the children inside the scope', async () => {
    const res = await app.gql('query($id: ID!) { org(id: $id) { children { name } grids { number } } }', { id: ids.gulou }, { token: tokens.township });
    expect(res.data.org.children).toHaveLength(32);
    expect(res.data.org.grids).toEqual([]);
  });
});

describe('field rules', () => {
  it('masks phone numbers for grid staff and police, shows them to the community secretary', async () => {
    const q = 'query($id: ID!) { user(id: $id) { phone } }';
    const [{ phone }] = await app.query<{ phone: string }>('select phone from user_account where id = ?', [ids.gridleaderUser]);
    const masked = `${phone.slice(0, 3)}****${phone.slice(-4)}`;
    expect((await app.gql(q, { id: ids.gridleaderUser }, { token: tokens.gridworker })).data.user.phone).toBe(masked);
    expect((await app.gql(q, { id: ids.gridleaderUser }, { token: tokens.police })).data.user.phone).toBe(masked);
    expect((await app.gql(q, { id: ids.gridleaderUser }, { token: tokens.community })).data.user.phone).toBe(phone);
  });
});

describe('writes', () => {
  const RENAME = 'mutation($id: ID!, $name: String!) { updateOrg(id: $id, input: { name: $name }) { name } }';

  it('NOT_FOUND for a record outside the scope, so existence does not leak', async () => {
    const res = await app.gql(RENAME, { id: ids.guoyuan, name: '改名' }, { token: tokens.township });
    expect(res.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    const missing = await app.gql(RENAME, { id: '987654321', name: '改名' }, { token: tokens.township });
    expect(missing.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    expect(missing.errors?.[0]?.message).toBe(res.errors?.[0]?.message);
  });

  it('FORBIDDEN for a visible record the rules do not let the caller change', async () => {
    const res = await app.gql(RENAME, { id: ids.gulou, name: '改名' }, { token: tokens.county });
    expect(res.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const grid = await app.gql('mutation($id: ID!) { deleteGrid(id: $id) }', { id: ids.grid1 }, { token: tokens.gridleader });
    expect(grid.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('lets the grid leader edit its grids but not the others of the community', async () => {
    const own = await app.gql(
      'mutation($id: ID!) { updateGrid(id: $id, input: { households: 188 }) { households } }',
      { id: ids.grid1 },
      { token: tokens.gridleader },
    );
    expect(own.data.updateGrid.households).toBe(188);
    const other = await app.gql(
      'mutation($id: ID!) { updateGrid(id: $id, input: { households: 188 }) { households } }',
      { id: ids.grid3 },
      { token: tokens.gridleader },
    );
    expect(other.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });

  it('keeps the auditor out of business data and lets it read the audit log', async () => {
    const res = await app.gql('{ auditLogs(limit: 5) { total items { operation user { username } } } }', {}, { token: tokens.auditor });
    expect(res.data.auditLogs.total).toBeGreaterThanOrEqual(ACCOUNTS.length);
    expect((await app.gql('{ auditLogs { total } }', {}, { token: tokens.county })).data.auditLogs.total).toBe(0);
  });
});

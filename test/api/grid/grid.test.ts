import { startTestApp, type TestApp } from '../../support/app';
import { createGrid } from '../../support/factories';

let app: TestApp;
let community: string;
const id: Record<string, string> = {};

beforeAll(async () => {
  app = await startTestApp();
  community = await app.login('community');
  const one = async (key: string, sql: string) => (id[key] = (await app.query<{ id: string }>(sql))[0]!.id);
  await one('gulouCommunity', "select id::text from org where code = '110118001002'");
  await one('otherCommunity', "select id::text from org where code = '110118001003'");
  await one('gulou', "select id::text from org where code = '110118001000'");
  await one('grid1', "select id::text from grid where org_id = (select id from org where code = '110118001002') and number = 1");
  await one('gridworker2', "select id::text from user_account where username = 'gridworker2'");
});
afterAll(() => app.stop());

const CREATE =
  'mutation($i: CreateGridInput!) { createGrid(input: $i) { id number name level households parent { number } org { name } workers { username } } }';
const fieldsOf = (res: { errors?: { extensions: { fields?: { field: string }[] } }[] }) => res.errors?.[0]?.extensions.fields?.map((f) => f.field);

describe('grids', () => {
  it('require authentication', async () => {
    expect((await app.gql('{ grids { total } }')).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('the community secretary creates a second-level grid with a worker in its community', async () => {
    const res = await app.gql(
      CREATE,
      { i: { orgId: id.gulouCommunity, number: 11, name: '1号网格北片', level: 2, parentId: id.grid1, households: 160, workerIds: [id.gridworker2] } },
      { token: community },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.createGrid).toMatchObject({
      number: 11,
      level: 2,
      households: 160,
      parent: { number: 1 },
      org: { name: '鼓楼社区居民委员会' },
      workers: [{ username: 'gridworker2' }],
    });
    const list = await app.gql('{ grids(filter: { q: "北片" }) { total items { number } } }', {}, { token: community });
    expect(list.data.grids).toEqual({ total: 1, items: [{ number: 11 }] });
  });

  it('refuses a grid under a township-level department and a wrong parent level, naming the fields', async () => {
    const admin = await app.login('admin');
    const [{ id: dept }] = await app.query<{ id: string }>("select id::text from org where name = '鼓楼街道司法所'");
    const res = await app.gql(CREATE, { i: { orgId: dept, number: 1, name: '错误网格', level: 1 } }, { token: admin });
    expect(fieldsOf(res)).toEqual(['orgId']);
    const level = await app.gql(CREATE, { i: { orgId: id.gulouCommunity, number: 12, name: '三级', level: 3, parentId: id.grid1 } }, { token: admin });
    expect(fieldsOf(level)).toEqual(['parentId']);
    const ranges = await app.gql(CREATE, { i: { orgId: id.gulouCommunity, number: 0, name: '', level: 4, households: -1 } }, { token: admin });
    expect(fieldsOf(ranges)).toEqual(['name', 'number', 'level', 'households', 'parentId']);
  });

  it('answers CONFLICT for a number already used in the community', async () => {
    const res = await app.gql(CREATE, { i: { orgId: id.gulouCommunity, number: 1, name: '重号', level: 1 } }, { token: community });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', fields: [{ field: 'number' }] });
  });

  it('treats an org outside the caller scope like an unknown one', async () => {
    const res = await app.gql(CREATE, { i: { orgId: id.otherCommunity, number: 9, name: '越界', level: 1 } }, { token: community });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'orgId' }] });
    expect(await app.query("select 1 from grid where name = '越界'")).toEqual([]);
  });

  it('updates with optimistic locking and records the changed fields only', async () => {
    const UPDATE = 'mutation($id: ID!, $v: Int) { updateGrid(id: $id, input: { households: 199, boundary: "东至新路" }, version: $v) { households version } }';
    const [{ version }] = await app.query<{ version: number }>('select version from grid where id = ?', [id.grid1]);
    const ok = await app.gql(UPDATE, { id: id.grid1, v: version }, { token: community });
    expect(ok.data.updateGrid).toEqual({ households: 199, version: version + 1 });
    const stale = await app.gql(UPDATE, { id: id.grid1, v: version }, { token: community });
    expect(stale.errors?.[0]?.extensions.code).toBe('CONFLICT');
    const [entry] = await app.query<{ before: Record<string, unknown>; after: Record<string, unknown> }>(
      "select before, after from audit_log where operation = 'updateGrid' and target_id = ? order by id desc limit 1",
      [id.grid1],
    );
    expect(Object.keys(entry!.after).sort()).toEqual(['boundary', 'households']);
    expect(entry!.after.households).toBe(199);
  });

  it('deletes a leaf grid but not one with children', async () => {
    const parent = await createGrid(app, community, { orgId: id.gulouCommunity });
    const child = await createGrid(app, community, { orgId: id.gulouCommunity, parentId: parent.id });
    const DELETE = 'mutation($id: ID!) { deleteGrid(id: $id) }';
    expect((await app.gql(DELETE, { id: parent.id }, { token: community })).errors?.[0]?.extensions.code).toBe('CONFLICT');
    expect((await app.gql(DELETE, { id: child.id }, { token: community })).data.deleteGrid).toBe(child.id);
    expect((await app.gql(DELETE, { id: parent.id }, { token: community })).data.deleteGrid).toBe(parent.id);
    expect(await app.query('select id from grid where id in (?, ?)', [parent.id, child.id])).toEqual([]);
  });

  it('rejects a limit above 500 instead of cutting it silently', async () => {
    const res = await app.gql('{ grids(limit: 501) { total } }', {}, { token: community });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'limit' }] });
  });
});

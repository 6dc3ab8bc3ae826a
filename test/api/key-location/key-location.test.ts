import { startTestApp, type TestApp } from '../../support/app';
import { createGrid, createOrg, createUser } from '../../support/factories';

/**
 * The README's example module. Fixture: a new township T with communities A (grids A1, A2) and B
 * (grid B1); one key location in each grid; a grid worker of A1, a secretary of A, a township admin of T.
 */
let app: TestApp;
let admin: string;
const id: Record<string, string> = {};
const tokens: Record<string, string> = {};

const CREATE = 'mutation($i: CreateKeyLocationInput!) { createKeyLocation(input: $i) { id name kind grid { id } } }';
const LIST = 'query($f: KeyLocationFilter) { keyLocations(filter: $f, sort: [{ field: NAME, direction: ASC }]) { total items { name } } }';
const names = async (token: string, filter?: Record<string, unknown>) => {
  const res = await app.gql(LIST, { f: filter }, { token });
  return res.data.keyLocations.items.map((k: { name: string }) => k.name);
};

beforeAll(async () => {
  app = await startTestApp();
  admin = await app.login('admin');
  const [county] = await app.query<{ id: string }>("select id::text from org where code = '110118000000'");
  id.T = (await createOrg(app, admin, { parentId: county!.id, level: 'TOWNSHIP' })).id;
  id.A = (await createOrg(app, admin, { parentId: id.T })).id;
  id.B = (await createOrg(app, admin, { parentId: id.T })).id;
  id.A1 = (await createGrid(app, admin, { orgId: id.A })).id;
  id.A2 = (await createGrid(app, admin, { orgId: id.A })).id;
  id.B1 = (await createGrid(app, admin, { orgId: id.B })).id;
  for (const [grid, name] of [
    ['A1', '甲小学'],
    ['A2', '乙加油站'],
    ['B1', '丙河道'],
  ] as const) {
    const res = await app.gql(CREATE, { i: { gridId: id[grid], name, kind: '学校' } }, { token: admin });
    id[name] = res.data.createKeyLocation.id;
  }
  const worker = await createUser(app, admin, { orgId: id.A, roles: ['grid_worker'], gridIds: [id.A1!] });
  const secretary = await createUser(app, admin, { orgId: id.A, roles: ['community_secretary'] });
  const township = await createUser(app, admin, { orgId: id.T, roles: ['township_admin'] });
  tokens.worker = await app.login(worker.username, worker.password);
  tokens.secretary = await app.login(secretary.username, secretary.password);
  tokens.township = await app.login(township.username, township.password);
  tokens.assessor = await app.login('assessor');
});
afterAll(() => app.stop());

it('requires authentication', async () => {
  expect((await app.gql(LIST)).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
});

describe('key locations by scope', () => {
  it('lists exactly the rows of each account’s scope', async () => {
    expect(await names(tokens.worker!)).toEqual(['甲小学']);
    expect(await names(tokens.secretary!)).toEqual(['乙加油站', '甲小学']);
    // Sorted by code point, as PostgreSQL's C collation does: 丙 U+4E19, 乙 U+4E59, 甲 U+7532.
    expect(await names(tokens.township!)).toEqual(['丙河道', '乙加油站', '甲小学']);
    expect(await names(tokens.assessor!)).toEqual([]);
    expect(await names(admin, { orgId: id.B })).toEqual(['丙河道']);
  });

  it('reads outside the scope as null and refuses writes there with nothing written', async () => {
    const read = await app.gql('query($id: ID!) { keyLocation(id: $id) { name } }', { id: id['丙河道'] }, { token: tokens.worker });
    expect(read.data.keyLocation).toBeNull();
    const update = await app.gql(
      'mutation($id: ID!) { updateKeyLocation(id: $id, input: { name: "改名" }) { name } }',
      { id: id['丙河道'] },
      { token: tokens.secretary },
    );
    expect(update.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    const create = await app.gql(CREATE, { i: { gridId: id.B1, name: '越界', kind: '学校' } }, { token: tokens.worker });
    expect(create.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'gridId' }] });
    expect(await app.query("select name from key_location where name in ('改名', '越界')")).toEqual([]);
  });

  it('lets a grid worker keep its own grid’s list but not delete from it', async () => {
    const created = await app.gql(CREATE, { i: { gridId: id.A1, name: '丁桥', kind: '桥梁', notes: '汛期每日巡查' } }, { token: tokens.worker });
    expect(created.data.createKeyLocation).toMatchObject({ name: '丁桥', kind: '桥梁', grid: { id: id.A1 } });
    const removed = await app.gql('mutation($id: ID!) { deleteKeyLocation(id: $id) }', { id: created.data.createKeyLocation.id }, { token: tokens.worker });
    expect(removed.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const bad = await app.gql(CREATE, { i: { gridId: id.A1, name: ' ', kind: 'x'.repeat(51) } }, { token: tokens.worker, lang: 'en' });
    expect(bad.errors?.[0]?.extensions.fields?.map((f: { field: string }) => f.field)).toEqual(['name', 'kind']);
    await app.gql('mutation($id: ID!) { deleteKeyLocation(id: $id) }', { id: created.data.createKeyLocation.id }, { token: admin });
  });
});

describe('key locations and the rest of the tree', () => {
  it('make deleting their grid a CONFLICT naming them', async () => {
    const res = await app.gql('mutation($id: ID!) { deleteGrid(id: $id) }', { id: id.B1 }, { token: admin });
    expect(res.errors?.[0]?.extensions).toEqual({ code: 'CONFLICT', references: ['ref.keyLocation'] });
    expect(res.errors?.[0]?.message).toContain('重点部位');
  });

  it('follow their grid when it moves to another community', async () => {
    // A township of its own, so the other tests' lists stay as they are.
    const [county] = await app.query<{ id: string }>("select id::text from org where code = '110118000000'");
    const t2 = (await createOrg(app, admin, { parentId: county!.id, level: 'TOWNSHIP' })).id;
    const [from, to] = [(await createOrg(app, admin, { parentId: t2 })).id, (await createOrg(app, admin, { parentId: t2 })).id];
    const grid = (await createGrid(app, admin, { orgId: from })).id;
    await app.gql(CREATE, { i: { gridId: grid, name: '戊广场', kind: '广场' } }, { token: admin });
    const moved = await app.gql(`mutation($id: ID!) { updateGrid(id: $id, input: { orgId: "${to}" }) { id } }`, { id: grid }, { token: admin });
    expect(moved.errors).toBeUndefined();
    expect(await names(admin, { orgId: from })).toEqual([]);
    expect(await names(admin, { orgId: to })).toEqual(['戊广场']);
    const [entry] = await app.query<{ after: { moved: Record<string, number> } }>(
      "select after from audit_log where operation = 'updateGrid' and target_id = ? order by id desc limit 1",
      [grid],
    );
    expect(entry?.after.moved).toEqual({ supervisedPeople: 0, tasks: 0, gridReports: 0, keyLocations: 1 });
  });
});

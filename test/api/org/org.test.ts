import { startTestApp, type TestApp } from '../../support/app';
import { createOrg } from '../../support/factories';

let app: TestApp;
let admin: string;
const id: Record<string, string> = {};

beforeAll(async () => {
  app = await startTestApp();
  admin = await app.login('admin');
  for (const [key, code] of Object.entries({ county: '110118000000', gulou: '110118001000', guoyuan: '110118002000', community: '110118001002' })) {
    id[key] = (await app.query<{ id: string }>('select id::text from org where code = ?', [code]))[0]!.id;
  }
});
afterAll(() => app.stop());

const CREATE = 'mutation($i: CreateOrgInput!) { createOrg(input: $i) { id code name level version parent { name } ancestors { name } } }';
const UPDATE = 'mutation($id: ID!, $i: UpdateOrgInput!, $v: Int) { updateOrg(id: $id, input: $i, version: $v) { id name version parent { name } } }';

const fieldsOf = (res: { errors?: { extensions: { fields?: { field: string }[] } }[] }) => res.errors?.[0]?.extensions.fields?.map((f) => f.field);

describe('orgs', () => {
  it('require authentication to create', async () => {
    expect((await app.gql(CREATE, { i: { name: 'x', level: 'COMMUNITY', parentId: id.gulou } })).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('creates a community under a township with its path and an audit entry', async () => {
    const res = await app.gql(CREATE, { i: { code: '110118001099', name: '测试社区', level: 'COMMUNITY', parentId: id.gulou } }, { token: admin });
    expect(res.data.createOrg).toMatchObject({ code: '110118001099', name: '测试社区', level: 'COMMUNITY', version: 1, parent: { name: '鼓楼街道' } });
    expect(res.data.createOrg.ancestors.map((a: { name: string }) => a.name)).toEqual(['北京市', '密云区', '鼓楼街道']);
    const [row] = await app.query<{ path: string }>('select path from org where id = ?', [res.data.createOrg.id]);
    expect(row!.path).toBe(`/1/2/${id.gulou}/${res.data.createOrg.id}/`);
    const [entry] = await app.query<{ operation: string; username: string; after: Record<string, unknown> }>(
      "select operation, username, after from audit_log where target_type = 'Org' and target_id = ?",
      [res.data.createOrg.id],
    );
    expect(entry).toMatchObject({ operation: 'createOrg', username: 'admin', after: { name: '测试社区', code: '110118001099', level: 'COMMUNITY' } });
  });

  it('names every bad field at once', async () => {
    const res = await app.gql(CREATE, { i: { code: '12ab', name: '  ', level: 'COMMUNITY', parentId: id.gulou } }, { token: admin });
    expect(res.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(fieldsOf(res)).toEqual(['name', 'code']);
  });

  it('rejects an unknown parent and a level not below the parent', async () => {
    const unknown = await app.gql(CREATE, { i: { name: '某社区', level: 'COMMUNITY', parentId: '99999999' } }, { token: admin });
    expect(fieldsOf(unknown)).toEqual(['parentId']);
    const level = await app.gql(CREATE, { i: { name: '某镇', level: 'COUNTY', parentId: id.gulou } }, { token: admin });
    expect(fieldsOf(level)).toEqual(['level']);
    const root = await app.gql(CREATE, { i: { name: '孤儿社区', level: 'COMMUNITY' } }, { token: admin });
    expect(fieldsOf(root)).toEqual(['parentId']);
  });

  it('answers CONFLICT with the field for a duplicate division code', async () => {
    const res = await app.gql(CREATE, { i: { code: '110118001002', name: '重复', level: 'COMMUNITY', parentId: id.gulou } }, { token: admin });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', fields: [{ field: 'code' }] });
  });

  it('rejects a cycle: an org moved under its own descendant', async () => {
    const res = await app.gql(UPDATE, { id: id.gulou, i: { parentId: id.community } }, { token: admin });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'parentId' }] });
    const self = await app.gql(UPDATE, { id: id.gulou, i: { parentId: id.gulou } }, { token: admin });
    expect(fieldsOf(self)).toEqual(['parentId']);
    const [row] = await app.query<{ parent_id: string }>('select parent_id::text from org where id = ?', [id.gulou]);
    expect(row!.parent_id).toBe(id.county);
  });

  it('moves a subtree: descendants follow, and the old township no longer contains them', async () => {
    const before = await app.gql('query($o: ID!) { grids(filter: { orgId: $o }) { total } }', { o: id.guoyuan }, { token: admin });
    const moved = await app.gql(UPDATE, { id: id.community, i: { parentId: id.guoyuan } }, { token: admin });
    expect(moved.data.updateOrg).toMatchObject({ parent: { name: '果园街道' }, version: 2 });
    const after = await app.gql('query($o: ID!) { grids(filter: { orgId: $o }) { total } }', { o: id.guoyuan }, { token: admin });
    expect(after.data.grids.total).toBe(before.data.grids.total + 4);
    const back = await app.gql(UPDATE, { id: id.community, i: { parentId: id.gulou }, v: 2 }, { token: admin });
    expect(back.data.updateOrg.version).toBe(3);
  });

  it('answers CONFLICT for a stale version and changes nothing', async () => {
    const res = await app.gql(UPDATE, { id: id.guoyuan, i: { name: '新名字' }, v: 7 }, { token: admin });
    expect(res.errors?.[0]?.extensions.code).toBe('CONFLICT');
    const [row] = await app.query<{ name: string }>('select name from org where id = ?', [id.guoyuan]);
    expect(row!.name).toBe('果园街道');
  });

  it('refuses to delete an org that still has children, grids or users', async () => {
    const res = await app.gql('mutation($id: ID!) { deleteOrg(id: $id) }', { id: id.community }, { token: admin });
    expect(res.errors?.[0]?.extensions.code).toBe('CONFLICT');
  });

  it('lets the township admin create below its township but not elsewhere', async () => {
    const township = await app.login('township');
    const inside = await app.gql(CREATE, { i: { name: '街道城管科', level: 'DEPARTMENT', parentId: id.gulou } }, { token: township });
    expect(inside.data.createOrg.name).toBe('街道城管科');
    const outside = await app.gql(CREATE, { i: { name: '外部科室', level: 'DEPARTMENT', parentId: id.guoyuan } }, { token: township });
    expect(fieldsOf(outside)).toEqual(['parentId']);
    const deleted = await app.gql('mutation($id: ID!) { deleteOrg(id: $id) }', { id: inside.data.createOrg.id }, { token: township });
    expect(deleted.data.deleteOrg).toBe(inside.data.createOrg.id);
  });

  it('filters by level, parent and text, and sorts', async () => {
    // A township of its own: two communities named 滨河…, one that is not, and a 滨河 department.
    const township = await createOrg(app, admin, { parentId: id.county, level: 'TOWNSHIP', name: '测试镇' });
    const first = await createOrg(app, admin, { parentId: township.id, name: '滨河社区' });
    const second = await createOrg(app, admin, { parentId: township.id, name: '滨河村' });
    await createOrg(app, admin, { parentId: township.id, name: '山前村' });
    await createOrg(app, admin, { parentId: township.id, level: 'DEPARTMENT', name: '滨河派出所' });
    const res = await app.gql(
      'query($p: ID!) { orgs(filter: { parentId: $p, level: COMMUNITY, q: "滨河" }, sort: [{ field: CODE, direction: DESC }]) { total items { code } } }',
      { p: township.id },
      { token: admin },
    );
    expect(res.data.orgs).toEqual({ total: 2, items: [{ code: second.code }, { code: first.code }] });
    const byCode = await app.gql('query($q: String!) { orgs(filter: { q: $q }) { items { name } } }', { q: second.code }, { token: admin });
    expect(byCode.data.orgs.items).toEqual([{ name: '滨河村' }]);
  });
});

describe('audit entries share their mutation transaction', () => {
  it('are rolled back when the mutation fails after writing them', async () => {
    // A trigger makes the insert fail at commit time, after the service has queued its audit entry.
    await app.query(`create function refuse_boom() returns trigger language plpgsql as $$ begin
      if new.name = '爆炸' then raise exception 'refused'; end if; return new; end $$`);
    await app.query('create trigger refuse_boom before insert on org for each row execute function refuse_boom()');
    const before = await app.query<{ n: string }>("select count(*)::text as n from audit_log where operation = 'createOrg'");
    const res = await app.gql(CREATE, { i: { name: '爆炸', level: 'COMMUNITY', parentId: id.gulou } }, { token: admin });
    expect(res.errors?.[0]?.extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(res.errors?.[0]?.message).toBe('服务器内部错误');
    expect(JSON.stringify(res.errors)).not.toMatch(/refuse|insert|select|stack|trigger/i);
    const after = await app.query<{ n: string }>("select count(*)::text as n from audit_log where operation = 'createOrg'");
    expect(after[0]!.n).toBe(before[0]!.n);
    expect(await app.query("select 1 from org where name = '爆炸'")).toEqual([]);
    await app.query('drop trigger refuse_boom on org');
  });
});

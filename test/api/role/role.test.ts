import { registry } from '../../../api/src/modules';
import { ensureBuiltinRoles } from '../../../api/src/modules/role/builtin-roles';
import { startTestApp, type TestApp } from '../../support/app';
import { createRole, createUser } from '../../support/factories';

let app: TestApp;
let admin: string;
let township: string;
const role: Record<string, string> = {};

beforeAll(async () => {
  app = await startTestApp();
  admin = await app.login('admin');
  township = await app.login('township');
  for (const r of await app.query<{ id: string; code: string }>('select id::text, code from role')) role[r.code] = r.id;
});
afterAll(() => app.stop());

const CREATE = 'mutation($i: CreateRoleInput!) { createRole(input: $i) { id code scope rules builtIn } }';
const fieldsOf = (res: { errors?: { extensions: { fields?: { field: string; message: string }[] } }[] }) => res.errors?.[0]?.extensions.fields;

describe('roles', () => {
  it('require authentication', async () => {
    expect((await app.gql('{ roles { total } }')).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('are created by an admin with valid CASL rules', async () => {
    const rules = [
      { action: 'read', subject: ['Org', 'Grid'] },
      { action: 'read', subject: 'User', fields: ['phone'], inverted: true },
    ];
    const res = await app.gql(CREATE, { i: { code: 'viewer', name: '只读', scope: 'ORG', rules } }, { token: admin });
    expect(res.data.createRole).toMatchObject({ code: 'viewer', scope: 'ORG', rules, builtIn: false });
  });

  it.each([
    ['not an array', { action: 'read' }],
    ['an unknown action', [{ action: 'fly', subject: 'Org' }]],
    ['an unknown subject', [{ action: 'read', subject: 'Spaceship' }]],
    ['an unknown operator', [{ action: 'read', subject: 'Org', conditions: { level: { $near: 1 } } }]],
    ['a field that cannot be restricted', [{ action: 'read', subject: 'User', fields: ['username'] }]],
    ['an unknown property', [{ action: 'read', subject: 'Org', because: 'x' }]],
    [
      'a field rule with conditions (fields are decided per type, it would unmask every row)',
      [{ action: 'read', subject: 'SupervisedPerson', fields: ['idNumber'], conditions: { kind: 'KEY_PERSON' } }],
    ],
    [
      'a field denial with conditions',
      [{ action: 'read', subject: 'SupervisedPerson', fields: ['idNumber'], conditions: { kind: 'CORRECTION' }, inverted: true }],
    ],
  ])('reject rules with %s as BAD_USER_INPUT on rules', async (_, rules) => {
    const res = await app.gql(CREATE, { i: { code: 'bad', name: '坏', scope: 'ALL', rules } }, { token: admin });
    expect(res.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(fieldsOf(res)?.map((f) => f.field)).toEqual(['rules']);
  });

  it('may not be created by those without the right, even narrow ones', async () => {
    const res = await app.gql(CREATE, { i: { code: 'n0', name: '窄', scope: 'GRID', rules: [{ action: 'read', subject: 'Org' }] } }, { token: township });
    expect(res.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('cannot be wider than the creator: scope, subjects or fields', async () => {
    // A role manager for 鼓楼街道: manages roles, reads orgs and grids of its subtree, users with masked phones.
    const managerRules = [
      { action: 'manage', subject: 'Role' },
      { action: 'read', subject: ['Org', 'Grid', 'User'] },
      { action: 'read', subject: 'User', fields: ['phone'], inverted: true },
    ];
    const mgr = await app.gql(CREATE, { i: { code: 'role_manager', name: '角色管理员', scope: 'ORG_SUBTREE', rules: managerRules } }, { token: admin });
    const [{ id: orgId }] = await app.query<{ id: string }>("select id::text from org where code = '110118001000'");
    const manager = await createUser(app, admin, { orgId, roleIds: [mgr.data.createRole.id] });
    const token = await app.login(manager.username, manager.password);

    const wideScope = await app.gql(CREATE, { i: { code: 'w1', name: '越权1', scope: 'ALL', rules: [{ action: 'read', subject: 'Org' }] } }, { token });
    expect(fieldsOf(wideScope)).toEqual([{ field: 'rules', message: '超出了您自己的权限：read Org (ALL)' }]);
    const wideSubject = await app.gql(CREATE, { i: { code: 'w2', name: '越权2', scope: 'ORG', rules: [{ action: 'read', subject: 'AuditLog' }] } }, { token });
    expect(fieldsOf(wideSubject)).toEqual([{ field: 'rules', message: '超出了您自己的权限：read AuditLog (ORG)' }]);
    const wideField = await app.gql(CREATE, { i: { code: 'w3', name: '越权3', scope: 'ORG', rules: [{ action: 'read', subject: 'User' }] } }, { token });
    expect(fieldsOf(wideField)).toEqual([{ field: 'rules', message: '超出了您自己的权限：read User.phone' }]);
    const narrow = await app.gql(CREATE, { i: { code: 'n1', name: '窄', scope: 'GRID', rules: [{ action: 'read', subject: ['Org', 'Grid'] }] } }, { token });
    expect(narrow.data.createRole).toMatchObject({ code: 'n1', scope: 'GRID' });
  });

  it('cannot be handed out by someone who holds less', async () => {
    const [{ id: userId }] = await app.query<{ id: string }>("select id::text from user_account where username = 'gridworker2'");
    const up = await app.gql(
      'mutation($id: ID!, $r: [ID!]) { updateUser(id: $id, input: { roleIds: $r }) { roles { code } } }',
      { id: userId, r: [role.system_admin] },
      { token: township },
    );
    expect(up.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'roleIds' }] });
    const ok = await app.gql(
      'mutation($id: ID!, $r: [ID!]) { updateUser(id: $id, input: { roleIds: $r }) { roles { code } } }',
      { id: userId, r: [role.grid_leader] },
      { token: township },
    );
    expect(ok.data.updateUser.roles).toEqual([{ code: 'grid_leader' }]);
  });

  it('field rules: a role without the masked form gets null phones', async () => {
    const rules = [
      { action: 'read', subject: ['Org', 'Grid', 'User'] },
      { action: 'read', subject: 'User', fields: ['phone'], inverted: true },
    ];
    const created = await app.gql(CREATE, { i: { code: 'nophone', name: '无电话', scope: 'ORG_SUBTREE', rules } }, { token: admin });
    const [{ id: orgId }] = await app.query<{ id: string }>("select id::text from org where code = '110118001002'");
    const user = await createUser(app, admin, { orgId, roleIds: [created.data.createRole.id] });
    const token = await app.login(user.username, user.password);
    const res = await app.gql('{ users(filter: { q: "gridleader" }) { items { username phone } } }', {}, { token });
    expect(res.data.users.items).toEqual([{ username: 'gridleader', phone: null }]);
  });

  it('built-in roles cannot be deleted; a role in use cannot either', async () => {
    const DELETE = 'mutation($id: ID!) { deleteRole(id: $id) }';
    expect((await app.gql(DELETE, { id: role.auditor }, { token: admin })).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const rules = [{ action: 'read', subject: 'Org' }];
    const [inUse, unused] = [await createRole(app, admin, { rules }), await createRole(app, admin, { rules })];
    const [{ id: orgId }] = await app.query<{ id: string }>("select id::text from org where code = '110118001002'");
    await createUser(app, admin, { orgId, roleIds: [inUse.id] });
    expect((await app.gql(DELETE, { id: inUse.id }, { token: admin })).errors?.[0]?.extensions.code).toBe('CONFLICT');
    expect((await app.gql(DELETE, { id: unused.id }, { token: admin })).data.deleteRole).toBe(unused.id);
  });

  it('built-in roles are code: not editable, and rewritten from code at start', async () => {
    const edit = await app.gql(
      'mutation($id: ID!) { updateRole(id: $id, input: { rules: [{ action: "manage", subject: "all" }] }) { id } }',
      { id: role.community_secretary },
      { token: admin },
    );
    expect(edit.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const [person] = await app.query<{ id: string; id_number: string }>(
      "select p.id::text, p.id_number from supervised_person p join org o on o.id = p.org_id where o.code = '110118001002' and p.kind = 'CORRECTION' order by p.id limit 1",
    );
    const READ = 'query($id: ID!) { supervisedPerson(id: $id) { idNumber birthDate } }';
    // A database from an older release: the community secretary read everything.
    await app.query(
      `update role set rules = '[{"action":["read","create","update"],"subject":["SupervisedPerson","Visit","Org","Grid","User"]}]' where code = 'community_secretary'`,
    );
    expect((await app.gql(READ, { id: person!.id }, { token: await app.login('community') })).data.supervisedPerson.idNumber).toBe(person!.id_number);
    await ensureBuiltinRoles(app.orm.em.fork(), registry);
    const after = (await app.gql(READ, { id: person!.id }, { token: await app.login('community') })).data.supervisedPerson;
    expect(after).toEqual({ idNumber: `${person!.id_number.slice(0, 6)}********${person!.id_number.slice(-4)}`, birthDate: null });
  });

  it('a field denial wins over a later grant with conditions: the grant cannot unmask rows', async () => {
    const rules = [
      { action: 'read', subject: ['SupervisedPerson', 'Org', 'Grid'] },
      { action: 'read', subject: 'SupervisedPerson', fields: ['idNumber'], inverted: true },
      { action: 'read_masked', subject: 'SupervisedPerson', fields: ['idNumber'] },
      { action: 'read', subject: 'SupervisedPerson', conditions: { kind: 'CORRECTION' } },
    ];
    const created = await app.gql(CREATE, { i: { code: 'ordered', name: '次序', scope: 'ORG_SUBTREE', rules } }, { token: admin });
    expect(created.errors).toBeUndefined();
    const [{ id: orgId }] = await app.query<{ id: string }>("select id::text from org where code = '110118001002'");
    await app.gql(
      'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }',
      { i: { username: 'ordered', name: '次序', orgId, roleIds: [created.data.createRole.id], password: 'Initial#Pass1' } },
      { token: admin },
    );
    await app.query("update user_account set must_change_password = false where username = 'ordered'");
    const res = await app.gql('{ supervisedPeople(limit: 500) { total items { kind idNumber } } }', {}, { token: await app.login('ordered', 'Initial#Pass1') });
    expect(res.data.supervisedPeople.total).toBe(25);
    expect(res.data.supervisedPeople.items.every((p: { idNumber: string }) => /^\d{6}\*{8}[\dX]{4}$/.test(p.idNumber))).toBe(true);
  });
});

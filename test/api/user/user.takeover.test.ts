import { DEMO_PASSWORD } from '../../../seeds/demo.seeder';
import { startTestApp, type TestApp } from '../../support/app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { user { username } } }';
const UPDATE_USER = 'mutation($id: ID!, $i: UpdateUserInput!) { updateUser(id: $id, input: $i) { username mustChangePassword } }';
const DELETE_USER = 'mutation($id: ID!) { deleteUser(id: $id) }';
const UPDATE_ROLE = 'mutation($id: ID!, $i: UpdateRoleInput!) { updateRole(id: $id, input: $i) { code name rules } }';

const idOf = async (table: 'user_account' | 'role', column: 'username' | 'code', value: string) =>
  (await app.query<{ id: string }>(`select id::text from ${table} where ${column} = ?`, [value]))[0]!.id;
const rolesOf = async (username: string) =>
  (
    await app.query<{ code: string }>(
      'select r.code from role r join user_role ur on ur.role_id = r.id join user_account u on u.id = ur.user_id where u.username = ? order by r.code',
      [username],
    )
  ).map((r) => r.code);
const codeOf = (res: { errors?: { extensions: { code: string } }[] }) => res.errors?.[0]?.extensions.code;

describe('accounts holding roles the caller could not grant', () => {
  it('cannot have their password reset by the township: the judicial officer keeps its own', async () => {
    const township = await app.login('township');
    const judicial = await idOf('user_account', 'username', 'judicial');
    const res = await app.gql(UPDATE_USER, { id: judicial, i: { password: 'Taken#Over2026' } }, { token: township });
    expect(codeOf(res)).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(LOGIN, { u: 'judicial', p: 'Taken#Over2026' }))).toBe('UNAUTHENTICATED');
    expect((await app.gql(LOGIN, { u: 'judicial', p: DEMO_PASSWORD })).data.login.user.username).toBe('judicial');
  });

  it('cannot be renamed, stripped of roles or deleted by the township (judicial officer, dispatcher)', async () => {
    const township = await app.login('township');
    for (const username of ['judicial', 'dispatcher']) {
      const id = await idOf('user_account', 'username', username);
      expect(codeOf(await app.gql(UPDATE_USER, { id, i: { name: '改名' } }, { token: township }))).toBe('FORBIDDEN');
      expect(codeOf(await app.gql(UPDATE_USER, { id, i: { roleIds: [] } }, { token: township }))).toBe('FORBIDDEN');
      expect(codeOf(await app.gql(DELETE_USER, { id }, { token: township }))).toBe('FORBIDDEN');
    }
    expect(await rolesOf('judicial')).toEqual(['judicial_officer']);
    expect(await rolesOf('dispatcher')).toEqual(['dispatcher']);
    const names = await app.query<{ username: string; name: string }>(
      "select username, name from user_account where username in ('judicial', 'dispatcher') order by username",
    );
    expect(names).toEqual([
      { username: 'dispatcher', name: '信息指挥中心调度员' },
      { username: 'judicial', name: '鼓楼司法所干部' },
    ]);
  });

  it('still lets the township reset the password of a grid worker, whose role it hands out', async () => {
    const township = await app.login('township');
    const id = await idOf('user_account', 'username', 'gridworker');
    const res = await app.gql(UPDATE_USER, { id, i: { password: 'Reset#Worker2026' } }, { token: township });
    expect(res.data.updateUser).toEqual({ username: 'gridworker', mustChangePassword: true });
    expect((await app.gql(LOGIN, { u: 'gridworker', p: 'Reset#Worker2026' })).data.login.user.username).toBe('gridworker');
  });
});

describe('roles held by accounts the caller could not manage', () => {
  /** A role editor of 鼓楼街道: manages roles and users, reads orgs; holds nothing of the judicial officer's. */
  async function roleEditor(username: string) {
    const admin = await app.login('admin');
    const [{ id: orgId }] = await app.query<{ id: string }>("select id::text from org where code = '110118001000'");
    const role = await app.gql(
      'mutation($i: CreateRoleInput!) { createRole(input: $i) { id } }',
      {
        i: {
          code: `${username}_role`,
          name: '角色管理员',
          scope: 'ORG_SUBTREE',
          rules: [
            { action: 'manage', subject: ['Role', 'User'] },
            { action: 'read', subject: 'Org' },
          ],
        },
      },
      { token: admin },
    );
    await app.gql(
      'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }',
      {
        i: { username, name: '角色管理员', orgId, roleIds: [role.data.createRole.id], password: 'Initial#Pass1' },
      },
      { token: admin },
    );
    await app.query('update user_account set must_change_password = false where username = ?', [username]);
    return app.login(username, 'Initial#Pass1');
  }

  it('cannot narrow a role it could not grant (the judicial officer’s own)', async () => {
    const editor = await roleEditor('editor_one');
    const id = await idOf('role', 'code', 'judicial_officer');
    const res = await app.gql(UPDATE_ROLE, { id, i: { rules: [{ action: 'read', subject: 'Org' }] } }, { token: editor });
    expect(codeOf(res)).toBe('FORBIDDEN');
    const [row] = await app.query<{ n: number }>("select jsonb_array_length(rules) as n from role where code = 'judicial_officer'");
    expect(row.n).toBeGreaterThan(1);
  });

  it('cannot change a grantable role while an account it could not manage holds it', async () => {
    const editor = await roleEditor('editor_two');
    const created = await app.gql(
      'mutation($i: CreateRoleInput!) { createRole(input: $i) { id } }',
      {
        i: { code: 'org_reader', name: '机构查看', scope: 'ORG_SUBTREE', rules: [{ action: 'read', subject: 'Org' }] },
      },
      { token: editor },
    );
    const id = created.data.createRole.id;
    expect((await app.gql(UPDATE_ROLE, { id, i: { name: '机构查看（无人持有）' } }, { token: editor })).data.updateRole.name).toBe('机构查看（无人持有）');
    await app.query("insert into user_role (user_id, role_id) select id, ? from user_account where username = 'police'", [id]);
    expect(codeOf(await app.gql(UPDATE_ROLE, { id, i: { rules: [] } }, { token: editor }))).toBe('FORBIDDEN');
    const [row] = await app.query<{ name: string; rules: unknown }>('select name, rules from role where id = ?', [id]);
    expect(row).toEqual({ name: '机构查看（无人持有）', rules: [{ action: 'read', subject: 'Org' }] });
  });
});

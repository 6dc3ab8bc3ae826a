import { DEMO_PASSWORD } from '../../../seeds/demo.seeder';
import { startTestApp, type GqlResult, type TestApp } from '../../support/app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token user { username } } }';
const CHANGE = 'mutation($o: String!, $n: String!) { changePassword(oldPassword: $o, newPassword: $n) }';
const codeOf = (res: GqlResult) => res.errors?.[0]?.extensions.code;

describe('lockout', () => {
  it('counts parallel failures atomically: eight at once lock the account', async () => {
    const codes = (await Promise.all(Array.from({ length: 8 }, (_, i) => app.gql(LOGIN, { u: 'assessor', p: `wrong-${i}` })))).map(codeOf).sort();
    expect(codes).toEqual([
      'ACCOUNT_LOCKED',
      'ACCOUNT_LOCKED',
      'ACCOUNT_LOCKED',
      'ACCOUNT_LOCKED',
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
    ]);
    expect(codeOf(await app.gql(LOGIN, { u: 'assessor', p: DEMO_PASSWORD }))).toBe('ACCOUNT_LOCKED');
  });

  it('answers an unknown username exactly like an existing one: locked after five failures', async () => {
    const attempts = async (u: string) => {
      const answers: { code?: string; message?: string }[] = [];
      for (let i = 0; i < 6; i++) {
        const res = await app.gql(LOGIN, { u, p: `wrong-${i}` });
        answers.push({ code: codeOf(res), message: res.errors?.[0]?.message.replace(/锁定至 .*/, '锁定至 …') });
      }
      return answers;
    };
    const unknown = await attempts('no-such-user');
    expect(unknown.map((a) => a.code)).toEqual([
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'ACCOUNT_LOCKED',
      'ACCOUNT_LOCKED',
    ]);
    expect(await attempts('dispatcher')).toEqual(unknown);
    const [row] = await app.query<{ n: string }>("select count(*)::text as n from audit_log where username = 'no-such-user' and success = false");
    expect(row.n).toBe('6');
  });

  it('counts wrong current passwords in changePassword as failed sign-ins', async () => {
    const token = await app.login('county');
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 5; i++) codes.push(codeOf(await app.gql(CHANGE, { o: `wrong-${i}`, n: 'Brand#New#2026' }, { token })));
    expect(codes).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT', 'ACCOUNT_LOCKED']);
    expect(codeOf(await app.gql(CHANGE, { o: DEMO_PASSWORD, n: 'Brand#New#2026' }, { token }))).toBe('ACCOUNT_LOCKED');
    expect(codeOf(await app.gql(LOGIN, { u: 'county', p: DEMO_PASSWORD }))).toBe('ACCOUNT_LOCKED');
  });

  it('opens again when an admin resets the password', async () => {
    for (let i = 0; i < 5; i++) await app.gql(LOGIN, { u: 'police', p: `wrong-${i}` });
    expect(codeOf(await app.gql(LOGIN, { u: 'police', p: DEMO_PASSWORD }))).toBe('ACCOUNT_LOCKED');
    const admin = await app.login('admin');
    const [{ id }] = await app.query<{ id: string }>("select id::text from user_account where username = 'police'");
    await app.gql(
      'mutation($id: ID!, $i: UpdateUserInput!) { updateUser(id: $id, input: $i) { id } }',
      { id, i: { password: 'Reset#Pass2026x' } },
      { token: admin },
    );
    expect((await app.gql(LOGIN, { u: 'police', p: 'Reset#Pass2026x' })).data.login.user.username).toBe('police');
  });
});

describe('usernames longer than any account can have', () => {
  it('are BAD_USER_INPUT on username, whether or not a prefix names an account', async () => {
    for (const u of ['x'.repeat(51), `admin${'x'.repeat(46)}`]) {
      const res = await app.gql(LOGIN, { u, p: 'whatever' }, { lang: 'en' });
      expect(res.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: [{ field: 'username', message: 'must be at most 50 characters' }] });
    }
    expect(codeOf(await app.gql(LOGIN, { u: 'x'.repeat(50), p: 'whatever' }))).toBe('UNAUTHENTICATED');
  });

  it('and so are passwords longer than any password can be, which never reach argon2', async () => {
    const res = await app.gql(LOGIN, { u: 'police', p: 'x'.repeat(129) }, { lang: 'en' });
    expect(res.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: [{ field: 'password', message: 'must be at most 128 characters' }] });
  });
});

describe('an account with an initial password', () => {
  async function newcomer(username: string) {
    const admin = await app.login('admin');
    const [{ id: orgId }] = await app.query<{ id: string }>("select id::text from org where code = '110118001000'");
    const [{ id: roleId }] = await app.query<{ id: string }>("select id::text from role where code = 'township_admin'");
    await app.gql(
      'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }',
      { i: { username, name: '新管理员', orgId, roleIds: [roleId], password: 'Initial#Pass1' } },
      { token: admin },
    );
    return app.login(username, 'Initial#Pass1');
  }

  it('reads nothing below its own account until the password is changed, at any depth', async () => {
    const token = await newcomer('newadmin');
    const deep = await app.gql('{ me { username org { children { grids { workers { phone } } } } } }', {}, { token });
    expect(deep.data).toEqual({ me: { username: 'newadmin', org: null } });
    expect(deep.errors?.map((e) => e.extensions.code)).toEqual(['PASSWORD_CHANGE_REQUIRED']);
    const grids = await app.gql('{ me { grids { workers { phone } } } }', {}, { token });
    expect(codeOf(grids)).toBe('PASSWORD_CHANGE_REQUIRED');
    expect(grids.data).toBeNull();
    const viaLogin = await app.gql('mutation { login(username: "newadmin", password: "Initial#Pass1") { user { org { children { name } } } } }');
    expect(codeOf(viaLogin)).toBe('PASSWORD_CHANGE_REQUIRED');
    expect(viaLogin.data).toEqual({ login: { user: { org: null } } });
  });

  it('still reads what the change-password page needs: its scalars, org and roles', async () => {
    const token = await newcomer('newadmin2');
    const me = await app.gql('{ me { username name mustChangePassword org { name level } roles { code name scope } } }', {}, { token });
    expect(me).toEqual({
      status: 200,
      data: {
        me: {
          username: 'newadmin2',
          name: '新管理员',
          mustChangePassword: true,
          org: { name: '鼓楼街道', level: 'TOWNSHIP' },
          roles: [{ code: 'township_admin', name: '乡镇/街道管理员', scope: 'ORG_SUBTREE' }],
        },
      },
    });
    expect((await app.gql(CHANGE, { o: 'Initial#Pass1', n: 'Brand#New#2026' }, { token })).data.changePassword).toBe(true);
    const deep = await app.gql('{ me { org { children { name } } } }', {}, { token });
    expect(deep.errors).toBeUndefined();
    expect(deep.data.me.org.children.length).toBeGreaterThan(0);
  });
});

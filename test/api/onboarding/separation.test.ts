import ExcelJS from 'exceljs';
import { createUser } from '../../support/factories';
import { startTestApp, type TestApp } from '../../support/app';

let app: TestApp;
const tokens: Record<string, string> = {};
const roleId = async (code: string) => (await app.query<{ id: string }>('select id::text from role where code = ?', [code]))[0]!.id;
const userId = async (username: string) => (await app.query<{ id: string }>('select id::text from user_account where username = ?', [username]))[0]!.id;
const orgOf = async (c: string) => (await app.query<{ id: string }>('select id::text from org where code = ?', [c]))[0]!.id;
const code = (res: { errors?: { extensions: { code: string } }[] }) => res.errors?.[0]?.extensions.code;

beforeAll(async () => {
  app = await startTestApp({ corsOrigins: ['https://app.example.gov.cn'] });
  for (const a of ['admin', 'security', 'auditor', 'township']) tokens[a] = await app.login(a);
});
afterAll(() => app.stop());

describe('三员分立', () => {
  it('requires a sign-in for the security administrator’s queries', async () => {
    expect(code(await app.gql('{ sessions { total } }'))).toBe('UNAUTHENTICATED');
    expect(code(await app.gql('{ passwordPolicy { minLength } }'))).toBe('UNAUTHENTICATED');
    expect(code(await app.gql('{ exportAuditLog { filename } }'))).toBe('UNAUTHENTICATED');
  });

  it('keeps the system administrator out of the audit log and its own roles, and from making a second administrator', async () => {
    expect((await app.gql('{ auditLogs { total items { id } } }', {}, { token: tokens.admin })).data.auditLogs).toEqual({ total: 0, items: [] });
    expect(code(await app.gql('{ exportAuditLog { filename } }', {}, { token: tokens.admin }))).toBe('FORBIDDEN');
    const own = await app.gql(
      'mutation($id: ID!, $r: [ID!]) { updateUser(id: $id, input: { roleIds: $r }) { id } }',
      {
        id: await userId('admin'),
        r: [await roleId('system_admin'), await roleId('county_leader')],
      },
      { token: tokens.admin },
    );
    expect(code(own)).toBe('FORBIDDEN');
    const second = await app.gql(
      'mutation($id: ID!, $r: [ID!]) { updateUser(id: $id, input: { roleIds: $r }) { id } }',
      { id: await userId('auditor'), r: [await roleId('auditor'), await roleId('security_admin')] },
      { token: tokens.admin, lang: 'en' },
    );
    expect(code(second)).toBe('FORBIDDEN'); // the auditor's account holds a role the system administrator cannot grant
    const [{ id: orgId }] = await app.query<{ id: string }>("select id::text from org where code = '110000000000'");
    const created = await app.gql(
      'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }',
      { i: { username: 'two_hats', name: '兼任', orgId, password: 'Initial#Pass1', roleIds: [await roleId('system_admin'), await roleId('auditor')] } },
      { token: tokens.admin, lang: 'en' },
    );
    expect(code(created)).toBe('BAD_USER_INPUT');
    expect(created.errors?.[0]?.extensions.fields).toEqual([
      { field: 'roleIds', message: expect.stringMatching(/^is wider than your own permissions: read AuditLog/) },
    ]);
    expect(await app.query("select id from user_account where username = 'two_hats'")).toEqual([]);
  });

  it('lets the auditor change nothing', async () => {
    const [{ id: orgId }] = await app.query<{ id: string }>("select id::text from org where code = '110118001000'");
    const attempts = [
      // It reads no org, so the parent is unknown to it.
      ['mutation($o: ID!) { createOrg(input: { name: "审计员建的", level: COMMUNITY, parentId: $o }) { id } }', { o: orgId }, 'BAD_USER_INPUT'],
      ['mutation { updatePasswordPolicy(input: { minLength: 12 }) { minLength } }', {}, 'FORBIDDEN'],
      ['mutation($id: ID!) { unlockUser(id: $id) { id } }', { id: await userId('county') }, 'FORBIDDEN'],
      ['mutation($id: ID!) { updateUser(id: $id, input: { name: "x" }) { id } }', { id: await userId('auditor') }, 'NOT_FOUND'],
    ] as const;
    for (const [query, variables, expected] of attempts)
      expect([query, code(await app.gql(query, variables, { token: tokens.auditor }))]).toEqual([query, expected]);
    expect(await app.query("select id from org where name = '审计员建的'")).toEqual([]);
    expect((await app.gql('{ passwordPolicy { minLength } }', {}, { token: tokens.auditor })).data.passwordPolicy.minLength).toBe(10);
  });
});

describe('the security administrator', () => {
  it('edits the password policy, which the change of password then enforces, history included', async () => {
    expect(code(await app.gql('mutation { updatePasswordPolicy(input: { history: 3 }) { history } }', {}, { token: tokens.admin }))).toBe('FORBIDDEN');
    const bad = await app.gql('mutation { updatePasswordPolicy(input: { minLength: 4 }) { minLength } }', {}, { token: tokens.security, lang: 'en' });
    expect(bad.errors?.[0]?.extensions.fields).toEqual([{ field: 'minLength', message: 'must be at least 8' }]);
    const res = await app.gql(
      'mutation { updatePasswordPolicy(input: { minLength: 12, history: 3 }) { minLength classes history expiryDays initialExpiryDays idleTimeoutMinutes } }',
      {},
      {
        token: tokens.security,
      },
    );
    expect(res.data.updatePasswordPolicy).toEqual({ minLength: 12, classes: 3, history: 3, expiryDays: 0, initialExpiryDays: 30, idleTimeoutMinutes: 30 });
    const user = await createUser(app, tokens.township, { orgId: await orgOf('110118001002'), roles: ['grid_worker'] });
    const token = await app.login(user.username, user.password);
    const CHANGE = 'mutation($o: String!, $n: String!) { changePassword(oldPassword: $o, newPassword: $n) }';
    const short = await app.gql(CHANGE, { o: user.password, n: 'Short#Pass1' }, { token, lang: 'en' });
    expect(short.errors?.[0]?.extensions.fields).toEqual([
      { field: 'newPassword', message: 'at least 12 characters from 3 of: upper case, lower case, digits, symbols; not containing the username' },
    ]);
    expect((await app.gql(CHANGE, { o: user.password, n: 'Second#Password1' }, { token })).data).toEqual({ changePassword: true });
    expect((await app.gql(CHANGE, { o: 'Second#Password1', n: 'Third#Password1' }, { token })).data).toEqual({ changePassword: true });
    const reused = await app.gql(CHANGE, { o: 'Third#Password1', n: user.password }, { token, lang: 'en' });
    expect(reused.errors?.[0]?.extensions.fields).toEqual([{ field: 'newPassword', message: 'must differ from the last 3 passwords' }]);
    const [entry] = await app.query<{ before: unknown; after: unknown }>("select before, after from audit_log where operation = 'updatePasswordPolicy'");
    expect(entry).toEqual({ before: { minLength: 10, history: 5 }, after: { minLength: 12, history: 3 } });
    await app.query('delete from password_policy');
  });

  it('unlocks any account and ends any session, the system administrator’s included, each audited', async () => {
    await app.query("update user_account set locked_until = now() + interval '10 minutes', failed_logins = 5 where username = 'admin'");
    const unlocked = await app.gql(
      'mutation($id: ID!) { unlockUser(id: $id) { username lockedUntil } }',
      { id: await userId('admin') },
      { token: tokens.security },
    );
    expect(unlocked.data.unlockUser).toEqual({ username: 'admin', lockedUntil: null });
    const adminToken = await app.login('admin');
    const list = await app.gql(
      '{ sessions(filter: { q: "admin" }, sort: [{ field: CREATED_AT, direction: DESC }]) { total items { id user { username } } } }',
      {},
      {
        token: tokens.security,
      },
    );
    expect(list.data.sessions.items[0].user).toEqual({ username: 'admin' });
    expect(code(await app.gql('{ sessions { total } }', {}, { token: tokens.admin }))).toBeUndefined();
    expect((await app.gql('{ sessions { total } }', {}, { token: tokens.admin })).data.sessions.total).toBe(0);
    const revoked = await app.gql('mutation($id: ID!) { revokeSession(id: $id) }', { id: list.data.sessions.items[0].id }, { token: tokens.security });
    expect(revoked.data.revokeSession).toBe(list.data.sessions.items[0].id);
    expect(code(await app.gql('{ me { username } }', {}, { token: adminToken }))).toBe('UNAUTHENTICATED');
    const ops = await app.query<{ operation: string }>("select operation from audit_log where operation in ('unlockUser', 'revokeSession') order by id");
    expect(ops.map((o) => o.operation)).toEqual(['unlockUser', 'revokeSession']);
    expect(code(await app.gql('mutation($id: ID!) { revokeSession(id: $id) }', { id: list.data.sessions.items[0].id }, { token: tokens.township }))).toBe(
      'FORBIDDEN',
    );
  });

  it('ends a session idle longer than the policy allows', async () => {
    const token = await app.login('county');
    expect((await app.gql('{ me { username } }', {}, { token })).data.me.username).toBe('county');
    await app.query(
      "update user_session set last_seen_at = now() - interval '31 minutes' where user_id = (select id from user_account where username = 'county')",
    );
    expect(code(await app.gql('{ me { username } }', {}, { token }))).toBe('UNAUTHENTICATED');
  });

  it('lets an unchanged initial password expire after the configured days', async () => {
    const user = await createUser(app, tokens.township, { orgId: await orgOf('110118001002'), roles: ['grid_worker'], mustChangePassword: true });
    await app.query("update user_account set password_changed_at = now() - interval '31 days' where username = ?", [user.username]);
    const res = await app.gql(
      'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
      { u: user.username, p: user.password },
      { lang: 'en' },
    );
    expect(res.errors?.[0]).toMatchObject({
      message: 'The initial password has expired; ask an administrator to reset it',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });
});

describe('exportAuditLog', () => {
  it('gives the auditor the filtered entries as xlsx, masked as shown, and audits the export; others FORBIDDEN', async () => {
    const id = await userId('gridworker2');
    await app.gql('mutation($id: ID!) { updateUser(id: $id, input: { phone: "13912345678", name: "二号网格员" }) { id } }', { id }, { token: tokens.township });
    const res = await app.gql(
      'query($t: ID!) { exportAuditLog(filter: { targetType: "User", targetId: $t }) { filename contentBase64 } }',
      { t: id },
      { token: tokens.auditor },
    );
    expect(res.data.exportAuditLog.filename).toMatch(/^审计日志-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(res.data.exportAuditLog.contentBase64, 'base64') as never);
    const ws = wb.worksheets[0]!;
    const rows: string[][] = [];
    ws.eachRow((r) => rows.push(Array.from({ length: 10 }, (_, i) => r.getCell(i + 1).text)));
    expect(rows).toEqual([
      ['时间', '用户名', 'IP', '操作', '对象类型', '对象 ID', '变更字段', '变更前', '变更后', '结果'],
      [expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/), 'township', '127.0.0.1', 'updateUser', 'User', id, 'name, phone', '', '', '成功'],
    ]);
    expect(JSON.stringify(rows)).not.toContain('13912345678');
    const [entry] = await app.query<{ username: string; after: unknown }>("select username, after from audit_log where operation = 'exportAuditLog'");
    expect(entry).toEqual({ username: 'auditor', after: { filter: { targetType: 'User', targetId: id }, rows: 1 } });
    for (const who of ['admin', 'security', 'township'])
      expect([who, code(await app.gql('{ exportAuditLog { filename } }', {}, { token: tokens[who] }))]).toEqual([who, 'FORBIDDEN']);
  });
});

describe('CORS', () => {
  it('answers only the configured origins', async () => {
    const preflight = (origin: string) =>
      fetch(`${app.url}/graphql`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
    const ok = await preflight('https://app.example.gov.cn');
    expect([ok.status, ok.headers.get('access-control-allow-origin'), ok.headers.get('access-control-allow-headers')]).toEqual([
      204,
      'https://app.example.gov.cn',
      'authorization, content-type, accept-language',
    ]);
    const other = await preflight('https://evil.example');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const post = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { origin: 'https://app.example.gov.cn', 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(post.headers.get('access-control-allow-origin')).toBe('https://app.example.gov.cn');
  });
});

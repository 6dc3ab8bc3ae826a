import { startTestApp, type TestApp } from '../../support/app';

let app: TestApp;
let admin: string;
beforeAll(async () => {
  app = await startTestApp();
  admin = await app.login('admin');
});
afterAll(() => app.stop());

describe('audit log', () => {
  it('requires authentication', async () => {
    expect((await app.gql('{ auditLogs { total } }')).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('records a change with who, where and the changed fields, sensitive values masked', async () => {
    const [{ id }] = await app.query<{ id: string }>("select id::text from user_account where username = 'gridworker3'");
    const res = await app.gql('mutation($id: ID!) { updateUser(id: $id, input: { phone: "13912345678", name: "三号网格员" }) { name } }', { id }, { token: admin });
    expect(res.data.updateUser.name).toBe('三号网格员');
    const auditor = await app.login('auditor');
    const log = await app.gql(
      'query($t: ID!) { auditLogs(filter: { targetType: "User", targetId: $t, operation: "updateUser" }) { total items { username ip success before after user { username } } } }',
      { t: id },
      { token: auditor },
    );
    expect(log.data.auditLogs.total).toBe(1);
    const [entry] = log.data.auditLogs.items;
    // The auditor reads the log in full (addresses included) but no accounts: `user` is null, `username` stays.
    expect(entry).toMatchObject({ username: 'admin', ip: '127.0.0.1', success: true, user: null });
    expect(entry.after).toEqual({ name: '三号网格员', phone: '139****5678' });
    expect(entry.before.phone).toMatch(/^1\d\d\*\*\*\*\d{4}$/);
    expect(JSON.stringify(await app.query('select before, after from audit_log where target_id = ?', [id]))).not.toContain('13912345678');
  });

  it('filters by time and outcome', async () => {
    const auditor = await app.login('auditor');
    await app.gql('mutation { login(username: "county", password: "nope") { token } }');
    const failed = await app.gql('query($f: DateTime!) { auditLogs(filter: { success: false, from: $f }) { items { operation username } } }', { f: new Date(Date.now() - 60_000).toISOString() }, { token: auditor });
    expect(failed.data.auditLogs.items).toEqual([{ operation: 'login', username: 'county' }]);
  });
});

describe('sessions', () => {
  it('expire: a token whose session has passed its end is UNAUTHENTICATED', async () => {
    const token = await app.login('community');
    expect((await app.gql('{ me { username } }', {}, { token })).data.me.username).toBe('community');
    await app.query("update user_session set expires_at = now() - interval '1 second' where user_id = (select id from user_account where username = 'community')");
    expect((await app.gql('{ me { username } }', {}, { token })).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });
});

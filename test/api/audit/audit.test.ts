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
    const res = await app.gql(
      'mutation($id: ID!) { updateUser(id: $id, input: { phone: "13912345678", name: "三号网格员" }) { name } }',
      { id },
      { token: admin },
    );
    expect(res.data.updateUser.name).toBe('三号网格员');
    const auditor = await app.login('auditor');
    const LOG =
      'query($t: ID!) { auditLogs(filter: { targetType: "User", targetId: $t, operation: "updateUser" }) { total items { username ip success changedFields before after user { username } } } }';
    const log = await app.gql(LOG, { t: id }, { token: auditor });
    expect(log.data.auditLogs.total).toBe(1);
    const [entry] = log.data.auditLogs.items;
    // The auditor reads who, when, from where and which fields, but no business values and no accounts: `user` is null, `username` stays.
    expect(entry).toEqual({ username: 'admin', ip: '127.0.0.1', success: true, changedFields: ['name', 'phone'], before: null, after: null, user: null });
    // 三员分立: the system administrator who made the change reads no entry at all.
    expect((await app.gql(LOG, { t: id }, { token: admin })).data.auditLogs).toEqual({ total: 0, items: [] });
    const [stored] = await app.query<{ before: { phone: string }; after: unknown }>(
      'select before, after from audit_log where target_id = ? and operation = ?',
      [id, 'updateUser'],
    );
    expect(stored!.after).toEqual({ name: '三号网格员', phone: '139****5678' });
    expect(stored!.before.phone).toMatch(/^1\d\d\*\*\*\*\d{4}$/);
    expect(JSON.stringify(await app.query('select before, after from audit_log where target_id = ?', [id]))).not.toContain('13912345678');
  });

  it("shows a person's entry to the auditor without values, and to a scoped reader only as its field rules allow", async () => {
    const [person] = await app.query<{ id: string }>(
      "select p.id::text from supervised_person p join grid g on g.id = p.grid_id join org o on o.id = p.org_id where o.code = '110118001002' and g.number = 1 and p.kind = 'CORRECTION' order by p.id limit 1",
    );
    const judicial = await app.login('judicial');
    const UPDATE = 'mutation($id: ID!) { updateSupervisedPerson(id: $id, input: { address: "鼓楼东大街99号", offenceSummary: "新的案情" }) { id } }';
    expect((await app.gql(UPDATE, { id: person!.id }, { token: judicial })).errors).toBeUndefined();
    const LOG =
      'query($t: ID!) { auditLogs(filter: { targetType: "SupervisedPerson", targetId: $t, operation: "updateSupervisedPerson" }) { items { changedFields after } } }';
    const [asAuditor] = (await app.gql(LOG, { t: person!.id }, { token: await app.login('auditor') })).data.auditLogs.items;
    expect(asAuditor).toEqual({ changedFields: ['address', 'offenceSummary'], after: null });

    // A reader of the audit log of 鼓楼社区 who reads its people masked: the address, but no offence fingerprint.
    const rules = [
      { action: 'read', subject: 'AuditLog' },
      { action: 'read', subject: 'SupervisedPerson' },
      { action: 'read', subject: 'SupervisedPerson', fields: ['idNumber', 'phone', 'offenceSummary'], inverted: true },
    ];
    // Nobody may grant the audit log (三员分立), so this reader's role and account are made in SQL.
    const [{ id: roleId }] = await app.query<{ id: string }>(
      "insert into role (code, name, scope, rules, built_in) values ('person_log_reader', '人员日志', 'ALL', ?::jsonb, false) returning id::text",
      [JSON.stringify(rules)],
    );
    const [{ id: orgId }] = await app.query<{ id: string }>("select id::text from org where code = '110118001002'");
    await app.gql(
      'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }',
      { i: { username: 'logreader', name: '日志', orgId, password: 'Initial#Pass1' } },
      { token: admin },
    );
    await app.query("insert into user_role (user_id, role_id) select id, ? from user_account where username = 'logreader'", [roleId]);
    await app.query("update user_account set must_change_password = false where username = 'logreader'");
    const [asReader] = (await app.gql(LOG, { t: person!.id }, { token: await app.login('logreader', 'Initial#Pass1') })).data.auditLogs.items;
    expect(asReader).toEqual({ changedFields: ['address', 'offenceSummary'], after: { address: '鼓楼东大街99号', offenceSummary: null } });
    const [stored] = await app.query<{ after: { offenceSummary: string } }>('select after from audit_log where target_id = ? and operation = ?', [
      person!.id,
      'updateSupervisedPerson',
    ]);
    expect(stored!.after.offenceSummary).toMatch(/^sha256:/);
  });

  it('filters by time and outcome', async () => {
    const auditor = await app.login('auditor');
    await app.gql('mutation { login(username: "county", password: "nope") { token } }');
    const failed = await app.gql(
      'query($f: DateTime!) { auditLogs(filter: { success: false, from: $f }) { items { operation username } } }',
      { f: new Date(Date.now() - 60_000).toISOString() },
      { token: auditor },
    );
    expect(failed.data.auditLogs.items).toEqual([{ operation: 'login', username: 'county' }]);
  });
});

describe('sessions', () => {
  it('expire: a token whose session has passed its end is UNAUTHENTICATED', async () => {
    const token = await app.login('community');
    expect((await app.gql('{ me { username } }', {}, { token })).data.me.username).toBe('community');
    await app.query(
      "update user_session set expires_at = now() - interval '1 second' where user_id = (select id from user_account where username = 'community')",
    );
    expect((await app.gql('{ me { username } }', {}, { token })).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });
});

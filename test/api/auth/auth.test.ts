import { startTestApp, type TestApp } from '../../support/app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

const LOGIN =
  'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token expiresAt user { username mustChangePassword roles { code } } } }';

describe('sign-in', () => {
  it('requires authentication for me', async () => {
    const res = await app.gql('{ me { id } }');
    expect(res.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect(res.errors?.[0]?.message).toBe('请先登录');
  });

  it('answers in English with Accept-Language: en', async () => {
    const res = await app.gql('{ me { id } }', {}, { lang: 'en' });
    expect(res.errors?.[0]?.message).toBe('Please sign in');
  });

  it('signs in a demo account and shows its own roles and rules', async () => {
    const res = await app.gql(LOGIN, { u: 'gridworker', p: 'Demo#2026' });
    expect(res.data.login.user).toEqual({ username: 'gridworker', mustChangePassword: false, roles: [{ code: 'grid_worker' }] });
    const token = res.data.login.token;
    const me = await app.gql('{ me { username org { name } grids { number } rules } }', {}, { token });
    expect(me.data.me.username).toBe('gridworker');
    expect(me.data.me.org.name).toBe('鼓楼社区居民委员会');
    expect(me.data.me.grids).toEqual([{ number: 1 }]);
    // Seeded ids: 鼓楼社区 is org 5, its grid 1 is grid 4. The rules on the subjects below; other modules add theirs.
    const CHECKED = [
      ...['Org', 'Grid', 'Role', 'Dictionary', 'User', 'SupervisedPerson', 'Visit', 'SupervisionStats', 'Task', 'TaskStats', 'GridReport', 'GridReportStats'],
      ...['AssessmentScheme', 'Scorecard', 'SurveyResponse', 'Complaint', 'ConsequenceFlag'],
    ];
    expect(me.data.me.rules.filter((r: { subject: string }) => CHECKED.includes(r.subject))).toEqual([
      { action: 'read', subject: 'Org', conditions: { id: { $in: ['5'] } } },
      { action: 'read', subject: 'Grid', conditions: { id: { $in: ['4'] } } },
      { action: 'read', subject: 'Role' },
      { action: 'read', subject: 'Dictionary' },
      { action: 'read', subject: 'User', conditions: { 'grids.id': { $in: ['4'] } } },
      { action: 'read', subject: 'User', fields: ['idNumber'], inverted: true },
      { action: 'read_masked', subject: 'User', fields: ['idNumber'], conditions: { 'grids.id': { $in: ['4'] } } },
      { action: 'read', subject: 'User', fields: ['phone'], inverted: true },
      { action: 'read_masked', subject: 'User', fields: ['phone'], conditions: { 'grids.id': { $in: ['4'] } } },
      { action: ['read', 'create', 'update'], subject: 'SupervisedPerson', conditions: { 'grid.id': { $in: ['4'] } } },
      { action: ['read', 'create', 'update'], subject: 'Visit', conditions: { 'person.grid.id': { $in: ['4'] } } },
      { action: 'read', subject: 'SupervisionStats', conditions: { 'grid.id': { $in: ['4'] } } },
      { action: 'read', subject: 'SupervisedPerson', fields: ['idNumber', 'phone', 'offenceSummary', 'birthDate'], inverted: true },
      { action: 'read_masked', subject: 'SupervisedPerson', fields: ['idNumber', 'phone'], conditions: { 'grid.id': { $in: ['4'] } } },
      { action: 'read', subject: 'Visit', fields: ['psychologicalState'], inverted: true },
      { action: ['read', 'create'], subject: 'Task', conditions: { 'grid.id': { $in: ['4'] } } },
      { action: 'read', subject: 'TaskStats', conditions: { 'grid.id': { $in: ['4'] } } },
      { action: ['read', 'create'], subject: 'GridReport', conditions: { 'grid.id': { $in: ['4'] } } },
      { action: 'read', subject: 'GridReportStats', conditions: { 'grid.id': { $in: ['4'] } } },
      // Assessments: their own grid's scorecards and complaints, their own flags (user 7 is gridworker).
      { action: 'read', subject: 'AssessmentScheme' },
      { action: 'read', subject: 'Scorecard', conditions: { $or: [{ 'grid.id': { $in: ['4'] } }, { 'user.id': '7' }] } },
      { action: ['read', 'create'], subject: 'SurveyResponse', conditions: { 'grid.id': { $in: ['4'] } } },
      { action: 'read', subject: 'Complaint', conditions: { $or: [{ 'grid.id': { $in: ['4'] } }, { 'user.id': '7' }] } },
      { action: 'read', subject: 'ConsequenceFlag', conditions: { 'user.id': '7' } },
      { action: 'update', subject: 'ConsequenceFlag', conditions: { 'user.id': '7' } },
    ]);
  });

  it('gives the same answer for an unknown user and a wrong password', async () => {
    const unknown = await app.gql(LOGIN, { u: 'nobody-here', p: 'Whatever#2026' });
    const wrong = await app.gql(LOGIN, { u: 'county', p: 'Wrong#2026x' });
    expect(unknown.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect(wrong.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect(unknown.errors?.[0]?.message).toBe(wrong.errors?.[0]?.message);
  });

  it('rejects a forged or garbage token', async () => {
    const res = await app.gql('{ me { id } }', {}, { token: 'eyJhbGciOiJIUzI1NiJ9.eyJzaWQiOiJ4In0.bad' });
    expect(res.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('writes an audit entry for each sign-in, good or bad', async () => {
    await app.gql(LOGIN, { u: 'assessor', p: 'Demo#2026' });
    await app.gql(LOGIN, { u: 'assessor', p: 'not-it' });
    const rows = await app.query<{ success: boolean; operation: string }>(
      "select success, operation from audit_log where username = 'assessor' and operation = 'login' order by id",
    );
    expect(rows).toEqual([
      { success: true, operation: 'login' },
      { success: false, operation: 'login' },
    ]);
  });
});

describe('lockout', () => {
  it('locks the account for 15 minutes after five failures, even for the right password', async () => {
    const codes: string[] = [];
    for (let i = 0; i < 5; i++) codes.push((await app.gql(LOGIN, { u: 'police', p: `wrong-${i}` })).errors![0]!.extensions.code);
    expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'ACCOUNT_LOCKED']);
    const locked = await app.gql(LOGIN, { u: 'police', p: 'Demo#2026' });
    expect(locked.errors?.[0]?.extensions.code).toBe('ACCOUNT_LOCKED');
    const until = new Date(locked.errors![0]!.extensions.until!).getTime();
    expect(until - Date.now()).toBeGreaterThan(14 * 60_000);
    expect(until - Date.now()).toBeLessThanOrEqual(15 * 60_000);
    const [row] = await app.query<{ n: string }>("select count(*)::text as n from audit_log where username = 'police' and operation = 'login.lock'");
    expect(row.n).toBe('1');
  });

  it('opens again when the lock has passed', async () => {
    await app.query("update rate_limit.counter set expire = 0 where key = 'login-failure:police'");
    const res = await app.gql(LOGIN, { u: 'police', p: 'Demo#2026' });
    expect(res.data?.login.user.username).toBe('police');
  });
});

describe('accounts with an initial password', () => {
  it('must change it before anything else, under the password policy', async () => {
    const admin = await app.login('admin');
    const [{ id: orgId }] = await app.query<{ id: string }>("select id::text from org where code = '110118001002'");
    const [{ id: roleId }] = await app.query<{ id: string }>("select id::text from role where code = 'community_secretary'");
    const created = await app.gql(
      'mutation($i: CreateUserInput!) { createUser(input: $i) { id username mustChangePassword } }',
      { i: { username: 'newcomer', name: '新同事', orgId, roleIds: [roleId], password: 'Initial#Pass1' } },
      { token: admin },
    );
    expect(created.data.createUser).toMatchObject({ username: 'newcomer', mustChangePassword: true });

    const signedIn = await app.gql(LOGIN, { u: 'newcomer', p: 'Initial#Pass1' });
    const token = signedIn.data.login.token;
    expect(signedIn.data.login.user.mustChangePassword).toBe(true);
    expect((await app.gql('{ orgs { total } }', {}, { token })).errors?.[0]?.extensions.code).toBe('PASSWORD_CHANGE_REQUIRED');
    expect((await app.gql('{ me { username } }', {}, { token })).data.me.username).toBe('newcomer');

    const CHANGE = 'mutation($o: String!, $n: String!) { changePassword(oldPassword: $o, newPassword: $n) }';
    const weak = await app.gql(CHANGE, { o: 'Initial#Pass1', n: 'short1A' }, { token });
    expect(weak.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'newPassword' }] });
    const twoClasses = await app.gql(CHANGE, { o: 'Initial#Pass1', n: 'alllowercase123' }, { token });
    expect(twoClasses.errors?.[0]?.extensions.fields?.[0]?.field).toBe('newPassword');
    const withName = await app.gql(CHANGE, { o: 'Initial#Pass1', n: 'Newcomer#2026!' }, { token });
    expect(withName.errors?.[0]?.extensions.fields?.[0]?.field).toBe('newPassword');
    const wrongOld = await app.gql(CHANGE, { o: 'nope', n: 'Brand#New#2026' }, { token });
    expect(wrongOld.errors?.[0]?.extensions.fields?.[0]?.field).toBe('oldPassword');

    expect((await app.gql(CHANGE, { o: 'Initial#Pass1', n: 'Brand#New#2026' }, { token })).data.changePassword).toBe(true);
    expect((await app.gql('{ orgs { total } }', {}, { token })).data.orgs.total).toBe(1);
  });
});

describe('logout', () => {
  it('ends the session so the token stops working', async () => {
    const token = await app.login('township');
    expect((await app.gql('mutation { logout }', {}, { token })).data.logout).toBe(true);
    expect((await app.gql('{ me { id } }', {}, { token })).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });
});

import { SessionCallers } from '../../../api/src/modules/auth/actor';
import { IdentityNotices } from '../../../api/src/modules/auth/identity-notices';
import { registry } from '../../../api/src/modules';
import { startTestApp, type TestApp } from '../../support/app';
import { createGrid, createOrg, createRole, createUser } from '../../support/factories';

/**
 * The caller of a session (account, roles, grids, compiled ability) is built once per instance and
 * reused, and a checked session is trusted without a statement while the instance hears the identity
 * notices: every change must show on the very next request on the instance that made it, and on another
 * one that had it cached as soon as PostgreSQL has delivered the change's notice (`identitySettled`).
 */
let app: TestApp;
let other: Awaited<ReturnType<TestApp['startInstance']>>;
let admin: string;
let township: string;
let otherTownship: string;
beforeAll(async () => {
  app = await startTestApp();
  other = await app.startInstance();
  admin = await app.login('admin');
  [{ id: township }] = await app.query<{ id: string }>("select id::text from org where name = '鼓楼街道'");
  [{ id: otherTownship }] = await app.query<{ id: string }>("select id::text from org where level = 'TOWNSHIP' and name <> '鼓楼街道' order by id limit 1");
});
afterAll(async () => {
  await other.stop();
  await app.stop();
});

const GRIDS = 'query($org: ID!) { grids(filter: { orgId: $org }, limit: 50) { items { name } } }';

/** The grid names `token` reads under `orgId`, as answered by each instance (both warmed before any change). */
async function gridNames(token: string, orgId: string) {
  await other.identitySettled();
  const answers = await Promise.all([app, other].map((server) => server.gql(GRIDS, { org: orgId }, { token })));
  for (const a of answers) expect(a.errors).toBeUndefined();
  return answers.map((a) => (a.data.grids.items as { name: string }[]).map((g) => g.name));
}

/** A community of its own under 鼓楼街道 with two grids, A and B. */
async function community() {
  const org = await createOrg(app, admin, { parentId: township });
  const a = await createGrid(app, admin, { orgId: org.id, number: 1, name: 'A' });
  const b = await createGrid(app, admin, { orgId: org.id, number: 2, name: 'B' });
  return { org, a, b };
}

describe('cached session callers', () => {
  it('follow a role edit on the next request, on every instance', async () => {
    const { org } = await community();
    const role = await createRole(app, admin, { scope: 'ORG', rules: [{ action: 'read', subject: 'Grid' }] });
    const user = await createUser(app, admin, { orgId: org.id, roleIds: [role.id] });
    const token = await app.login(user.username, user.password);
    expect(await gridNames(token, org.id)).toEqual([
      ['A', 'B'],
      ['A', 'B'],
    ]);
    const edit = await app.gql(
      'mutation($id: ID!, $i: UpdateRoleInput!) { updateRole(id: $id, input: $i) { id } }',
      { id: role.id, i: { rules: [{ action: 'read', subject: 'Org' }] } },
      { token: admin },
    );
    expect(edit.errors).toBeUndefined();
    expect(await gridNames(token, org.id)).toEqual([[], []]);
  });

  it('follow a grid reassignment on the next request, on every instance', async () => {
    const { org, a, b } = await community();
    const user = await createUser(app, admin, { orgId: org.id, roles: ['grid_worker'], gridIds: [a.id] });
    const token = await app.login(user.username, user.password);
    expect(await gridNames(token, org.id)).toEqual([['A'], ['A']]);
    const edit = await app.gql(
      'mutation($id: ID!, $i: UpdateUserInput!) { updateUser(id: $id, input: $i) { id } }',
      { id: user.id, i: { gridIds: [b.id] } },
      { token: admin },
    );
    expect(edit.errors).toBeUndefined();
    expect(await gridNames(token, org.id)).toEqual([['B'], ['B']]);
  });

  it('follow an org move (re-parenting) on the next request, on every instance', async () => {
    const { org } = await community();
    const role = await createRole(app, admin, { scope: 'ORG_SUBTREE', rules: [{ action: 'read', subject: 'Grid' }] });
    const user = await createUser(app, admin, { orgId: org.id, roleIds: [role.id] });
    const token = await app.login(user.username, user.password);
    expect(await gridNames(token, org.id)).toEqual([
      ['A', 'B'],
      ['A', 'B'],
    ]);
    expect(await gridNames(admin, org.id)).toEqual([
      ['A', 'B'],
      ['A', 'B'],
    ]);
    const move = await app.gql(
      'mutation($id: ID!, $i: UpdateOrgInput!) { updateOrg(id: $id, input: $i) { id } }',
      { id: org.id, i: { parentId: otherTownship } },
      { token: admin },
    );
    expect(move.errors).toBeUndefined();
    // The scope follows the org's new path: with the path of before the move it would read nothing.
    expect(await gridNames(token, org.id)).toEqual([
      ['A', 'B'],
      ['A', 'B'],
    ]);
    // Another caller's "this org and below" filter: the org's cached path follows the move too.
    expect(await gridNames(admin, org.id)).toEqual([
      ['A', 'B'],
      ['A', 'B'],
    ]);
  });

  it('end with a logout on the next request, on every instance', async () => {
    const { org } = await community();
    const user = await createUser(app, admin, { orgId: org.id, roles: ['community_secretary'] });
    const token = await app.login(user.username, user.password);
    const me = async () => {
      await other.identitySettled();
      return Promise.all([app, other].map((server) => server.gql('{ me { username } }', {}, { token })));
    };
    expect((await me()).map((r) => r.data?.me.username)).toEqual([user.username, user.username]);
    expect((await app.gql('mutation { logout }', {}, { token })).data).toEqual({ logout: true });
    expect((await me()).map((r) => r.errors?.[0]?.extensions.code)).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED']);
  });
});

describe('request cost', () => {
  const Q1 = 'query($org: ID!, $n: Int!) { grids(filter: { orgId: $org }, limit: $n) { items { number name org { name } workers { username phone } } } }';

  async function statementsFor(token: string, n: number) {
    app.sql.count = 0;
    const res = await app.gql(Q1, { org: township, n }, { token });
    expect(res.errors).toBeUndefined();
    expect(res.data.grids.items).toHaveLength(n);
    return app.sql.count;
  }

  it('lists grids with their org and workers in one statement once the session is trusted, whatever the page size', async () => {
    const token = await app.login('township');
    await statementsFor(token, 5); // checks the session (writing its first use) and builds this session's caller
    await app.identitySettled();
    expect(await statementsFor(token, 5)).toBe(2); // checks it again: the use written was a notice
    await app.identitySettled();
    // trusted: the page, with its orgs and its workers (through their pivot) as columns of its rows
    expect(await statementsFor(token, 5)).toBe(1);
    expect(await statementsFor(token, 50)).toBe(1);
  });

  it('answers a trusted me without a statement, with the account as stored, and follows a change of the account', async () => {
    const token = await app.login('township');
    await app.trust(token);
    app.sql.count = 0;
    const res = await app.gql('{ me { id username name phone mustChangePassword lastLoginAt } }', {}, { token });
    expect(app.sql.count).toBe(0);
    const [row] = await app.query("select id::text, username, name, phone, must_change_password, last_login_at from user_account where username = 'township'");
    expect(res.data.me).toEqual({
      id: row.id,
      username: 'township',
      name: row.name,
      phone: row.phone,
      mustChangePassword: row.must_change_password,
      lastLoginAt: new Date(row.last_login_at).toISOString(),
    });
    // Another instance renames the account: its notice distrusts this session, which reads the account again.
    await app.query("update user_account set name = '鼓楼街道值班员' where username = 'township'");
    expect((await app.gql('{ me { name } }', {}, { token })).data.me).toEqual({ name: '鼓楼街道值班员' });
  });

  it("keeps trusting a session across another account's sign-in and edits on this instance, and shows its own edit at once", async () => {
    const token = await app.login('township');
    await app.trust(token);
    const meCost = async () => {
      app.sql.count = 0;
      expect((await app.gql('{ me { username } }', {}, { token })).data.me).toEqual({ username: 'township' });
      return app.sql.count;
    };
    expect(await meCost()).toBe(0);
    // Someone else signs in and renames a grid through this instance: nothing about this session changed.
    await app.login('gridworker');
    const { a } = await community();
    expect(
      (await app.gql('mutation($id: ID!, $i: UpdateGridInput!) { updateGrid(id: $id, input: $i) { id } }', { id: a.id, i: { name: 'A2' } }, { token: admin }))
        .errors,
    ).toBeUndefined();
    expect(await meCost()).toBe(0);
    // The session's own account renamed by an administrator here: its very next request reads the account again.
    const [{ id }] = await app.query<{ id: string }>("select id::text from user_account where username = 'township'");
    const rename = await app.gql(
      'mutation($id: ID!, $i: UpdateUserInput!) { updateUser(id: $id, input: $i) { id } }',
      { id, i: { name: '鼓楼街道值守' } },
      { token: admin },
    );
    expect(rename.errors).toBeUndefined();
    app.sql.count = 0;
    expect((await app.gql('{ me { name } }', {}, { token })).data.me).toEqual({ name: '鼓楼街道值守' });
    expect(app.sql.count).toBe(1);
  });

  it('refuses a trusted session revoked elsewhere once the notice is applied, and an expired or idle one likewise', async () => {
    const tokens = await Promise.all([app.login('township'), app.login('township'), app.login('township')]);
    for (const token of tokens) for (let i = 0; i < 2; i++) expect((await app.gql('{ me { username } }', {}, { token })).data.me.username).toBe('township');
    const ids = await app.query<{ id: string }>(
      "select id::text from user_session where user_id = (select id from user_account where username = 'township') order by created_at desc limit 3",
    );
    expect(ids).toHaveLength(3);
    await app.query('update user_session set revoked_at = now() where id = ?', [ids[0]!.id]);
    await app.query("update user_session set expires_at = now() - interval '1 second' where id = ?", [ids[1]!.id]);
    await app.query("update user_session set last_seen_at = now() - interval '1 day' where id = ?", [ids[2]!.id]);
    const codes = await Promise.all(tokens.map(async (token) => (await app.gql('{ me { username } }', {}, { token })).errors?.[0]?.extensions.code));
    expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED']);
  });

  it('checks the session on every request while it cannot hear the notices', async () => {
    const deaf = new SessionCallers(registry);
    await deaf.listen('postgres://postgres@127.0.0.1:1/nothing');
    try {
      await app.login('township');
      const [{ id }] = await app.query<{ id: string }>(
        "select id::text from user_session where user_id = (select id from user_account where username = 'township') order by created_at desc limit 1",
      );
      const em = app.orm.em.fork();
      expect((await deaf.get(em, id))?.caller.actor?.username).toBe('township');
      app.sql.count = 0;
      expect((await deaf.get(em, id))?.caller.actor?.username).toBe('township');
      expect(app.sql.count).toBe(1); // the session, with the same epoch: the caller is reused
      await em.execute('update user_session set revoked_at = now() where id = ?', [id]); // nobody waits for a notice
      expect(await deaf.get(em, id)).toBeNull();
    } finally {
      await deaf.stop();
    }
  });

  it("tells its own 'settled' markers from another instance's, though both run in one process (as PID 1 in two containers would look alike)", async () => {
    const url = app.orm.config.getClientUrl();
    const heard: string[] = [];
    const quiet = () => {};
    const [listener, a, b] = [
      new IdentityNotices(url, (p) => heard.push(p), quiet),
      new IdentityNotices(url, quiet, quiet),
      new IdentityNotices(url, quiet, quiet),
    ];
    try {
      await Promise.all([listener.start(), a.start(), b.start()]);
      await a.settled();
      await b.settled();
      await listener.settled();
      const markers = heard.filter((p) => p.startsWith('settled:'));
      expect(markers).toHaveLength(2);
      expect(new Set(markers).size).toBe(2);
    } finally {
      await Promise.all([listener.stop(), a.stop(), b.stop()]);
    }
  });

  it('counts a list only when the response asks for its total', async () => {
    const token = await app.login('township');
    const total = (
      await app.query<{ n: number }>(
        'select count(*)::int as n from grid g join org o on o.id = g.org_id where o.path like (select path from org where id = ?) || ?',
        [township, '%'],
      )
    )[0]!.n;
    await app.trust(token);
    await app.gql('query($org: ID!) { grids(filter: { orgId: $org }, limit: 5) { items { number } } }', { org: township }, { token }); // reads the filter org's path, kept for the epoch
    app.sql.count = 0;
    const res = await app.gql('query($org: ID!) { grids(filter: { orgId: $org }, limit: 5) { total items { number } } }', { org: township }, { token });
    expect(res.data.grids.total).toBe(total);
    expect(app.sql.count).toBe(2); // the page and its count
    app.sql.count = 0;
    await app.gql('query($org: ID!) { grids(filter: { orgId: $org }, limit: 5) { items { number } } }', { org: township }, { token });
    expect(app.sql.count).toBe(1);
  });
});

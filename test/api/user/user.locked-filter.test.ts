import { startTestApp, type TestApp } from '../../support/app';
import { createRole, createUser } from '../../support/factories';

let app: TestApp;
let admin: string;
let township: string;
beforeAll(async () => {
  app = await startTestApp();
  admin = await app.login('admin');
  [{ id: township }] = await app.query<{ id: string }>("select id::text from org where code = '110118001000'");
});
afterAll(() => app.stop());

const LIST = 'query($f: UserFilter) { users(filter: $f, limit: 500) { total items { username } } }';
const usernames = async (token: string, filter: Record<string, unknown>) => {
  const res = await app.gql(LIST, { f: filter }, { token });
  expect(res.errors).toBeUndefined();
  return (res.data.users.items as { username: string }[]).map((u) => u.username).sort();
};

describe('users(filter: { locked })', () => {
  it('lists the accounts locked now, for the security screens', async () => {
    const tag = `lockf${Date.now().toString().slice(-6)}`;
    const locked = await createUser(app, admin, { orgId: township, roles: ['grid_worker'], username: `${tag}_locked` });
    const expired = await createUser(app, admin, { orgId: township, roles: ['grid_worker'], username: `${tag}_expired` });
    const open = await createUser(app, admin, { orgId: township, roles: ['grid_worker'], username: `${tag}_open` });
    await app.query("update user_account set locked_until = now() + interval '10 minutes' where id = ?", [locked.id]);
    await app.query("update user_account set locked_until = now() - interval '1 minute' where id = ?", [expired.id]);

    expect(await usernames(admin, { q: tag, locked: true })).toEqual([locked.username]);
    expect(await usernames(admin, { q: tag, locked: false })).toEqual([expired.username, open.username]);
    expect(await usernames(admin, { q: tag })).toEqual([expired.username, locked.username, open.username]);
  });

  it('gives no rows to a caller who may not see lockedUntil (the filter would reveal it)', async () => {
    const tag = `lockh${Date.now().toString().slice(-6)}`;
    const locked = await createUser(app, admin, { orgId: township, roles: ['grid_worker'], username: `${tag}_locked` });
    await app.query("update user_account set locked_until = now() + interval '10 minutes' where id = ?", [locked.id]);
    const role = await createRole(app, admin, {
      scope: 'ALL',
      rules: [
        { action: 'read', subject: 'User' },
        { action: 'read', subject: 'User', fields: ['lockedUntil'], inverted: true },
      ],
    });
    const reader = await createUser(app, admin, { orgId: township, roleIds: [role.id] });
    const token = await app.login(reader.username, reader.password);

    expect(await usernames(token, { q: tag })).toEqual([locked.username]);
    expect(await usernames(token, { q: tag, locked: true })).toEqual([]);
    expect(await usernames(token, { q: tag, locked: false })).toEqual([]);
  });
});

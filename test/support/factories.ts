import type { TestApp } from './app';

/**
 * Builders for the data a test needs, over the real API (so scope checks and audit entries apply as in
 * production). Each call gets a fresh code, number, name or username, so a test never collides with
 * another test of its file, whatever the order. A failing build throws with the API's errors.
 */

let serial = 0;
const next = () => ++serial;

async function mutate<T>(app: TestApp, token: string, query: string, input: Record<string, unknown>): Promise<T> {
  const res = await app.gql(query, { i: input }, { token });
  if (res.errors || !res.data) throw new Error(`factory: ${query.slice(0, 60)}… failed: ${JSON.stringify(res.errors)}`);
  return Object.values(res.data)[0] as T;
}

export type OrgLevel = 'PROVINCE' | 'CITY' | 'COUNTY' | 'TOWNSHIP' | 'COMMUNITY' | 'DEPARTMENT';

/** An org under `parentId`; its 12-digit code starts with 99, which no real division uses. */
export async function createOrg(
  app: TestApp,
  token: string,
  o: { parentId: string; level?: OrgLevel; name?: string; code?: string | null },
): Promise<{ id: string; code: string | null; name: string }> {
  const n = next();
  return mutate(app, token, 'mutation($i: CreateOrgInput!) { createOrg(input: $i) { id code name } }', {
    parentId: o.parentId,
    level: o.level ?? 'COMMUNITY',
    name: o.name ?? `测试组织${n}`,
    code: o.code === undefined ? `99${String(n).padStart(10, '0')}` : o.code,
  });
}

/** A grid of `orgId`, numbered from 100 up (the demo numbers its grids from 1); one level below `parentId` when given. */
export async function createGrid(
  app: TestApp,
  token: string,
  o: { orgId: string; parentId?: string; level?: number; number?: number; name?: string; workerIds?: string[] },
): Promise<{ id: string; number: number; name: string }> {
  const n = next();
  return mutate(app, token, 'mutation($i: CreateGridInput!) { createGrid(input: $i) { id number name } }', {
    orgId: o.orgId,
    parentId: o.parentId,
    level: o.level ?? (o.parentId ? 2 : 1),
    number: o.number ?? 100 + n,
    name: o.name ?? `测试网格${n}`,
    workerIds: o.workerIds,
  });
}

export interface RuleInput {
  action: string | string[];
  subject: string | string[];
  fields?: string[];
  conditions?: Record<string, unknown>;
  inverted?: boolean;
}

/** A custom (not built-in) role with the given CASL rules. */
export async function createRole(
  app: TestApp,
  token: string,
  o: { rules: RuleInput[]; scope?: 'ALL' | 'ORG_SUBTREE' | 'ORG' | 'GRID'; code?: string; name?: string },
): Promise<{ id: string; code: string }> {
  const n = next();
  return mutate(app, token, 'mutation($i: CreateRoleInput!) { createRole(input: $i) { id code } }', {
    code: o.code ?? `test_role_${n}`,
    name: o.name ?? `测试角色${n}`,
    scope: o.scope ?? 'ORG',
    rules: o.rules,
  });
}

/**
 * An account at `orgId` with roles given by id or by built-in code. Unless `mustChangePassword`, it can
 * sign in and work at once: `app.login(user.username, user.password)`.
 */
export async function createUser(
  app: TestApp,
  token: string,
  o: { orgId: string; roleIds?: string[]; roles?: string[]; gridIds?: string[]; username?: string; name?: string; mustChangePassword?: boolean },
): Promise<{ id: string; username: string; password: string }> {
  const n = next();
  const byCode = o.roles?.length
    ? await app.query<{ id: string }>(`select id::text from role where code in (${o.roles.map(() => '?').join(', ')})`, o.roles)
    : [];
  if (byCode.length !== (o.roles?.length ?? 0)) throw new Error(`factory: unknown role among ${o.roles!.join(', ')}`);
  const password = 'Initial#Pass1';
  const user = await mutate<{ id: string; username: string }>(app, token, 'mutation($i: CreateUserInput!) { createUser(input: $i) { id username } }', {
    username: o.username ?? `test_user_${n}`,
    name: o.name ?? `测试用户${n}`,
    orgId: o.orgId,
    roleIds: [...(o.roleIds ?? []), ...byCode.map((r) => r.id)],
    gridIds: o.gridIds,
    password,
  });
  if (!o.mustChangePassword) await app.query('update user_account set must_change_password = false where id = ?', [user.id]);
  return { ...user, password };
}

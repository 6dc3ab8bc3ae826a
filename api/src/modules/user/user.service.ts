import type { EntityManager } from '@mikro-orm/postgresql';
import { assertCan, assertUnreferenced, findForWrite, findPage, findReadable, findReferenced } from '../../core/access';
import type { Context } from '../../core/context';
import { AppError, badField, forbidden } from '../../core/errors';
import { like, orderBy, page, type SortDirection } from '../../core/pagination';
import { FieldErrors, isId, text } from '../../core/validate';
import { audit, diff } from '../audit/audit.service';
import { clearFailedLogins } from '../auth/auth.service';
import { hashPassword, passwordAcceptable } from '../auth/password';
import { Session } from '../auth/session.entity';
import { Grid } from '../grid/grid.entity';
import { Org } from '../org/org.entity';
import { subtreeCondition } from '../org/org.service';
import { Role } from '../role/role.entity';
import { assertGrantable, assertManageable } from '../role/role.service';
import { breaksSeparation } from '../role/separation';
import { User, USERNAME_MAX_LENGTH } from './user.entity';
import type { CreateUserInput, UpdateUserInput, UserFilter, UserSortField } from './user.inputs';

export async function listUsers(
  ctx: Context,
  filter: UserFilter = {},
  sort?: { field: UserSortField; direction: SortDirection }[],
  offset?: number,
  limit?: number,
) {
  const p = page(offset, limit);
  const conds: Record<string, unknown>[] = [];
  if (filter.orgId) conds.push(await subtreeCondition(ctx.em, filter.orgId, 'org'));
  if (filter.roleId) conds.push({ roles: isId(filter.roleId) ? filter.roleId : null });
  if (filter.gridId) conds.push({ grids: isId(filter.gridId) ? filter.gridId : null });
  if (filter.ids) conds.push({ id: { $in: filter.ids.filter(isId) } });
  if (filter.locked != null) conds.push(lockedCondition(ctx, filter.locked));
  const q = filter.q?.trim();
  if (q) conds.push({ $or: [{ username: { $ilike: like(q) } }, { name: { $ilike: like(q) } }] });
  const columns = { username: 'username', name: 'name', createdAt: 'createdAt', lastLoginAt: 'lastLoginAt' };
  return findPage(ctx, User, 'User', conds, { ...p, orderBy: orderBy(sort, columns) });
}

/** Filtering on the lock would reveal it, so only a caller who reads `lockedUntil` in full may filter on it. */
function lockedCondition(ctx: Context, locked: boolean): Record<string, unknown> {
  if (ctx.fieldAccess('User', 'lockedUntil') !== 'full') return { id: null };
  const now = new Date();
  return locked ? { lockedUntil: { $gt: now } } : { $or: [{ lockedUntil: null }, { lockedUntil: { $lte: now } }] };
}

export const getUser = (ctx: Context, id: string) => findReadable(ctx, User, 'User', id);

function checkPhone(errors: FieldErrors, phone: string | null | undefined) {
  const v = phone?.trim() || null;
  if (v && !/^\+?[0-9][0-9 -]{4,19}$/.test(v)) errors.add('phone', 'field.format');
  return v;
}

/** Roles the caller may see and may hand out. */
async function grantableRoles(ctx: Context, em: EntityManager, ids: string[]) {
  const roles = await Promise.all([...new Set(ids)].map((id) => findReferenced(ctx, em, Role, 'Role', 'roleIds', id)));
  for (const role of roles) assertGrantable(ctx, 'roleIds', role.scope, role.rules);
  if (breaksSeparation(roles.map((r) => r.code))) throw badField('roleIds', 'field.separation');
  return roles;
}

const referencedGrids = (ctx: Context, em: EntityManager, ids: string[]) =>
  Promise.all([...new Set(ids)].map((id) => findReferenced(ctx, em, Grid, 'Grid', 'gridIds', id)));

const snapshot = (u: User, roleIds: string[], gridIds: string[]) => ({
  username: u.username,
  name: u.name,
  phone: u.phone ?? null,
  orgId: u.org.id,
  roleIds: [...roleIds].sort(),
  gridIds: [...gridIds].sort(),
  mustChangePassword: u.mustChangePassword,
});

async function linkIds(em: EntityManager, table: 'user_role' | 'user_grid', column: string, userId: string) {
  const rows = await em.execute<{ id: string }[]>(`select ${column}::text as id from ${table} where user_id = ?`, [userId]);
  return rows.map((r) => r.id);
}

export async function createUser(ctx: Context, input: CreateUserInput): Promise<User> {
  return ctx.em.transactional(async (em) => {
    const errors = new FieldErrors();
    const username = text(errors, 'username', input.username, { required: true, max: USERNAME_MAX_LENGTH });
    if (username && !/^[A-Za-z0-9_.-]+$/.test(username)) errors.add('username', 'field.format');
    const name = text(errors, 'name', input.name, { required: true });
    const phone = checkPhone(errors, input.phone);
    if (!passwordAcceptable(input.password ?? '', username ?? '')) errors.add('password', 'field.password');
    const org = await findReferenced(ctx, em, Org, 'Org', 'orgId', input.orgId);
    const grids = await referencedGrids(ctx, em, input.gridIds ?? []);
    errors.throwIfAny();
    assertCan(ctx, 'create', 'User', { id: 'new', org: { id: org.id, path: org.path }, grids: grids.map((g) => ({ id: g.id })) });
    const roles = await grantableRoles(ctx, em, input.roleIds ?? []);
    if (await em.count(User, { username })) {
      throw new AppError('CONFLICT', 'conflict.duplicate', { field: 'username' }, { fields: [{ field: 'username', message: username! }] });
    }
    const user = em.create(User, {
      username: username!,
      name: name!,
      phone,
      org,
      passwordHash: await hashPassword(input.password),
      mustChangePassword: true,
      passwordChangedAt: new Date(),
    } as never);
    user.roles.set(roles);
    user.grids.set(grids);
    await em.flush();
    audit(ctx, em, {
      operation: 'createUser',
      targetType: 'User',
      targetId: user.id,
      after: snapshot(
        user,
        roles.map((r) => r.id),
        grids.map((g) => g.id),
      ),
    });
    return user;
  });
}

export async function updateUser(ctx: Context, id: string, input: UpdateUserInput, version?: number | null): Promise<User> {
  return ctx.em.transactional(async (em) => {
    const user = await findForWrite(ctx, em, User, 'User', 'update', id, { version, populate: ['org', 'roles', 'grids'] });
    assertManageable(ctx, user.roles.getItems());
    const before = snapshot(user, await linkIds(em, 'user_role', 'role_id', user.id), await linkIds(em, 'user_grid', 'grid_id', user.id));
    const errors = new FieldErrors();
    const name = input.name !== undefined ? text(errors, 'name', input.name, { required: true }) : user.name;
    const phone = input.phone !== undefined ? checkPhone(errors, input.phone) : user.phone;
    if (input.password !== undefined && !passwordAcceptable(input.password, user.username)) errors.add('password', 'field.password');
    const org = input.orgId && input.orgId !== user.org.id ? await findReferenced(ctx, em, Org, 'Org', 'orgId', input.orgId) : user.org;
    const grids = input.gridIds ? await referencedGrids(ctx, em, input.gridIds) : null;
    errors.throwIfAny();
    if (org.id !== user.org.id || grids) {
      assertCan(ctx, 'update', 'User', {
        id: user.id,
        org: { id: org.id, path: org.path },
        grids: (grids ?? user.grids.getItems()).map((g) => ({ id: g.id })),
      });
    }
    if (input.roleIds) {
      // Nobody widens or narrows their own roles, a system administrator least of all (三员分立).
      const held = new Set(user.roles.getItems().map((r) => r.id));
      const asked = new Set(input.roleIds);
      if (user.id === ctx.actor?.id && (held.size !== asked.size || [...asked].some((id) => !held.has(id)))) throw forbidden();
      user.roles.set(await grantableRoles(ctx, em, input.roleIds));
    }
    if (grids) user.grids.set(grids);
    em.assign(user, { name: name!, phone, org });
    if (input.password !== undefined) {
      em.assign(user, {
        passwordHash: await hashPassword(input.password),
        mustChangePassword: true,
        passwordChangedAt: new Date(),
        failedLogins: 0,
        lockedUntil: null,
      });
      await em.nativeUpdate(Session, { user: user.id, revokedAt: null }, { revokedAt: new Date() });
      await clearFailedLogins(ctx, user.username);
    }
    await em.flush();
    const after = snapshot(
      user,
      user.roles.getItems().map((r) => r.id),
      user.grids.getItems().map((g) => g.id),
    );
    const changes = diff(before, after);
    if (input.password !== undefined) changes.after = { ...changes.after, password: '******' };
    audit(ctx, em, { operation: 'updateUser', targetType: 'User', targetId: user.id, ...changes });
    return user;
  });
}

export async function deleteUser(ctx: Context, id: string): Promise<string> {
  return ctx.em.transactional(async (em) => {
    const user = await findForWrite(ctx, em, User, 'User', 'delete', id, { populate: ['org', 'roles'] });
    if (user.id === ctx.actor?.id) throw badField('id', 'forbidden');
    assertManageable(ctx, user.roles.getItems());
    await assertUnreferenced(ctx, em, 'User', user.id);
    const before = snapshot(user, await linkIds(em, 'user_role', 'role_id', user.id), await linkIds(em, 'user_grid', 'grid_id', user.id));
    audit(ctx, em, { operation: 'deleteUser', targetType: 'User', targetId: user.id, before });
    await em.nativeUpdate(Grid, { leader: user.id }, { leader: null });
    em.remove(user);
    return user.id;
  });
}

import type { EntityManager } from '@mikro-orm/postgresql';
import { assertCan, findForWrite, findPage, findReadable } from '../../core/access';
import type { Context } from '../../core/context';
import { AppError, badField, forbidden, unauthenticated } from '../../core/errors';
import { like, orderBy, page, type SortDirection } from '../../core/pagination';
import { FieldErrors, isId, text } from '../../core/validate';
import { audit, diff } from '../audit/audit.service';
import { User } from '../user/user.entity';
import { DataScope, type RawRule } from '../../core/rules';
import { Role } from './role.entity';
import type { CreateRoleInput, RoleFilter, RoleSortField, UpdateRoleInput } from './role.inputs';
import { ruleProblem, widerThan } from './role.rules';

const snapshot = (r: Role) => ({ code: r.code, name: r.name, scope: r.scope, rules: r.rules });

export async function listRoles(
  ctx: Context,
  filter: RoleFilter = {},
  sort?: { field: RoleSortField; direction: SortDirection }[],
  offset?: number,
  limit?: number,
) {
  const p = page(offset, limit);
  const conds: Record<string, unknown>[] = [];
  const q = filter.q?.trim();
  if (q) conds.push({ $or: [{ code: { $ilike: like(q) } }, { name: { $ilike: like(q) } }] });
  if (filter.scope) conds.push({ scope: filter.scope });
  if (filter.ids) conds.push({ id: { $in: filter.ids.filter(isId) } });
  return findPage(ctx, Role, 'Role', conds, { ...p, orderBy: orderBy(sort, { code: 'code', name: 'name', createdAt: 'createdAt' }) });
}

export const getRole = (ctx: Context, id: string) => findReadable(ctx, Role, 'Role', id);

function checkRules(ctx: Context, errors: FieldErrors, rules: unknown): RawRule[] {
  const problem = ruleProblem(ctx.registry, rules);
  if (problem) errors.add('rules', 'field.rules', { detail: problem });
  return rules as RawRule[];
}

/** Nobody hands out more than they hold: a role's scope and rules must fit inside the caller's own. */
export function assertGrantable(ctx: Context, field: string, scope: DataScope, rules: RawRule[]): void {
  if (!ctx.actor) throw unauthenticated();
  const wider = widerThan(ctx.registry, ctx.actor, scope, rules);
  if (wider) throw badField(field, 'field.tooWide', { detail: wider });
}

/**
 * An account is only as manageable as its widest role: the caller may change, reset the password of,
 * or delete it only if every role it holds is one the caller could grant.
 */
export function assertManageable(ctx: Context, heldRoles: { scope: DataScope; rules: RawRule[] }[]): void {
  if (!ctx.actor) throw unauthenticated();
  if (heldRoles.some((role) => widerThan(ctx.registry, ctx.actor!, role.scope, role.rules))) throw forbidden();
}

/** Changing a role changes every account holding it: the caller must be able to manage each of them. */
async function assertHoldersManageable(ctx: Context, em: EntityManager, role: Role): Promise<void> {
  const held = await em.execute<{ scope: DataScope; rules: RawRule[] }[]>(
    'select distinct r.id, r.scope, r.rules from role r join user_role ur on ur.role_id = r.id where ur.user_id in (select user_id from user_role where role_id = ?)',
    [role.id],
  );
  assertManageable(ctx, [role, ...held]);
  const where = ctx.where('update', 'User');
  const holders = await em.count(User, { roles: role.id });
  const updatable = where ? await em.count(User, { $and: [{ roles: role.id }, where] }) : 0;
  if (updatable < holders) throw forbidden();
}

async function checkCodeFree(em: EntityManager, code: string) {
  if (await em.count(Role, { code })) throw new AppError('CONFLICT', 'conflict.duplicate', { field: 'code' }, { fields: [{ field: 'code', message: code }] });
}

export async function createRole(ctx: Context, input: CreateRoleInput): Promise<Role> {
  return ctx.em.transactional(async (em) => {
    const errors = new FieldErrors();
    const code = text(errors, 'code', input.code, { required: true, max: 50 });
    if (code && !/^[a-z][a-z0-9_-]*$/i.test(code)) errors.add('code', 'field.format');
    const name = text(errors, 'name', input.name, { required: true });
    const rules = checkRules(ctx, errors, input.rules);
    errors.throwIfAny();
    assertCan(ctx, 'create', 'Role', {});
    assertGrantable(ctx, 'rules', input.scope, rules);
    await checkCodeFree(em, code!);
    const role = em.create(Role, { code: code!, name: name!, scope: input.scope, rules, builtIn: false } as never);
    await em.flush();
    audit(ctx, em, { operation: 'createRole', targetType: 'Role', targetId: role.id, after: snapshot(role) });
    return role;
  });
}

export async function updateRole(ctx: Context, id: string, input: UpdateRoleInput, version?: number | null): Promise<Role> {
  return ctx.em.transactional(async (em) => {
    const role = await findForWrite(ctx, em, Role, 'Role', 'update', id, { version });
    // Built-in roles are code (rewritten at every start): an edit would not last, so none is taken.
    if (role.builtIn) throw forbidden();
    await assertHoldersManageable(ctx, em, role);
    const before = snapshot(role);
    const errors = new FieldErrors();
    const name = input.name !== undefined ? text(errors, 'name', input.name, { required: true }) : role.name;
    const rules = input.rules !== undefined ? checkRules(ctx, errors, input.rules) : role.rules;
    errors.throwIfAny();
    const scope = input.scope ?? role.scope;
    assertGrantable(ctx, input.rules !== undefined ? 'rules' : 'scope', scope, rules);
    em.assign(role, { name: name!, scope, rules });
    await em.flush();
    audit(ctx, em, { operation: 'updateRole', targetType: 'Role', targetId: role.id, ...diff(before, snapshot(role)) });
    return role;
  });
}

export async function deleteRole(ctx: Context, id: string): Promise<string> {
  return ctx.em.transactional(async (em) => {
    const role = await findForWrite(ctx, em, Role, 'Role', 'delete', id);
    if (role.builtIn) throw forbidden();
    assertManageable(ctx, [role]);
    const [{ n }] = await em.execute<{ n: string }[]>('select count(*) as n from user_role where role_id = ?', [role.id]);
    if (Number(n) > 0) throw new AppError('CONFLICT', 'conflict.inUse', { type: 'Role' });
    audit(ctx, em, { operation: 'deleteRole', targetType: 'Role', targetId: role.id, before: snapshot(role) });
    em.remove(role);
    return role.id;
  });
}

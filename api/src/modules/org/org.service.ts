import type { EntityManager } from '@mikro-orm/postgresql';
import { subtreeRange } from '../../core/rules';
import { epochMap } from '../../core/identity-epoch';
import { assertCan, assertUnreferenced, findForWrite, findPage, findReadable, findReferenced } from '../../core/access';
import type { Context } from '../../core/context';
import { AppError, badField } from '../../core/errors';
import { like, orderBy, page, type SortDirection } from '../../core/pagination';
import { FieldErrors, isId, text } from '../../core/validate';
import { audit, diff } from '../audit/audit.service';
import { LEVEL_RANK, Org, OrgLevel } from './org.entity';
import type { CreateOrgInput, OrgFilter, OrgSortField, UpdateOrgInput } from './org.inputs';

const snapshot = (o: Org) => ({ code: o.code ?? null, name: o.name, level: o.level, parentId: o.parent?.id ?? null, path: o.path });

const orgPaths = epochMap<string, string>(100_000);

/**
 * The paths of orgs (null where there is none), read once per identity epoch (org paths change only
 * with it): those not yet read in one statement. For "this org and below" filters, whose result is
 * intersected with the caller's scope anyway, and for policy checks on rows already read in scope.
 */
export const cachedPathsOf = (em: EntityManager, orgIds: readonly string[]) =>
  orgPaths.loadMany(em, orgIds, async (missing) => {
    const ids = missing.filter(isId);
    const rows = ids.length
      ? await em.execute<{ id: string; path: string }[]>(`select id::text, path from org where id in (${ids.map(() => '?').join(',')})`, ids)
      : [];
    return new Map(rows.map((r) => [r.id, r.path]));
  });

export const cachedPathOf = async (em: EntityManager, orgId: string) => (await cachedPathsOf(em, [orgId]))[0]!;

/** Conditions for `orgId` filters ("this org and below") on an entity whose org path sits at `pathKey`. */
export async function subtreeCondition(em: EntityManager, orgId: string, pathKey: 'path' | 'org'): Promise<Record<string, unknown>> {
  const path = await cachedPathOf(em, orgId);
  if (!path) return { id: null };
  return pathKey === 'path' ? { path: subtreeRange(path) } : { org: { path: subtreeRange(path) } };
}

export async function listOrgs(
  ctx: Context,
  filter: OrgFilter = {},
  sort?: { field: OrgSortField; direction: SortDirection }[],
  offset?: number,
  limit?: number,
) {
  const p = page(offset, limit);
  const conds: Record<string, unknown>[] = [];
  if (filter.orgId) conds.push(await subtreeCondition(ctx.em, filter.orgId, 'path'));
  if (filter.parentId) conds.push({ parent: isId(filter.parentId) ? filter.parentId : null });
  if (filter.level) conds.push({ level: filter.level });
  if (filter.ids) conds.push({ id: { $in: filter.ids.filter(isId) } });
  if (filter.q?.trim()) conds.push({ $or: [{ name: { $ilike: like(filter.q.trim()) } }, { code: { $like: like(filter.q.trim()) } }] });
  return findPage(ctx, Org, 'Org', conds, { ...p, orderBy: orderBy(sort, { name: 'name', code: 'code', level: 'level', createdAt: 'createdAt' }) });
}

export const getOrg = (ctx: Context, id: string) => findReadable(ctx, Org, 'Org', id);

/** A root is a province or city; an administrative org ranks below its parent; a department hangs under an administrative org. */
export function checkPlacement(errors: FieldErrors, level: OrgLevel, parent: Pick<Org, 'level'> | null) {
  if (!parent) {
    if (level !== OrgLevel.PROVINCE && level !== OrgLevel.CITY) errors.add('parentId', 'field.rootLevel');
  } else if (parent.level === OrgLevel.DEPARTMENT || LEVEL_RANK[level] <= LEVEL_RANK[parent.level]) {
    errors.add('level', 'field.orgLevel', { parent: parent.level });
  }
}

async function checkCodeFree(em: EntityManager, code: string | null, exceptId?: string) {
  if (code && (await em.count(Org, { code, ...(exceptId ? { id: { $ne: exceptId } } : {}) }))) {
    throw new AppError('CONFLICT', 'conflict.duplicate', { field: 'code' }, { fields: [{ field: 'code', message: code }] });
  }
}

function validCode(errors: FieldErrors, code: string | null | undefined) {
  const v = code?.trim() || null;
  if (v && !/^\d{12}$/.test(v)) errors.add('code', 'field.orgCode');
  return v;
}

export async function createOrg(ctx: Context, input: CreateOrgInput): Promise<Org> {
  return ctx.em.transactional(async (em) => {
    const errors = new FieldErrors();
    const name = text(errors, 'name', input.name, { required: true });
    const code = validCode(errors, input.code);
    const parent = input.parentId ? await findReferenced(ctx, em, Org, 'Org', 'parentId', input.parentId) : null;
    checkPlacement(errors, input.level, parent);
    errors.throwIfAny();
    assertCan(ctx, 'create', 'Org', { parent: parent && { id: parent.id }, level: input.level, path: `${parent?.path ?? '/'}new/` });
    await checkCodeFree(em, code);
    const [{ id }] = await em.execute<{ id: string }[]>("select nextval('org_id_seq')::text as id");
    const org = em.create(Org, { id, name: name!, code, level: input.level, parent, path: `${parent?.path ?? '/'}${id}/` } as never);
    audit(ctx, em, { operation: 'createOrg', targetType: 'Org', targetId: id, after: snapshot(org) });
    return org;
  });
}

export async function updateOrg(ctx: Context, id: string, input: UpdateOrgInput, version?: number | null): Promise<Org> {
  return ctx.em.transactional(async (em) => {
    const org = await findForWrite(ctx, em, Org, 'Org', 'update', id, { version, populate: ['parent'] });
    const before = snapshot(org);
    const errors = new FieldErrors();
    const name = input.name !== undefined ? text(errors, 'name', input.name, { required: true }) : org.name;
    const code = input.code !== undefined ? validCode(errors, input.code) : org.code;
    const level = input.level ?? org.level;
    let parent = org.parent ?? null;
    if (input.parentId !== undefined && input.parentId !== (org.parent?.id ?? null)) {
      parent = await findReferenced(ctx, em, Org, 'Org', 'parentId', input.parentId);
      if (parent.path.startsWith(org.path)) throw badField('parentId', 'field.orgCycle');
    }
    checkPlacement(errors, level, parent);
    if (level !== org.level) {
      const [{ lowest }] = await em.execute<{ lowest: string | null }[]>(
        "select min(case level when 'PROVINCE' then 1 when 'CITY' then 2 when 'COUNTY' then 3 when 'TOWNSHIP' then 4 when 'COMMUNITY' then 5 else 6 end) as lowest from org where parent_id = ? and level <> 'DEPARTMENT'",
        [org.id],
      );
      if (lowest != null && Number(lowest) <= LEVEL_RANK[level]) errors.add('level', 'field.orgLevel', { parent: level });
    }
    errors.throwIfAny();
    await checkCodeFree(em, code ?? null, org.id);
    const path = `${parent?.path ?? '/'}${org.id}/`;
    if (path !== org.path) {
      assertCan(ctx, 'update', 'Org', { id: org.id, level, path });
      const range = subtreeRange(org.path);
      await em.execute('update org set path = ? || substr(path, ?) where path >= ? and path < ?', [path, org.path.length + 1, range.$gte, range.$lt]);
    }
    em.assign(org, { name: name!, code, level, parent, path });
    await em.flush();
    const changes = diff(before, snapshot(org));
    audit(ctx, em, { operation: 'updateOrg', targetType: 'Org', targetId: org.id, ...changes });
    return org;
  });
}

export async function deleteOrg(ctx: Context, id: string): Promise<string> {
  return ctx.em.transactional(async (em) => {
    const org = await findForWrite(ctx, em, Org, 'Org', 'delete', id);
    await assertUnreferenced(ctx, em, 'Org', org.id);
    audit(ctx, em, { operation: 'deleteOrg', targetType: 'Org', targetId: org.id, before: snapshot(org) });
    em.remove(org);
    return org.id;
  });
}

/** The org's ancestors from the root down, as far as the caller may see them. */
export async function ancestorsOf(ctx: Context, org: Org): Promise<Org[]> {
  const ids = org.path.split('/').filter(Boolean).slice(0, -1);
  const found = await ctx.loaders.orgById.loadMany(ids);
  return found.filter((o): o is Org => !!o && !(o instanceof Error));
}

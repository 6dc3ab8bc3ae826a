import type { EntityManager } from '@mikro-orm/postgresql';
import { assertCan, assertUnreferenced, findForWrite, findPage, findReadable, findReferenced } from '../../core/access';
import type { Context } from '../../core/context';
import { AppError } from '../../core/errors';
import { like, orderBy, page, type SortDirection } from '../../core/pagination';
import { FieldErrors, intRange, isId, text } from '../../core/validate';
import { audit, diff } from '../audit/audit.service';
import { Org, OrgLevel } from '../org/org.entity';
import { subtreeCondition } from '../org/org.service';
import { User } from '../user/user.entity';
import { Grid } from './grid.entity';
import { moveGridContents } from './grid.move';
import type { CreateGridInput, GridFilter, GridSortField, UpdateGridInput } from './grid.inputs';

export async function listGrids(
  ctx: Context,
  filter: GridFilter = {},
  sort?: { field: GridSortField; direction: SortDirection }[],
  offset?: number,
  limit?: number,
) {
  const p = page(offset, limit);
  const conds: Record<string, unknown>[] = [];
  if (filter.orgId) conds.push(await subtreeCondition(ctx.em, filter.orgId, 'org'));
  if (filter.parentId) conds.push({ parent: isId(filter.parentId) ? filter.parentId : null });
  if (filter.level) conds.push({ level: filter.level });
  if (filter.ids) conds.push({ id: { $in: filter.ids.filter(isId) } });
  const q = filter.q?.trim();
  if (q) conds.push({ $or: [{ name: { $ilike: like(q) } }, ...(/^\d{1,9}$/.test(q) ? [{ number: Number(q) }] : [])] });
  const columns = { number: 'number', name: 'name', level: 'level', households: 'households', createdAt: 'createdAt' };
  return findPage(ctx, Grid, 'Grid', conds, { ...p, orderBy: orderBy(sort, columns) });
}

export const getGrid = (ctx: Context, id: string) => findReadable(ctx, Grid, 'Grid', id);

type GridFields = Omit<CreateGridInput, 'orgId' | 'parentId' | 'leaderId' | 'workerIds'>;

function checkFields(errors: FieldErrors, input: Partial<GridFields>) {
  return {
    name: input.name !== undefined ? text(errors, 'name', input.name, { required: true }) : undefined,
    number: intRange(errors, 'number', input.number, 1, 99999),
    level: intRange(errors, 'level', input.level, 1, 3),
    boundary: input.boundary !== undefined ? text(errors, 'boundary', input.boundary, { max: 1000 }) : undefined,
    households: intRange(errors, 'households', input.households, 0, 100000),
    population: intRange(errors, 'population', input.population, 0, 1000000),
  };
}

/** A grid sits in a community or township; its parent grid is in the same org, exactly one level up. */
async function checkPlacement(ctx: Context, em: EntityManager, errors: FieldErrors, org: Org, level: number, parentId: string | null | undefined) {
  if (org.level !== OrgLevel.COMMUNITY && org.level !== OrgLevel.TOWNSHIP) errors.add('orgId', 'field.gridOrg');
  if (!parentId) {
    if (level > 1) errors.add('parentId', 'field.gridParentLevel');
    return null;
  }
  const parent = await findReferenced(ctx, em, Grid, 'Grid', 'parentId', parentId);
  if (parent.org.id !== org.id) errors.add('parentId', 'field.gridParentOrg');
  else if (parent.level !== level - 1) errors.add('parentId', 'field.gridParentLevel');
  return parent;
}

async function checkNumberFree(em: EntityManager, orgId: string, number: number, exceptId?: string) {
  if (await em.count(Grid, { org: orgId, number, ...(exceptId ? { id: { $ne: exceptId } } : {}) })) {
    throw new AppError('CONFLICT', 'conflict.duplicate', { field: 'number' }, { fields: [{ field: 'number', message: String(number) }] });
  }
}

async function referencedUsers(ctx: Context, em: EntityManager, field: string, ids: string[]) {
  return Promise.all([...new Set(ids)].map((id) => findReferenced(ctx, em, User, 'User', field, id)));
}

async function setWorkers(em: EntityManager, gridId: string, userIds: string[]) {
  await em.execute('delete from user_grid where grid_id = ?', [gridId]);
  if (userIds.length) {
    await em.execute(
      `insert into user_grid (user_id, grid_id) values ${userIds.map(() => '(?, ?)').join(', ')}`,
      userIds.flatMap((u) => [u, gridId]),
    );
  }
}

async function workerIdsOf(em: EntityManager, gridId: string): Promise<string[]> {
  const rows = await em.execute<{ id: string }[]>('select user_id::text as id from user_grid where grid_id = ? order by user_id', [gridId]);
  return rows.map((r) => r.id);
}

const snapshot = (g: Grid, workerIds: string[]) => ({
  orgId: g.org.id,
  parentId: g.parent?.id ?? null,
  number: g.number,
  name: g.name,
  level: g.level,
  boundary: g.boundary ?? null,
  households: g.households ?? null,
  population: g.population ?? null,
  leaderId: g.leader?.id ?? null,
  workerIds,
});

export async function createGrid(ctx: Context, input: CreateGridInput): Promise<Grid> {
  return ctx.em.transactional(async (em) => {
    const errors = new FieldErrors();
    const fields = checkFields(errors, input);
    const org = await findReferenced(ctx, em, Org, 'Org', 'orgId', input.orgId);
    const parent = await checkPlacement(ctx, em, errors, org, input.level, input.parentId);
    const leader = input.leaderId ? (await referencedUsers(ctx, em, 'leaderId', [input.leaderId]))[0]! : null;
    const workers = await referencedUsers(ctx, em, 'workerIds', input.workerIds ?? []);
    errors.throwIfAny();
    assertCan(ctx, 'create', 'Grid', { id: 'new', org: { id: org.id, path: org.path } });
    await checkNumberFree(em, org.id, input.number);
    const grid = em.create(Grid, {
      ...fields,
      name: fields.name!,
      number: input.number,
      level: input.level,
      geojson: input.geojson ?? null,
      org,
      parent,
      leader,
    } as never);
    await em.flush();
    await setWorkers(
      em,
      grid.id,
      workers.map((w) => w.id),
    );
    audit(ctx, em, {
      operation: 'createGrid',
      targetType: 'Grid',
      targetId: grid.id,
      after: snapshot(
        grid,
        workers.map((w) => w.id),
      ),
    });
    return grid;
  });
}

export async function updateGrid(ctx: Context, id: string, input: UpdateGridInput, version?: number | null): Promise<Grid> {
  return ctx.em.transactional(async (em) => {
    const grid = await findForWrite(ctx, em, Grid, 'Grid', 'update', id, { version, populate: ['org'] });
    const before = snapshot(grid, await workerIdsOf(em, grid.id));
    const errors = new FieldErrors();
    const fields = checkFields(errors, input);
    const org = input.orgId && input.orgId !== grid.org.id ? await findReferenced(ctx, em, Org, 'Org', 'orgId', input.orgId) : grid.org;
    if (org.id !== grid.org.id && (await em.count(Grid, { parent: grid.id }))) errors.add('orgId', 'field.hasChildren');
    const level = input.level ?? grid.level;
    const parentId = input.parentId !== undefined ? input.parentId : (grid.parent?.id ?? null);
    const parent = await checkPlacement(ctx, em, errors, org, level, parentId);
    if (parent && parent.id === grid.id) errors.add('parentId', 'field.orgCycle');
    const leader = input.leaderId ? (await referencedUsers(ctx, em, 'leaderId', [input.leaderId]))[0]! : input.leaderId === null ? null : grid.leader;
    const workers = input.workerIds ? await referencedUsers(ctx, em, 'workerIds', input.workerIds) : null;
    errors.throwIfAny();
    if (org.id !== grid.org.id) assertCan(ctx, 'update', 'Grid', { id: grid.id, org: { id: org.id, path: org.path } });
    const number = input.number ?? grid.number;
    if (number !== grid.number || org.id !== grid.org.id) await checkNumberFree(em, org.id, number, grid.id);
    const changes = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
    const fromOrgId = grid.org.id;
    em.assign(grid, { ...changes, ...(input.geojson !== undefined ? { geojson: input.geojson } : {}), org, parent, leader } as never);
    await em.flush();
    if (workers)
      await setWorkers(
        em,
        grid.id,
        workers.map((w) => w.id),
      );
    const moved = org.id !== fromOrgId ? await moveGridContents(ctx.registry, em, { gridId: grid.id, fromOrgId, toOrgId: org.id }) : null;
    const after = snapshot(grid, workers ? workers.map((w) => w.id).sort() : before.workerIds);
    const changed = diff(before, after);
    audit(ctx, em, {
      operation: 'updateGrid',
      targetType: 'Grid',
      targetId: grid.id,
      before: changed.before,
      after: moved ? { ...changed.after, moved } : changed.after,
    });
    return grid;
  });
}

export async function deleteGrid(ctx: Context, id: string): Promise<string> {
  return ctx.em.transactional(async (em) => {
    const grid = await findForWrite(ctx, em, Grid, 'Grid', 'delete', id);
    await assertUnreferenced(ctx, em, 'Grid', grid.id);
    audit(ctx, em, { operation: 'deleteGrid', targetType: 'Grid', targetId: grid.id, before: snapshot(grid, await workerIdsOf(em, grid.id)) });
    em.remove(grid);
    return grid.id;
  });
}

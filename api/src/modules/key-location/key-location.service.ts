import { assertCan, findForWrite, findPage, findReadable, findReferenced } from '../../core/access';
import type { Context } from '../../core/context';
import { like, orderBy, page, type SortDirection } from '../../core/pagination';
import { subtreeRange } from '../../core/rules';
import { FieldErrors, isId, text } from '../../core/validate';
import { audit, diff } from '../audit/audit.service';
import { Grid } from '../grid/grid.entity';
import { Org } from '../org/org.entity';
import { KeyLocation } from './key-location.entity';
import type { CreateKeyLocationInput, KeyLocationFilter, KeyLocationSortField, UpdateKeyLocationInput } from './key-location.inputs';

const snapshot = (k: KeyLocation) => ({ gridId: k.grid.id, name: k.name, kind: k.kind, address: k.address ?? null, notes: k.notes ?? null });

export async function listKeyLocations(
  ctx: Context,
  filter: KeyLocationFilter = {},
  sort?: { field: KeyLocationSortField; direction: SortDirection }[],
  offset?: number,
  limit?: number,
) {
  const p = page(offset, limit);
  const conds: Record<string, unknown>[] = [];
  if (filter.orgId) {
    const org = await findReferenced(ctx, ctx.em, Org, 'Org', 'filter.orgId', filter.orgId);
    conds.push({ org: { path: subtreeRange(org.path) } });
  }
  if (filter.gridId) conds.push({ grid: isId(filter.gridId) ? filter.gridId : null });
  if (filter.kind) conds.push({ kind: filter.kind });
  if (filter.ids) conds.push({ id: { $in: filter.ids.filter(isId) } });
  const q = filter.q?.trim();
  if (q) conds.push({ $or: [{ name: { $ilike: like(q) } }, { address: { $ilike: like(q) } }] });
  return findPage(ctx, KeyLocation, 'KeyLocation', conds, { ...p, orderBy: orderBy(sort, { name: 'name', kind: 'kind', createdAt: 'createdAt' }) });
}

export const getKeyLocation = (ctx: Context, id: string) => findReadable(ctx, KeyLocation, 'KeyLocation', id);

function fields(errors: FieldErrors, input: UpdateKeyLocationInput, required: boolean) {
  return {
    name: text(errors, 'name', input.name, { required, max: 100 }),
    kind: text(errors, 'kind', input.kind, { required, max: 50 }),
    address: text(errors, 'address', input.address, { max: 200 }),
    notes: text(errors, 'notes', input.notes, { max: 2000 }),
  };
}

/** Validate → the grid it names (within the caller's scope) → may the caller create one there → one transaction with its audit entry. */
export async function createKeyLocation(ctx: Context, input: CreateKeyLocationInput): Promise<KeyLocation> {
  return ctx.em.transactional(async (em) => {
    const errors = new FieldErrors();
    const values = fields(errors, input, true);
    errors.throwIfAny();
    const grid = await findReferenced(ctx, em, Grid, 'Grid', 'gridId', input.gridId);
    await em.populate(grid, ['org']);
    assertCan(ctx, 'create', 'KeyLocation', { org: { id: grid.org.id, path: grid.org.path }, grid: { id: grid.id }, kind: values.kind });
    const location = em.create(KeyLocation, { ...values, grid, org: grid.org } as never);
    await em.flush();
    audit(ctx, em, { operation: 'createKeyLocation', targetType: 'KeyLocation', targetId: location.id, after: snapshot(location) });
    return location;
  });
}

export async function updateKeyLocation(ctx: Context, id: string, input: UpdateKeyLocationInput, version?: number | null): Promise<KeyLocation> {
  return ctx.em.transactional(async (em) => {
    const location = await findForWrite(ctx, em, KeyLocation, 'KeyLocation', 'update', id, { version });
    const before = snapshot(location);
    const errors = new FieldErrors();
    const values = fields(errors, input, false);
    errors.throwIfAny();
    const changes = Object.fromEntries(Object.entries(values).filter(([k]) => input[k as keyof UpdateKeyLocationInput] !== undefined));
    em.assign(location, changes);
    await em.flush();
    audit(ctx, em, { operation: 'updateKeyLocation', targetType: 'KeyLocation', targetId: location.id, ...diff(before, snapshot(location)) });
    return location;
  });
}

export async function deleteKeyLocation(ctx: Context, id: string): Promise<string> {
  return ctx.em.transactional(async (em) => {
    const location = await findForWrite(ctx, em, KeyLocation, 'KeyLocation', 'delete', id);
    audit(ctx, em, { operation: 'deleteKeyLocation', targetType: 'KeyLocation', targetId: location.id, before: snapshot(location) });
    em.remove(location);
    return location.id;
  });
}

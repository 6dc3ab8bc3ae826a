import { assertCan, findForWrite, findPage, findReadable } from '../../core/access';
import type { Context } from '../../core/context';
import { AppError } from '../../core/errors';
import { like, orderBy, page, type SortDirection } from '../../core/pagination';
import { FieldErrors, intRange, isId, text } from '../../core/validate';
import { audit, diff } from '../audit/audit.service';
import { Dictionary } from './dictionary.entity';
import type { CreateDictionaryInput, DictionaryFilter, DictionarySortField, UpdateDictionaryInput } from './dictionary.inputs';

const snapshot = (d: Dictionary) => ({ type: d.type, code: d.code, name: d.name, sort: d.sort, enabled: d.enabled });
const CODE = /^[A-Za-z0-9_.-]+$/;

export async function listDictionaries(
  ctx: Context,
  filter: DictionaryFilter = {},
  sort?: { field: DictionarySortField; direction: SortDirection }[],
  offset?: number,
  limit?: number,
) {
  const p = page(offset, limit);
  const conds: Record<string, unknown>[] = [];
  if (filter.type) conds.push({ type: filter.type });
  if (filter.enabled != null) conds.push({ enabled: filter.enabled });
  if (filter.ids) conds.push({ id: { $in: filter.ids.filter(isId) } });
  const q = filter.q?.trim();
  if (q) conds.push({ $or: [{ code: { $ilike: like(q) } }, { name: { $ilike: like(q) } }] });
  const columns = { type: 'type', code: 'code', name: 'name', sort: 'sort' };
  return findPage(ctx, Dictionary, 'Dictionary', conds, {
    ...p,
    orderBy: orderBy(
      sort ?? [
        { field: 'type' as DictionarySortField, direction: 'ASC' as SortDirection },
        { field: 'sort' as DictionarySortField, direction: 'ASC' as SortDirection },
      ],
      columns,
    ),
  });
}

export const getDictionary = (ctx: Context, id: string) => findReadable(ctx, Dictionary, 'Dictionary', id);

export async function createDictionary(ctx: Context, input: CreateDictionaryInput): Promise<Dictionary> {
  return ctx.em.transactional(async (em) => {
    const errors = new FieldErrors();
    const type = text(errors, 'type', input.type, { required: true, max: 50 });
    if (type && !CODE.test(type)) errors.add('type', 'field.format');
    const code = text(errors, 'code', input.code, { required: true, max: 50 });
    if (code && !CODE.test(code)) errors.add('code', 'field.format');
    const name = text(errors, 'name', input.name, { required: true });
    intRange(errors, 'sort', input.sort, -100000, 100000);
    errors.throwIfAny();
    assertCan(ctx, 'create', 'Dictionary', {});
    if (await em.count(Dictionary, { type, code })) {
      throw new AppError('CONFLICT', 'conflict.duplicate', { field: 'code' }, { fields: [{ field: 'code', message: code! }] });
    }
    const entry = em.create(Dictionary, { type: type!, code: code!, name: name!, sort: input.sort ?? 0, enabled: input.enabled ?? true } as never);
    await em.flush();
    audit(ctx, em, { operation: 'createDictionary', targetType: 'Dictionary', targetId: entry.id, after: snapshot(entry) });
    return entry;
  });
}

export async function updateDictionary(ctx: Context, id: string, input: UpdateDictionaryInput, version?: number | null): Promise<Dictionary> {
  return ctx.em.transactional(async (em) => {
    const entry = await findForWrite(ctx, em, Dictionary, 'Dictionary', 'update', id, { version });
    const before = snapshot(entry);
    const errors = new FieldErrors();
    const name = input.name !== undefined ? text(errors, 'name', input.name, { required: true }) : entry.name;
    intRange(errors, 'sort', input.sort, -100000, 100000);
    errors.throwIfAny();
    em.assign(entry, { name: name!, sort: input.sort ?? entry.sort, enabled: input.enabled ?? entry.enabled });
    await em.flush();
    audit(ctx, em, { operation: 'updateDictionary', targetType: 'Dictionary', targetId: entry.id, ...diff(before, snapshot(entry)) });
    return entry;
  });
}

export async function deleteDictionary(ctx: Context, id: string): Promise<string> {
  return ctx.em.transactional(async (em) => {
    const entry = await findForWrite(ctx, em, Dictionary, 'Dictionary', 'delete', id);
    audit(ctx, em, { operation: 'deleteDictionary', targetType: 'Dictionary', targetId: entry.id, before: snapshot(entry) });
    em.remove(entry);
    return entry.id;
  });
}

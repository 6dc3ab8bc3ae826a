import { subject as asSubject } from '@casl/ability';
import { RawQueryFragment, Utils, type EntityName, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Reference, SubjectType } from './module';
import type { Action } from './rules';
import type { Context } from './context';
import { AppError, badField, forbidden, notFound, staleVersion } from './errors';
import { t } from './i18n';
import { READ_ITEMS, type ListPage } from './pagination';
import { attachRelations, itemReads, relationColumns, type ItemReads } from './relations';
import { findReadOnly, selectStatement, type Paging, type Statement } from './rows';
import { isId } from './validate';

type Row = { id: string; version?: number };

/** Reads one record within the caller's read scope; null when missing or outside it (indistinguishable by design). */
export async function findReadable<T extends Row>(ctx: Context, entity: EntityName<T>, subject: SubjectType, id: string): Promise<T | null> {
  if (!isId(id)) return null;
  return loadScoped(ctx, ctx.em, entity, subject, 'read', id);
}

async function loadScoped<T extends Row>(
  ctx: Context,
  em: EntityManager,
  entity: EntityName<T>,
  subject: SubjectType,
  action: Action,
  id: string,
  populate: string[] = [],
) {
  const scope = ctx.where(action, subject);
  if (!scope) return null;
  return em.findOne(entity, { $and: [{ id }, scope] } as FilterQuery<T>, { populate: populate as never[] });
}

/**
 * The record a mutation names, if the caller may `action` it: NOT_FOUND when they cannot even see it
 * (so existence does not leak), FORBIDDEN when they can see but not act, CONFLICT when `version` is stale.
 */
export async function findForWrite<T extends Row>(
  ctx: Context,
  em: EntityManager,
  entity: EntityName<T>,
  subject: SubjectType,
  action: Action,
  id: string,
  { version, populate }: { version?: number | null; populate?: string[] } = {},
): Promise<T> {
  if (!isId(id)) throw notFound(subject);
  const row = await loadScoped(ctx, em, entity, subject, action, id, populate);
  if (!row) {
    const visible = await loadScoped(ctx, em, entity, subject, 'read', id);
    throw visible ? forbidden() : notFound(subject);
  }
  if (version != null && row.version !== version) throw staleVersion();
  return row;
}

/** A record an input field refers to (a parent, an org): must exist within the caller's read scope. */
export async function findReferenced<T extends Row>(
  ctx: Context,
  em: EntityManager,
  entity: EntityName<T>,
  subject: SubjectType,
  field: string,
  id: string,
): Promise<T> {
  const row = isId(id) ? await loadScoped(ctx, em, entity, subject, 'read', id) : null;
  if (!row) throw badField(field, 'field.unknown');
  return row;
}

/** Throws FORBIDDEN unless the caller may `action` a record shaped like `object` (checked in memory before it exists). */
export function assertCan(ctx: Context, action: Action, subject: SubjectType, object: Record<string, unknown>): void {
  if (!ctx.ability.can(action, asSubject(subject, { ...object }))) throw forbidden();
}

/**
 * One page of the records matching `conditions` inside the caller's read scope, with the total the caller
 * may see, as read-only rows (core/rows.ts) with the relations named in `populate` joined. The rows are
 * read when first asked for: by GraphQL's `items`, in one statement with the relations it selects
 * (core/relations.ts).
 */
export async function findPage<T extends Row>(
  ctx: Context,
  entity: EntityName<T>,
  subject: SubjectType,
  conditions: Record<string, unknown>[],
  { offset, limit, orderBy, populate = [] }: { offset: number; limit: number; orderBy: Record<string, string>[]; populate?: readonly string[] },
): Promise<ListPage<T>> {
  const scope = ctx.where('read', subject);
  if (!scope) return { items: Promise.resolve([]), total: 0 };
  const where = { $and: [scope, ...conditions] } as FilterQuery<T>;
  // MikroORM forgets a raw SQL fragment once a query has used it: such conditions are counted at once.
  if (usesRawSql(conditions)) {
    const [items, total] = await ctx.em.findAndCount(entity, where, { orderBy: orderBy as never, populate: populate as never, offset, limit });
    return { items: Promise.resolve(items), total };
  }
  const paging = { orderBy, offset, limit };
  const read = (info?: GraphQLResolveInfo) => {
    const { props, relations } = info ? itemReads(ctx, ctx.em.getMetadata().get<T>(Utils.className(entity)), info) : WHOLE_ITEMS;
    // The same page of the same list, asked again by the same caller, is not rendered again.
    const key = pageKey(entity, subject, conditions, paging);
    const render = () => selectStatement(ctx.em, entity, where, paging, relationColumns(relations, '"e0"'), props);
    const reads = `${props?.join() ?? '*'}:${relations.map((r) => `${r.name}(${r.props?.join() ?? '*'})`).join(',')}`;
    const select = key === null ? render() : ctx.statement(`${key}:${reads}`, render);
    return findReadOnly(ctx.em, entity, where, { populate, select, onRows: (rows, records) => attachRelations(relations, rows, records) });
  };
  let items: Promise<T[]> | undefined;
  // Counted only when the response asks for it (GraphQL reads the getter only for a selected `total`).
  let total: Promise<number> | undefined;
  return {
    get items() {
      return (items ??= read());
    },
    [READ_ITEMS]: (info) => (items ??= read(info)),
    get total() {
      return (total ??= ctx.em.count(entity, where));
    },
  };
}

/** Items read for code, not for a GraphQL selection: every column, no relations. */
const WHOLE_ITEMS: ItemReads = { props: null, relations: [] };

/**
 * What a list's statement is built from besides the caller's scope, as a key; null when a condition holds
 * anything but plain data once JSON has called its toJSON (a RegExp, a class instance…): JSON would not
 * tell those apart.
 */
function pageKey<T extends object>(entity: EntityName<T>, subject: SubjectType, conditions: Record<string, unknown>[], paging: Paging): string | null {
  const plain = (_: string, value: unknown) => {
    if (value !== null && typeof value === 'object' && !Array.isArray(value) && ![Object.prototype, null].includes(Object.getPrototypeOf(value)))
      throw new TypeError('not plain data');
    return value;
  };
  try {
    return `page:${Utils.className(entity)}:${subject}:${JSON.stringify(conditions, plain)}:${JSON.stringify(paging)}`;
  } catch {
    return null;
  }
}

function usesRawSql(cond: unknown): boolean {
  if (!cond || typeof cond !== 'object') return false;
  if (RawQueryFragment.isRaw(cond)) return true;
  return Object.entries(cond).some(([key, value]) => RawQueryFragment.isKnownFragment(key) || usesRawSql(value));
}

/**
 * The SQL selecting `columns` (default: the id) of the rows of `entity` the caller may read that match
 * `conditions`, with its parameters: the caller's scope as MikroORM renders it, for a subquery or a derived table.
 */
export function scopedSelect<T extends object>(
  em: EntityManager,
  entity: new () => T,
  scope: Record<string, unknown>,
  conditions: Record<string, unknown>[],
  columns = ['id'],
): Statement {
  const qb = em
    .createQueryBuilder(entity, 's')
    .select(columns.map((c) => `s.${c}`))
    .where({ $and: [scope, ...conditions] } as FilterQuery<T>);
  const { sql, bindings } = qb.getKnexQuery().toSQL();
  return { sql, params: bindings as unknown[] };
}

/**
 * Whether a scope condition (from `ctx.where`) lets through every row whose org lies in the subtree
 * at `path`: unrestricted, or an org-subtree range containing it. Statistics read rollups only then;
 * any other shape (a grid, oneself, a denial) answers false and they count the scoped rows instead.
 */
export function scopeCoversSubtree(scope: unknown, path: string): boolean {
  if (scope === null || typeof scope !== 'object' || Array.isArray(scope)) return false;
  const entries = Object.entries(scope);
  if (entries.length === 0) return true;
  if (entries.length > 1) return entries.every(([k, v]) => scopeCoversSubtree({ [k]: v }, path));
  const [key, value] = entries[0]!;
  if (key === '$and') return Array.isArray(value) && value.every((c) => scopeCoversSubtree(c, path));
  if (key === '$or') return Array.isArray(value) && value.some((c) => scopeCoversSubtree(c, path));
  if (key !== 'org' || !value || typeof value !== 'object') return false;
  const range = (value as { path?: unknown }).path as { $gte?: unknown; $lt?: unknown } | undefined;
  if (!range || Object.keys(value).length !== 1 || Object.keys(range).length !== 2) return false;
  return typeof range.$gte === 'string' && typeof range.$lt === 'string' && range.$gte <= path && path < range.$lt;
}

/**
 * Before a delete: CONFLICT naming every kind of record that still refers to `id` through the
 * references the modules declare (`extensions.references` lists their message keys), so a delete
 * never reaches the database's RESTRICT keys.
 */
export async function assertUnreferenced(ctx: Context, em: EntityManager, target: Reference['target'], id: string): Promise<void> {
  const refs = ctx.registry.references.filter((r) => r.target === target);
  if (!refs.length) return;
  const sql = `${refs.map((r, i) => `select ${i} as i where exists (select 1 from "${r.table}" where "${r.column}" = ?)`).join(' union all ')} order by i`;
  const hits = await em.execute<{ i: number }[]>(
    sql,
    refs.map(() => id),
  );
  if (!hits.length) return;
  const kinds = [...new Set(hits.map((h) => refs[h.i]!.kind))];
  throw new AppError('CONFLICT', 'conflict.referenced', { type: target, by: kinds.map((k) => t(k)).join('、') }, { references: kinds });
}

import type { EntityName } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import type { Context, ReadableIds } from './context';
import { readOnlyRows } from './rows';
import type { SubjectType } from './module';

type Row = { id: string };

/** `and t.id in (…)` for the caller's readable ids of the table aliased `t`; nothing when every row is. */
const andReadable = (readable: NonNullable<ReadableIds>) => (readable.sql ? ` and t.id in (${readable.sql})` : '');

/**
 * The rows of `entity` whose `column` is one of `keys` and which the caller may read, ordered by the
 * columns `order`: one plain statement with the caller's readable ids (rendered once per caller).
 */
async function readableWhere<T extends Row>(
  ctx: Context,
  entity: new () => T,
  subject: SubjectType,
  column: string,
  keys: readonly string[],
  order: string[] = [],
) {
  const readable = ctx.readable(subject, entity);
  if (!readable) return [];
  const { tableName } = ctx.em.getMetadata().get(entity.name);
  const rows = await ctx.em.execute<Record<string, unknown>[]>(
    `select t.* from "${tableName}" t where t."${column}" in (${keys.map(() => '?').join(',')})${andReadable(readable)}
      ${order.length ? `order by ${order.map((c) => `t."${c}"`).join(', ')}` : ''}`,
    [...keys, ...readable.params],
  );
  return readOnlyRows(ctx.em, entity, rows);
}

/** The column of a property (a relation's foreign key). */
const columnOf = (ctx: Context, entity: new () => object, property: string) =>
  ctx.em.getMetadata().get(entity.name).properties[property as never]!.fieldNames[0]!;

/** Loads by id within the caller's read scope: anything outside it resolves to null, like a missing row. */
export function byId<T extends Row>(ctx: Context, entity: new () => T, subject: SubjectType) {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await readableWhere(ctx, entity, subject, 'id', ids);
    const found = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/** Loads the scoped rows whose `fk` column points at each key, ordered by `order`. */
export function byForeignKey<T extends Row>(ctx: Context, entity: new () => T, subject: SubjectType, fk: string, order: string) {
  return new DataLoader<string, T[]>(async (keys) => {
    const rows = await readableWhere(ctx, entity, subject, columnOf(ctx, entity, fk), keys, [columnOf(ctx, entity, order), 'id']);
    const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
    for (const row of rows) {
      const ref = (row as unknown as Record<string, { id: string } | undefined>)[fk];
      if (ref) groups.get(ref.id)?.push(row);
    }
    return keys.map((k) => groups.get(k)!);
  });
}

/**
 * Follows a pivot table from each key to the other side's rows, in one statement: the pivot joined to
 * the rows of `entity` the caller may read (its scope as `scopedSelect` renders it). The rows found also
 * fill `target`, that side's by-id loader (another module's, looked up when the batch runs).
 */
export function viaPivot<T extends Row>(
  ctx: Context,
  table: string,
  from: string,
  to: string,
  entity: new () => T,
  subject: SubjectType,
  target: () => DataLoader<string, T | null>,
) {
  return new DataLoader<string, T[]>(async (keys) => {
    const readable = ctx.readable(subject, entity);
    if (!readable) return keys.map(() => []);
    const { tableName } = ctx.em.getMetadata().get(entity.name);
    const rows = await ctx.em.execute<(Record<string, unknown> & { pivot_key: string })[]>(
      `select p."${from}"::text as pivot_key, t.* from "${table}" p join "${tableName}" t on t.id = p."${to}"
        where p."${from}" in (${keys.map(() => '?').join(',')})${andReadable(readable)} order by t.id`,
      [...keys, ...readable.params],
    );
    const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
    const loader = target();
    const records = readOnlyRows(ctx.em, entity, rows);
    rows.forEach(({ pivot_key }, i) => {
      const row = records[i]!;
      loader.prime(row.id, row);
      groups.get(pivot_key)?.push(row);
    });
    return keys.map((k) => groups.get(k)!);
  });
}

/**
 * Rows that belong to a parent the caller has already read through its scope (a task's history, a
 * person's service hours) and have no rules of their own: the parent id is the whole condition.
 */
export function childrenOf<T extends object>(ctx: Context, entity: EntityName<T>, parent: string, order: Record<string, 'asc' | 'desc'>[]) {
  return new DataLoader<string, T[]>(async (parentIds) => {
    const rows = await ctx.em.find(entity, { [parent]: { $in: [...parentIds] } } as never, { orderBy: order as never });
    const groups = new Map<string, T[]>(parentIds.map((id) => [id, []]));
    for (const row of rows) groups.get((row as Record<string, { id: string }>)[parent]!.id)?.push(row);
    return parentIds.map((id) => groups.get(id)!);
  });
}

/**
 * The per-request loaders of every module; each module declares the types of its own by augmenting
 * this interface (`declare module '../../core/loaders' { interface Loaders extends ReturnType<typeof taskLoaders> {} }`).
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Loaders {}

/** One set per request (graphql/dataloader's advice): batching and caching never cross callers. */
export function createLoaders(ctx: Context): Loaders {
  return Object.assign({}, ...ctx.registry.modules.map((m) => m.loaders?.(ctx) ?? {})) as Loaders;
}

import type { EntityName } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import type { Context, ReadableIds } from './context';
import { executeRead } from './prepared';
import type { Projection } from './projection';
import { fromJsonRows, jsonRow, readOnlyRows, type Statement } from './rows';
import type { DomainModule, SubjectType } from './module';
import type { Registry } from './registry';

type Row = { id: string };

/** Keys per batch: one statement's parameters stay far below PostgreSQL's 65,535, however many rows a nested list reaches. */
export const LOADER_BATCH_MAX = 1000;
const batchOptions = { maxBatchSize: LOADER_BATCH_MAX };

/**
 * Keys as `in (…)` placeholders, their count rounded up to a power of two (the last key repeated): a loader's
 * statement then has a few texts, not one per batch size, and each stays a prepared statement (core/prepared.ts).
 */
function keyList(keys: readonly string[]): { sql: string; params: string[] } {
  let size = 1;
  while (size < keys.length) size *= 2;
  const params = Array.from({ length: size }, (_, i) => keys[Math.min(i, keys.length - 1)]!);
  return { sql: `(${params.map(() => '?').join(',')})`, params };
}

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
  const list = keyList(keys);
  const rows = await executeRead(ctx.em, {
    sql: `select t.* from "${tableName}" t where t."${column}" in ${list.sql}${andReadable(readable)}
      ${order.length ? `order by ${order.map((c) => `t."${c}"`).join(', ')}` : ''}`,
    params: [...list.params, ...readable.params],
  });
  return readOnlyRows(ctx.em, entity, rows);
}

/**
 * How a list's own statement answers a loader for each of its rows (core/relations.ts): a correlated
 * subquery giving, as JSON, what the loader would read for the key in the outer row's `keyColumn`, within
 * the same scope, narrowed to the columns of `props`; and how that JSON becomes the loader's answer. Whole
 * records (`props` null) also fill the loaders' caches; narrowed ones stay with the row they were read for.
 * `subquery` is null when the caller reads none of the rows (the loader answers without SQL).
 */
export interface Prefetch {
  /** The entity whose rows the subquery reads. */
  entity: new () => object;
  subquery(): ((keyColumn: string, props: Projection) => Statement) | null;
  read(key: string, value: unknown, props: Projection): unknown;
}

const prefetches = new WeakMap<DataLoader<string, unknown>, Prefetch>();

export const prefetchOf = (loader: DataLoader<string, unknown>): Prefetch | undefined => prefetches.get(loader);

function withPrefetch<L extends DataLoader<string, unknown>>(
  loader: L,
  entity: new () => object,
  { subquery, read }: { subquery: Prefetch['subquery']; read(value: unknown, props: Projection): unknown },
): L {
  prefetches.set(loader, {
    entity,
    subquery,
    read(key, value, props) {
      const answer = read(value, props);
      if (!props) loader.prime(key, answer);
      return answer;
    },
  });
  return loader;
}

/** `select <rows as JSON> from <from> where <key> = <keyColumn>` in the caller's scope; `many`: all of them in `order`, else the one. */
function subquery(ctx: Context, entity: new () => Row, subject: SubjectType, from: string, key: string, many: string[] | null) {
  return (): ((keyColumn: string, props: Projection) => Statement) | null => {
    const readable = ctx.readable(subject, entity);
    if (!readable) return null;
    return (keyColumn, props) => {
      const row = jsonRow(ctx.em, entity, 't', props);
      const value = many ? `coalesce(json_agg(${row} order by ${many.map((c) => `t."${c}"`).join(', ')}), '[]')` : row;
      return { sql: `(select ${value} from ${from} where ${key} = ${keyColumn}${andReadable(readable)})`, params: readable.params };
    };
  };
}

/** The column of a property (a relation's foreign key). */
const columnOf = (ctx: Context, entity: new () => object, property: string) =>
  ctx.em.getMetadata().get(entity.name).properties[property as never]!.fieldNames[0]!;

/** Loads by id within the caller's read scope: anything outside it resolves to null, like a missing row. */
export function byId<T extends Row>(ctx: Context, entity: new () => T, subject: SubjectType) {
  const loader = new DataLoader<string, T | null>(async (ids) => {
    const rows = await readableWhere(ctx, entity, subject, 'id', ids);
    const found = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => found.get(id) ?? null);
  }, batchOptions);
  const { tableName } = ctx.em.getMetadata().get(entity.name);
  return withPrefetch(loader, entity, {
    subquery: subquery(ctx, entity, subject, `"${tableName}" t`, 't."id"', null),
    read: (value, props) => (value ? fromJsonRows(ctx.em, entity, [value as unknown[]], props)[0]! : null),
  });
}

/** Loads the scoped rows whose `fk` column points at each key, ordered by `order`. */
export function byForeignKey<T extends Row>(ctx: Context, entity: new () => T, subject: SubjectType, fk: string, order: string) {
  const column = columnOf(ctx, entity, fk);
  const orderColumns = [columnOf(ctx, entity, order), 'id'];
  const loader = new DataLoader<string, T[]>(async (keys) => {
    const rows = await readableWhere(ctx, entity, subject, column, keys, orderColumns);
    const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
    for (const row of rows) {
      const ref = (row as unknown as Record<string, { id: string } | undefined>)[fk];
      if (ref) groups.get(ref.id)?.push(row);
    }
    return keys.map((k) => groups.get(k)!);
  }, batchOptions);
  const { tableName } = ctx.em.getMetadata().get(entity.name);
  return withPrefetch(loader, entity, {
    subquery: subquery(ctx, entity, subject, `"${tableName}" t`, `t."${column}"`, orderColumns),
    read: (value, props) => fromJsonRows(ctx.em, entity, value as unknown[][], props),
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
  const { tableName } = ctx.em.getMetadata().get(entity.name);
  const loader = new DataLoader<string, T[]>(async (keys) => {
    const readable = ctx.readable(subject, entity);
    if (!readable) return keys.map(() => []);
    const list = keyList(keys);
    const rows = await executeRead<Record<string, unknown> & { pivot_key: string }>(ctx.em, {
      sql: `select p."${from}"::text as pivot_key, t.* from "${table}" p join "${tableName}" t on t.id = p."${to}"
        where p."${from}" in ${list.sql}${andReadable(readable)} order by t.id`,
      params: [...list.params, ...readable.params],
    });
    const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
    const records = readOnlyRows(ctx.em, entity, rows);
    const byId = target();
    rows.forEach(({ pivot_key }, i) => {
      const row = records[i]!;
      byId.prime(row.id, row);
      groups.get(pivot_key)?.push(row);
    });
    return keys.map((k) => groups.get(k)!);
  }, batchOptions);
  return withPrefetch(loader, entity, {
    subquery: subquery(ctx, entity, subject, `"${table}" p join "${tableName}" t on t.id = p."${to}"`, `p."${from}"`, ['id']),
    read: (value, props) => {
      const records = fromJsonRows(ctx.em, entity, value as unknown[][], props);
      if (!props) {
        const byId = target();
        for (const row of records) byId.prime(row.id, row);
      }
      return records;
    },
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
  }, batchOptions);
}

/**
 * The per-request loaders of every module; each module declares the types of its own by augmenting
 * this interface (`declare module '../../core/loaders' { interface Loaders extends ReturnType<typeof taskLoaders> {} }`).
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Loaders {}

const loaderSets = new WeakMap<Registry, new (ctx: Context) => Loaders>();

/**
 * One set per request (graphql/dataloader's advice): batching and caching never cross callers. A module's
 * loaders are made when the request first uses one of them: most requests use one or two modules' loaders.
 */
export function createLoaders(ctx: Context): Loaders {
  let LoaderSet = loaderSets.get(ctx.registry);
  if (!LoaderSet) loaderSets.set(ctx.registry, (LoaderSet = loaderSetOf(ctx)));
  return new LoaderSet(ctx);
}

const CONTEXT = Symbol('context');
const MADE = Symbol('made');

/** A class whose instances make each module's loaders on first use; which module makes which loader is learned by making them all once. */
function loaderSetOf(ctx: Context): new (ctx: Context) => Loaders {
  class LoaderSet {
    readonly [CONTEXT]: Context;
    readonly [MADE] = new Map<DomainModule, Record<string, unknown>>();
    constructor(context: Context) {
      this[CONTEXT] = context;
    }
  }
  for (const module of ctx.registry.modules)
    for (const key of Object.keys(module.loaders?.(ctx) ?? {}))
      Object.defineProperty(LoaderSet.prototype, key, {
        get(this: LoaderSet) {
          let made = this[MADE].get(module);
          if (!made) this[MADE].set(module, (made = module.loaders!(this[CONTEXT]) as Record<string, unknown>));
          return made[key];
        },
      });
  return LoaderSet as unknown as new (ctx: Context) => Loaders;
}

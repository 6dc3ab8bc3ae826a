import type { EntityName } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import type { Context } from './context';
import type { SubjectType } from './module';

type Row = { id: string };

/** Loads by id within the caller's read scope: anything outside it resolves to null, like a missing row. */
export function byId<T extends Row>(ctx: Context, entity: EntityName<T>, subject: SubjectType) {
  return new DataLoader<string, T | null>(async (ids) => {
    const scope = ctx.where('read', subject);
    if (!scope) return ids.map(() => null);
    const rows = await ctx.em.find(entity, { $and: [{ id: { $in: [...ids] } }, scope] } as never);
    const found = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/** Loads the scoped rows whose `fk` column points at each key, ordered by `order`. */
export function byForeignKey<T extends Row>(ctx: Context, entity: EntityName<T>, subject: SubjectType, fk: string, order: string) {
  return new DataLoader<string, T[]>(async (keys) => {
    const scope = ctx.where('read', subject);
    if (!scope) return keys.map(() => []);
    const rows = await ctx.em.find(entity, { $and: [{ [fk]: { $in: [...keys] } }, scope] } as never, {
      orderBy: [{ [order]: 'asc' }, { id: 'asc' }] as never,
    });
    const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
    for (const row of rows) {
      const ref = (row as unknown as Record<string, { id: string } | undefined>)[fk];
      if (ref) groups.get(ref.id)?.push(row);
    }
    return keys.map((k) => groups.get(k)!);
  });
}

/** Follows a pivot table from each key to the other side's ids, then loads those through a scoped loader. */
/** `target` is another module's by-id loader, looked up when the batch runs (loaders are made module by module). */
export function viaPivot<T extends Row>(ctx: Context, table: string, from: string, to: string, target: () => DataLoader<string, T | null>) {
  return new DataLoader<string, T[]>(async (keys) => {
    const rows = await ctx.em.execute<{ k: string; v: string }[]>(
      `select "${from}"::text as k, "${to}"::text as v from "${table}" where "${from}" in (${keys.map(() => '?').join(',')})`,
      [...keys],
    );
    const targets = new Map<string, T | null>();
    const ids = [...new Set(rows.map((r) => r.v))];
    (await target().loadMany(ids)).forEach((t, i) => targets.set(ids[i]!, t instanceof Error ? null : t));
    return keys.map((k) =>
      rows
        .filter((r) => r.k === k)
        .map((r) => targets.get(r.v))
        .filter((t): t is T => !!t),
    );
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

import type DataLoader from 'dataloader';
import type { EntityMetadata } from '@mikro-orm/core';
import { getNamedType, Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { Context } from './context';
import { prefetchOf, type Loaders, type Prefetch } from './loaders';
import type { Statement } from './rows';

/**
 * A field of a record answered by one of the request's loaders, keyed by the record's `id` or by the id
 * its to-one relation `key` holds. A module declares them per GraphQL type (`relations` in its module)
 * and its field resolvers answer them with `related`; a list reads the selected ones in its own statement
 * (`selectedRelations`, `relationColumns`, `primeRelations`).
 */
export interface Relation<K extends keyof Loaders = keyof Loaders> {
  loader: K;
  key: string;
}

export const relation = <K extends keyof Loaders>(loader: K, key: string): Relation<K> => ({ loader, key });

type Loaded<K extends keyof Loaders> = Loaders[K] extends DataLoader<string, infer V> ? V : never;

const keyOf = (record: object, key: string): string | null | undefined =>
  key === 'id' ? (record as { id: string }).id : (record as Record<string, { id: string } | null | undefined>)[key]?.id;

/** What the relation holds for `record`: null when its to-one key is empty; at once when the record's list read it. */
export function related<K extends keyof Loaders>(ctx: Context, relation: Relation<K>, record: object): Loaded<K> | Promise<Loaded<K>> | null {
  const key = keyOf(record, relation.key);
  if (key == null) return null;
  const loader = ctx.loaders[relation.loader] as unknown as DataLoader<string, Loaded<K>>;
  const primed = prefetchOf(loader)?.primed;
  return primed?.has(key) ? (primed.get(key) as Loaded<K>) : loader.load(key);
}

/** The fields `info`'s selection asks of each item (through fragments too). */
function selectedFields(info: GraphQLResolveInfo): Set<string> {
  const fields = new Set<string>();
  const visit = (set: SelectionSetNode | undefined) => {
    for (const s of set?.selections ?? []) {
      if (s.kind === Kind.FIELD) fields.add(s.name.value);
      else if (s.kind === Kind.INLINE_FRAGMENT) visit(s.selectionSet);
      else visit(info.fragments[s.name.value]?.selectionSet);
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet);
  return fields;
}

/** A relation a list reads with its rows: the field it answers, the row's key column, and its subquery in the caller's scope. */
export interface ListedRelation {
  name: string;
  keyColumn: string;
  subquery: (keyColumn: string) => Statement;
  prime: Prefetch['prime'];
}

/**
 * The relations of the items of a list (entity `meta`) that `info` selects and a list can read with its rows:
 * declared for the item's GraphQL type, answered by a loader that can prefetch, and readable by the caller.
 */
export function selectedRelations(ctx: Context, meta: EntityMetadata, info: GraphQLResolveInfo): ListedRelation[] {
  const relations = ctx.registry.relations[getNamedType(info.returnType).name];
  if (!relations) return [];
  const listed: ListedRelation[] = [];
  for (const name of [...selectedFields(info)].sort()) {
    const rel = relations[name];
    const prefetch = rel && prefetchOf(ctx.loaders[rel.loader] as unknown as DataLoader<string, unknown>);
    const subquery = prefetch?.subquery();
    if (!rel || !prefetch || !subquery) continue;
    const keyColumn = rel.key === 'id' ? 'id' : meta.props.find((p) => p.name === rel.key)!.fieldNames[0]!;
    listed.push({ name, keyColumn, subquery, prime: prefetch.prime });
  }
  return listed;
}

/** The relations as extra columns of the list's statement (its rows aliased `alias`), named after their fields. */
export function relationColumns(relations: readonly ListedRelation[], alias: string): Statement {
  const columns = relations.map((r) => ({ name: r.name, ...r.subquery(`${alias}."${r.keyColumn}"`) }));
  return { sql: columns.map((c) => `, ${c.sql} as "__${c.name}"`).join(''), params: columns.flatMap((c) => c.params) };
}

/** Hands each row's relation values to the loaders, so resolving the fields reads no more. */
export function primeRelations(relations: readonly ListedRelation[], rows: Record<string, unknown>[]): void {
  for (const row of rows)
    for (const r of relations) {
      const key = row[r.keyColumn];
      if (key != null) r.prime(String(key), row[`__${r.name}`]);
    }
}

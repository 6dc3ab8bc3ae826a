import type DataLoader from 'dataloader';
import type { EntityMetadata } from '@mikro-orm/core';
import { getNamedType, isObjectType, type GraphQLResolveInfo } from 'graphql';
import type { Context } from './context';
import { prefetchOf, type Loaders, type Prefetch } from './loaders';
import { projectionOf, selectedFields, type Projection } from './projection';
import type { Statement } from './rows';

/**
 * A field of a record answered by one of the request's loaders, keyed by the record's `id` or by the id
 * its to-one relation `key` holds. A module declares them per GraphQL type (`relations` in its module)
 * and its field resolvers answer them with `related`; a list reads the selected ones in its own statement
 * (`itemReads`, `relationColumns`, `attachRelations`).
 */
export interface Relation<K extends keyof Loaders = keyof Loaders> {
  loader: K;
  key: string;
}

export const relation = <K extends keyof Loaders>(loader: K, key: string): Relation<K> => ({ loader, key });

type Loaded<K extends keyof Loaders> = Loaders[K] extends DataLoader<string, infer V> ? V : never;

const keyOf = (record: object, key: string): string | null | undefined =>
  key === 'id' ? (record as { id: string }).id : (record as Record<string, { id: string } | null | undefined>)[key]?.id;

const READ_WITH_ROW = Symbol('readWithRow');

type WithRelations = { [READ_WITH_ROW]?: Map<Relation, unknown> };

/** What the relation holds for `record`: null when its to-one key is empty; at once when the record's list read it. */
export function related<K extends keyof Loaders>(ctx: Context, relation: Relation<K>, record: object): Loaded<K> | Promise<Loaded<K>> | null {
  const key = keyOf(record, relation.key);
  if (key == null) return null;
  const read = (record as WithRelations)[READ_WITH_ROW];
  if (read?.has(relation)) return read.get(relation) as Loaded<K>;
  return (ctx.loaders[relation.loader] as unknown as DataLoader<string, Loaded<K>>).load(key);
}

/** A relation a list reads with its rows: the field it answers, the row's key column, the related rows' columns, and its subquery in the caller's scope. */
export interface ListedRelation {
  name: string;
  relation: Relation;
  keyColumn: string;
  props: Projection;
  subquery: (keyColumn: string, props: Projection) => Statement;
  read: Prefetch['read'];
}

/** What a list of `meta` reads of each item for the selection `info` makes: its columns and its relations. */
export interface ItemReads {
  props: Projection;
  relations: ListedRelation[];
}

/**
 * The columns of the items of a list (entity `meta`) that `info` selects, and the relations it selects that a
 * list can read with its rows: declared for the item's GraphQL type, answered by a loader that can prefetch,
 * and readable by the caller; each relation narrowed to the columns its own selection reads.
 */
export function itemReads(ctx: Context, meta: EntityMetadata, info: GraphQLResolveInfo): ItemReads {
  const type = getNamedType(info.returnType);
  const fields = selectedFields(
    info.fieldNodes.map((n) => n.selectionSet),
    info.fragments,
  );
  const props = projectionOf(ctx.registry, meta, type.name, fields);
  const relations = ctx.registry.relations[type.name];
  if (!relations || !isObjectType(type)) return { props, relations: [] };
  const listed: ListedRelation[] = [];
  for (const name of [...fields.keys()].sort()) {
    const rel = relations[name];
    const prefetch = rel && prefetchOf(ctx.loaders[rel.loader] as unknown as DataLoader<string, unknown>);
    const subquery = prefetch?.subquery();
    if (!rel || !prefetch || !subquery) continue;
    const keyColumn = rel.key === 'id' ? 'id' : meta.props.find((p) => p.name === rel.key)!.fieldNames[0]!;
    const target = ctx.em.getMetadata().get(prefetch.entity.name);
    const relatedType = getNamedType(type.getFields()[name]!.type).name;
    const relatedProps = projectionOf(ctx.registry, target, relatedType, selectedFields(fields.get(name)!, info.fragments));
    listed.push({ name, relation: rel, keyColumn, props: relatedProps, subquery, read: prefetch.read });
  }
  return { props, relations: listed };
}

/** The relations as extra columns of the list's statement (its rows aliased `alias`), named after their fields. */
export function relationColumns(relations: readonly ListedRelation[], alias: string): Statement {
  const columns = relations.map((r) => ({ name: r.name, ...r.subquery(`${alias}."${r.keyColumn}"`, r.props) }));
  return { sql: columns.map((c) => `, ${c.sql} as "__${c.name}"`).join(''), params: columns.flatMap((c) => c.params) };
}

/** Gives each record what its row read of each relation, so resolving the fields reads no more. */
export function attachRelations(relations: readonly ListedRelation[], rows: Record<string, unknown>[], records: object[]): void {
  if (!relations.length) return;
  rows.forEach((row, i) => {
    const read = new Map<Relation, unknown>();
    for (const r of relations) {
      const key = row[r.keyColumn];
      if (key != null) read.set(r.relation, r.read(String(key), row[`__${r.name}`], r.props));
    }
    (records[i] as WithRelations)[READ_WITH_ROW] = read;
  });
}

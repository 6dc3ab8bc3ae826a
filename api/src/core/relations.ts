import type DataLoader from 'dataloader';
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { Context } from './context';
import { prefetchOf, type Loaders } from './loaders';
import type { Statement } from './rows';

/**
 * A field of a record answered by one of the request's loaders, keyed by the record's `id` or by the id
 * its to-one relation `key` holds. A module declares them per GraphQL type (`relations` in its module)
 * and its field resolvers answer them with `related`; a list reads the selected ones in its own statement.
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
export function selectedFields(info: GraphQLResolveInfo): Set<string> {
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

/**
 * The selected relations of a list's rows as extra columns of its statement (its rows aliased `alias`,
 * `columnOf` giving a property's column): one correlated subquery each, in the caller's scope, named
 * after the field. `prime` hands each row's values to the loaders, so resolving the field reads no more.
 */
export function prefetchColumns(
  ctx: Context,
  relations: Record<string, Relation> | undefined,
  fields: Iterable<string>,
  alias: string,
  columnOf: (property: string) => string,
): { names: string[]; columns: Statement; prime(rows: Record<string, unknown>[]): void } {
  const parts: { name: string; keyColumn: string; sql: string; params: unknown[]; prime: (key: string, value: unknown) => void }[] = [];
  for (const name of [...fields].sort()) {
    const rel = relations?.[name];
    const prefetch = rel && prefetchOf(ctx.loaders[rel.loader] as unknown as DataLoader<string, unknown>);
    if (!rel || !prefetch) continue;
    const keyColumn = rel.key === 'id' ? 'id' : columnOf(rel.key);
    const column = prefetch.column(`${alias}."${keyColumn}"`);
    if (column) parts.push({ name, keyColumn, ...column, prime: prefetch.prime });
  }
  return {
    names: parts.map((p) => p.name),
    columns: { sql: parts.map((p) => `, ${p.sql} as "__${p.name}"`).join(''), params: parts.flatMap((p) => p.params) },
    prime(rows) {
      for (const row of rows)
        for (const p of parts) {
          const key = row[p.keyColumn];
          if (key != null) p.prime(String(key), row[`__${p.name}`]);
        }
    },
  };
}

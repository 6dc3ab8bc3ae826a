import { isObjectType, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import { Field, InputType, Int, ObjectType, registerEnumType, type ClassType } from 'type-graphql';
import { badField } from './errors';

export const MAX_LIMIT = 500;
/** Deeper pages cost a scan of every row skipped; a narrower filter or the export reaches them instead. */
export const MAX_OFFSET = 10_000;

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection' });

export interface Page {
  offset: number;
  limit: number;
}

/** Limits above the cap are refused, not silently cut, so a client never mistakes a partial page for all. */
export function page(offset = 0, limit = 25): Page {
  if (!Number.isInteger(offset) || offset < 0) throw badField('offset', 'field.min', { min: 0 });
  if (offset > MAX_OFFSET) throw badField('offset', 'field.offset', { max: MAX_OFFSET });
  if (!Number.isInteger(limit) || limit < 1) throw badField('limit', 'field.min', { min: 1 });
  if (limit > MAX_LIMIT) throw badField('limit', 'field.limit', { max: MAX_LIMIT });
  return { offset, limit };
}

/** Turns `[{ field: NAME, direction: DESC }]` into MikroORM's orderBy, always ending on id for a stable order. */
export function orderBy(sort: { field: string; direction: SortDirection }[] | undefined, columns: Record<string, string>) {
  const order = (sort ?? []).map((s) => ({ [columns[s.field]!]: s.direction === SortDirection.DESC ? 'desc' : 'asc' }));
  return [...order, { id: 'asc' }] as Record<string, 'asc' | 'desc'>[];
}

/** Text search on a column: `q` as a literal substring, case-insensitive. */
export function like(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The `ThingSort` input of CONTRACT: `{ field: ThingSortField!, direction: ASC | DESC }`. */
export function sortInput<F extends Record<string, string>>(name: string, fields: F) {
  @InputType(`${name}Sort`)
  class Sort {
    @Field(() => fields)
    field!: F[keyof F];

    @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
    direction!: SortDirection;
  }
  return Sort;
}

/** A page's rows as GraphQL's `items` reads them: with the relations its selection asks for (`findPage`). */
export const READ_ITEMS = Symbol('readItems');

/** One page of a list, as `findPage` answers: rows read when first asked for, the total counted only if asked. */
export interface ListPage<T> {
  readonly items: Promise<T[]>;
  readonly total: number | Promise<number>;
  [READ_ITEMS]?: (info: GraphQLResolveInfo) => Promise<T[]>;
}

const listTypes = new Set<string>();

/** The `items` of every `ThingList` hand their selection to a page that can use it. */
export function resolveListItems(schema: GraphQLSchema): GraphQLSchema {
  for (const name of listTypes) {
    const type = schema.getType(name);
    if (!isObjectType(type)) continue;
    type.getFields().items!.resolve = (list: ListPage<unknown>, _args, _ctx, info) => (list[READ_ITEMS] ? list[READ_ITEMS](info) : list.items);
  }
  return schema;
}

/** The `ThingList` of CONTRACT: one page of items and the total the caller may see. */
export function listOf<T extends object>(item: ClassType<T>) {
  listTypes.add(`${item.name}List`);
  @ObjectType(`${item.name}List`)
  class List {
    @Field(() => [item])
    items!: T[];

    @Field(() => Int, { description: 'Counts only what the caller may see' })
    total!: number;
  }
  return List;
}

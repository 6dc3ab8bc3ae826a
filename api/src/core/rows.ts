import { Collection, ReferenceKind, type EntityMetadata, type EntityName, type EntityProperty, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { executeRead } from './prepared';
import type { Projection } from './projection';

/**
 * Records read for display only: MikroORM renders the SQL and converts each column to its property's
 * type, but the rows are not hydrated into its unit of work (identity map, change-set snapshot, relation
 * propagation), which cost about 60 µs per grid, most of a list request. They are instances of the entity
 * class, so `instanceof` and CASL's subject type hold; a relation is a bare record of its class holding
 * only the id (as an unpopulated MikroORM reference would), a collection is uninitialized, hidden properties
 * (a password hash) are left out. Never persist
 * them: a record to change is read with `findForWrite`.
 */
export function readOnlyRows<T extends object>(em: EntityManager, entity: EntityName<T>, rows: Record<string, unknown>[]): T[] {
  const meta = em.getMetadata().get<T>(entity as string | (new () => T) as never);
  const comparator = em.getComparator();
  return rows.map((row) => detach(meta, comparator.mapResult(meta.className, row) as Record<string, unknown>) as T);
}

/** Columns whose values pg hands over as text (its int8 and numeric), which JSON would turn into numbers. */
const TEXT_IN_PG = /^(bigint|int8|bigserial|serial8|numeric|decimal)/i;

type Column = { name: string; type: string };

/** By entity for whole rows, by projection for narrowed ones (each belongs to one entity: core/projection.ts). */
const columnLists = new WeakMap<object, Column[]>();

/**
 * The columns of `entity`'s table but its hidden properties', each with its SQL type, in the order of its
 * properties; with `props`, only theirs.
 */
function columnsOf(meta: EntityMetadata, props: Projection = null): Column[] {
  const key = props ?? meta;
  let columns = columnLists.get(key);
  if (!columns) columnLists.set(key, (columns = columnListOf(meta, props)));
  return columns;
}

/** Whether a property is read as columns of its own table: stored, not hidden, a value or the owning side of a to-one. */
export const isColumn = (p: EntityProperty | undefined): p is EntityProperty =>
  !!p &&
  p.persist !== false &&
  !p.hidden &&
  !!p.fieldNames?.length &&
  (p.kind === ReferenceKind.SCALAR || p.kind === ReferenceKind.MANY_TO_ONE || (p.kind === ReferenceKind.ONE_TO_ONE && !!p.owner));

function columnListOf(meta: EntityMetadata, props: Projection): Column[] {
  return meta.props
    .filter((p) => isColumn(p) && (!props || props.includes(p.name)))
    .flatMap((p) => p.fieldNames.map((name, i) => ({ name, type: p.columnTypes?.[i] ?? '' })));
}

/**
 * A row of `entity` (table aliased `alias`) as a JSON array of the columns of `props` (null: all), for a
 * subquery to hand over rows inside another statement's row; `fromJsonRows` with the same `props` turns
 * such arrays into what `readOnlyRows` gives for those columns read directly.
 */
export function jsonRow(em: EntityManager, entity: EntityName<object>, alias: string, props: Projection = null): string {
  const columns = columnsOf(em.getMetadata().get(entity as never), props);
  return `json_build_array(${columns.map((c) => `${alias}."${c.name}"${TEXT_IN_PG.test(c.type) ? '::text' : ''}`).join(', ')})`;
}

export function fromJsonRows<T extends object>(em: EntityManager, entity: EntityName<T>, arrays: unknown[][], props: Projection = null): T[] {
  const columns = columnsOf(em.getMetadata().get(entity as never), props);
  return readOnlyRows(
    em,
    entity,
    arrays.map((values) => {
      const row: Record<string, unknown> = {};
      for (let i = 0; i < columns.length; i++) row[columns[i]!.name] = values[i];
      return row;
    }),
  );
}

/** A SQL text with its `?` parameters. */
export interface Statement {
  sql: string;
  params: unknown[];
}

/** Ordering and paging of a list, as for `em.find`. */
export interface Paging {
  orderBy?: Record<string, unknown>[];
  offset?: number;
  limit?: number;
}

/**
 * The statement selecting the rows of `entity` (aliased `e0`) matching `where`, ordered and paged, as MikroORM
 * renders it (a page of rows joined to many others is paged over their distinct ids); `props` narrows each
 * row to their columns (core/projection.ts), `columns` adds expressions to it (`, <expression> as "<name>"`
 * each: a list's relations, core/relations.ts).
 */
export function selectStatement<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  { orderBy, offset, limit }: Paging = {},
  columns?: Statement,
  props: Projection = null,
): Statement {
  const qb = em
    .createQueryBuilder(entity as never, 'e0')
    .select('e0.*')
    .where(where as never);
  if (orderBy?.length) qb.orderBy(orderBy as never);
  if (offset) qb.offset(offset);
  if (limit !== undefined) qb.limit(limit);
  const { sql, bindings } = qb.getKnexQuery().toSQL();
  // Rendered whole and narrowed here: asked for a relation's column, MikroORM would name the joined table's id instead.
  const head = 'select "e0".*';
  if (!sql.startsWith(head)) throw new Error(`a page statement does not start with ${head}: ${sql.slice(0, 80)}`);
  const list = props
    ? `select ${columnsOf(em.getMetadata().get(entity as never), props)
        .map((c) => `"e0"."${c.name}"`)
        .join(', ')}`
    : head;
  return { sql: `${list}${columns?.sql ?? ''}${sql.slice(head.length)}`, params: [...(columns?.params ?? []), ...(bindings as unknown[])] };
}

/**
 * The rows matching `where`, ordered and paged like `em.find`, as `readOnlyRows`; each relation named in
 * `populate` (a many-to-one of the entity itself) filled with its whole record, one statement per related
 * entity (a task's org and handler org together). `select` gives the statement already rendered; `onRows`
 * sees the rows as read (columns the entity lacks included) beside the records made of them.
 */
export async function findReadOnly<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  {
    populate = [],
    select,
    onRows,
    ...paging
  }: Paging & { populate?: readonly string[]; select?: Statement; onRows?: (rows: Record<string, unknown>[], records: T[]) => void } = {},
): Promise<T[]> {
  const { sql, params } = select ?? selectStatement(em, entity, where, paging);
  const raw = await executeRead(em, { sql, params });
  const rows = readOnlyRows(em, entity, raw);
  onRows?.(raw, rows);
  if (populate.length && rows.length)
    await fill(em, em.getMetadata().get<T>(entity as never), rows as Record<string, Record<string, unknown> | null>[], populate);
  return rows;
}

async function fill(em: EntityManager, meta: EntityMetadata, rows: Record<string, Record<string, unknown> | null>[], populate: readonly string[]) {
  const byTarget = new Map<EntityMetadata, string[]>();
  for (const relation of populate) {
    const prop = meta.props.find((p) => p.name === relation);
    if (prop?.kind !== ReferenceKind.MANY_TO_ONE && prop?.kind !== ReferenceKind.ONE_TO_ONE)
      throw new Error(`${meta.className}.${relation} is not a relation to one record`);
    byTarget.set(prop.targetMeta!, [...(byTarget.get(prop.targetMeta!) ?? []), relation]);
  }
  for (const [target, relations] of byTarget) {
    const ids = [...new Set(rows.flatMap((row) => relations.map((r) => row[r]?.id as string | undefined)).filter((id) => id !== undefined))];
    const found = new Map((await findReadOnly<{ id: string }>(em, target.class, { id: { $in: ids } } as never)).map((r) => [r.id, r]));
    for (const row of rows) for (const r of relations) if (row[r]) row[r] = (found.get(row[r].id as string) ?? row[r]) as Record<string, unknown>;
  }
}

function detach(meta: EntityMetadata, data: Record<string, unknown>): object {
  const { proto, scalars, toOne } = planOf(meta);
  const record = Object.create(proto) as Record<string, unknown>;
  for (const name of scalars) {
    const value = data[name];
    if (value !== undefined) record[name] = value;
  }
  for (const { name, target } of toOne) {
    const value = data[name];
    if (value === null) record[name] = null;
    else if (value !== undefined) (record[name] = Object.create(detachedPrototype(target)) as Record<string, unknown>).id = String(value);
  }
  return record;
}

interface Plan {
  proto: object;
  scalars: string[];
  toOne: { name: string; target: EntityMetadata }[];
}

const plans = new WeakMap<EntityMetadata, Plan>();

/** What `detach` copies for `meta`, worked out once per entity; collections come from the prototype. */
function planOf(meta: EntityMetadata): Plan {
  let plan = plans.get(meta);
  if (!plan) {
    // Hidden properties (a password hash) stay out of records read for display.
    const is = (...kinds: ReferenceKind[]) => meta.props.filter((p) => kinds.includes(p.kind) && !p.hidden);
    plan = {
      proto: detachedPrototype(meta),
      scalars: is(ReferenceKind.SCALAR, ReferenceKind.EMBEDDED).map((p) => p.name),
      toOne: is(ReferenceKind.MANY_TO_ONE, ReferenceKind.ONE_TO_ONE).map((p) => ({ name: p.name, target: p.targetMeta! })),
    };
    plans.set(meta, plan);
  }
  return plan;
}

const prototypes = new WeakMap<EntityMetadata, object>();
const readOnly = new WeakSet<object>();

/**
 * `record` with its to-one `relation` as a whole record: a managed entity is populated by MikroORM; a
 * read-only row keeps a relation it was read with (`populate`) and reads one holding only the id now.
 */
export async function withRelation<T extends object>(em: EntityManager, record: T, relation: keyof T & string): Promise<T> {
  if (!readOnly.has(Object.getPrototypeOf(record) as object)) {
    await em.populate(record, [relation] as never);
    return record;
  }
  const ref = record[relation] as { id: string; constructor: new () => { id: string } } | null;
  if (ref && Object.keys(ref).length === 1) {
    const [whole] = await findReadOnly(em, ref.constructor, { id: ref.id } as never);
    if (whole) (record as Record<string, unknown>)[relation] = whole;
  }
  return record;
}

/**
 * The entity's prototype under one that shadows each property with a plain writable slot, so that
 * assigning one makes an own property instead of running the setters MikroORM puts on entity
 * prototypes to track changes; a collection slot makes the record's uninitialized collection when read.
 */
function detachedPrototype(meta: EntityMetadata): object {
  let proto = prototypes.get(meta);
  if (!proto) {
    const own = (record: object, name: string, value: unknown) =>
      Object.defineProperty(record, name, { value, writable: true, configurable: true, enumerable: true });
    const slot = (p: EntityMetadata['props'][number]): PropertyDescriptor =>
      p.kind === ReferenceKind.ONE_TO_MANY || p.kind === ReferenceKind.MANY_TO_MANY
        ? {
            // An uninitialized collection, made when first asked for: most rows are never asked.
            get(this: object) {
              const collection = new Collection(this, undefined, false);
              own(this, p.name, collection);
              return collection;
            },
            set(this: object, value: unknown) {
              own(this, p.name, value);
            },
            configurable: true,
          }
        : { value: undefined, writable: true, configurable: true };
    const slots = Object.fromEntries(meta.props.map((p) => [p.name, slot(p)]));
    prototypes.set(meta, (proto = Object.create(meta.prototype, slots) as object));
    readOnly.add(proto);
  }
  return proto;
}

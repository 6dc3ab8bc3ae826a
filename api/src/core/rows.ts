import { Collection, ReferenceKind, type EntityMetadata, type EntityName, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Records read for display only: MikroORM renders the SQL and converts each column to its property's
 * type, but the rows are not hydrated into its unit of work (identity map, change-set snapshot, relation
 * propagation), which cost about 60 µs per grid, most of a list request. They are instances of the entity
 * class, so `instanceof` and CASL's subject type hold; a relation is a bare record of its class holding
 * only the id (as an unpopulated MikroORM reference would), a collection is uninitialized. Never persist
 * them: a record to change is read with `findForWrite`.
 */
export function readOnlyRows<T extends object>(em: EntityManager, entity: EntityName<T>, rows: Record<string, unknown>[]): T[] {
  const meta = em.getMetadata().get<T>(entity as string | (new () => T) as never);
  const comparator = em.getComparator();
  return rows.map((row) => detach(meta, comparator.mapResult(meta.className, row) as Record<string, unknown>) as T);
}

/**
 * The rows matching `where`, ordered and paged like `em.find`, as `readOnlyRows`; each relation named in
 * `populate` (a many-to-one of the entity itself) filled with its whole record, one statement per related
 * entity (a task's org and handler org together).
 */
export async function findReadOnly<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  { orderBy, offset, limit, populate = [] }: { orderBy?: Record<string, unknown>[]; offset?: number; limit?: number; populate?: readonly string[] } = {},
): Promise<T[]> {
  const qb = em
    .createQueryBuilder(entity as never, 'e0')
    .select('e0.*')
    .where(where as never);
  if (orderBy?.length) qb.orderBy(orderBy as never);
  if (offset) qb.offset(offset);
  if (limit !== undefined) qb.limit(limit);
  const rows = readOnlyRows(em, entity, await qb.execute<Record<string, unknown>[]>('all', false));
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
  const record = Object.create(detachedPrototype(meta)) as Record<string, unknown>;
  for (const prop of meta.props) {
    const value = data[prop.name];
    switch (prop.kind) {
      case ReferenceKind.SCALAR:
      case ReferenceKind.EMBEDDED:
        if (value !== undefined) record[prop.name] = value;
        break;
      case ReferenceKind.MANY_TO_ONE:
      case ReferenceKind.ONE_TO_ONE:
        if (value === null) record[prop.name] = null;
        else if (value !== undefined) (record[prop.name] = Object.create(detachedPrototype(prop.targetMeta!)) as Record<string, unknown>).id = String(value);
        break;
      default:
        record[prop.name] = new Collection(record, undefined, false);
    }
  }
  return record;
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
 * prototypes to track changes.
 */
function detachedPrototype(meta: EntityMetadata): object {
  let proto = prototypes.get(meta);
  if (!proto) {
    const slots = Object.fromEntries(meta.props.map((p) => [p.name, { value: undefined, writable: true, configurable: true }]));
    prototypes.set(meta, (proto = Object.create(meta.prototype, slots) as object));
    readOnly.add(proto);
  }
  return proto;
}

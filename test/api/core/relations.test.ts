import type DataLoader from 'dataloader';
import {
  getNamedType,
  isLeafType,
  isObjectType,
  parse,
  type FieldNode,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type OperationDefinitionNode,
} from 'graphql';
import { findPage } from '../../../api/src/core/access';
import type { Context } from '../../../api/src/core/context';
import { LOADER_BATCH_MAX, prefetchOf } from '../../../api/src/core/loaders';
import type { SubjectType } from '../../../api/src/core/module';
import { READ_ITEMS } from '../../../api/src/core/pagination';
import { related, type Relation } from '../../../api/src/core/relations';
import { registry } from '../../../api/src/modules';
import { schema } from '../../../api/src/schema';
import { startTestApp, type TestApp } from '../../support/app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

/** What GraphQL hands a list's `items` when the query selects `fields` of each item of `type`. */
async function itemsInfo(type: string, fields: string[]): Promise<GraphQLResolveInfo> {
  const operation = parse(`{ items { ${fields.join(' ')} } }`).definitions[0] as OperationDefinitionNode;
  const node = operation.selectionSet.selections[0] as FieldNode;
  return { fieldNodes: [node], fragments: {}, returnType: (await schema()).getType(type) } as unknown as GraphQLResolveInfo;
}

/** The fields of the type `field` leads to that are leaves and take no arguments. */
function leafFields(type: GraphQLObjectType, field: string): string[] {
  const target = getNamedType(type.getFields()[field]!.type) as GraphQLObjectType;
  return Object.values(target.getFields())
    .filter((f) => isLeafType(getNamedType(f.type)) && !f.args.length)
    .map((f) => f.name);
}

/** Whether `field` of the records the loader `ctx` answers `relation` with is a column of theirs (what a projection reads). */
function isColumn(ctx: Context, relation: Relation, field: string): boolean {
  const { entity } = prefetchOf(ctx.loaders[relation.loader] as unknown as DataLoader<string, unknown>)!;
  const prop = app.orm.em.getMetadata().get(entity.name).properties[field as never] as { fieldNames?: string[]; persist?: boolean } | undefined;
  return !!prop?.fieldNames?.length && prop.persist !== false;
}

/** The loader's answer for the key `row` holds for `relation`, whatever the row was read with. */
function viaLoader(ctx: Context, relation: Relation, row: object): unknown {
  const key = relation.key === 'id' ? (row as { id: string }).id : (row as Record<string, { id: string } | null>)[relation.key]?.id;
  return key == null ? null : (ctx.loaders[relation.loader] as unknown as DataLoader<string, unknown>).load(key);
}

/** Records as plain objects of their own properties (read-only rows keep their class's prototype). */
const plain = (value: unknown): unknown =>
  Array.isArray(value) ? value.map(plain) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value)) : value;

/** `whole` cut down to the properties `like` holds, record by record. */
const narrowed = (whole: unknown, like: unknown): unknown =>
  Array.isArray(like) && Array.isArray(whole)
    ? whole.map((w, i) => narrowed(w, like[i]))
    : like && whole && typeof like === 'object'
      ? Object.fromEntries(Object.keys(like).map((k) => [k, (whole as Record<string, unknown>)[k]]))
      : whole;

const LISTED = Object.keys(registry.relations).filter((type) => registry.subjects.includes(type as SubjectType));

describe('relations', () => {
  it('name fields of object types in the schema', async () => {
    const built = await schema();
    for (const [type, fields] of Object.entries(registry.relations)) {
      const object = built.getType(type);
      expect(isObjectType(object) && type).toBe(type);
      if (isObjectType(object))
        for (const field of Object.keys(fields)) expect(`${type}.${field}: ${!!object.getFields()[field]}`).toBe(`${type}.${field}: true`);
    }
  });

  it.each(['admin', 'township', 'community', 'gridworker'])(
    "read in a list's own statement answer %s exactly as the loaders do, in the caller's scope, with no statement more",
    async (username) => {
      expect(LISTED).toEqual(expect.arrayContaining(['Grid', 'User', 'Org', 'Task', 'SupervisedPerson']));
      const built = await schema();
      for (const type of LISTED) {
        const entity = registry.entities.find((e) => (e as { name: string }).name === type) as new () => { id: string };
        const relations = registry.relations[type]!;
        const fields = Object.keys(relations);
        const listed = await app.contextOf(username);
        const page = await findPage(listed, entity, type as SubjectType, [], { offset: 0, limit: 40, orderBy: [{ id: 'asc' }] });
        app.sql.count = 0;
        const selection = fields.map((f) => `${f} { ${leafFields(built.getType(type) as GraphQLObjectType, f).join(' ')} }`);
        const rows = await (page[READ_ITEMS]?.(await itemsInfo(type, selection)) ?? page.items);
        // One statement for the page and every relation it has, none where the caller reads no such record.
        expect(`${type}: ${app.sql.count}`).toBe(`${type}: ${page[READ_ITEMS] ? 1 : 0}`);
        const prefetched = fields.filter((f) => prefetchOf(listed.loaders[relations[f]!.loader] as DataLoader<string, unknown>));
        app.sql.count = 0;
        const fromList = await Promise.all(rows.flatMap((row) => prefetched.map((f) => related(listed, relations[f]!, row))));
        expect(`${type} read again: ${app.sql.count}`).toBe(`${type} read again: 0`);
        const alone = await app.contextOf(username);
        // The keys come from the same rows read whole: a key the narrowed row lacks would show as a missing record.
        const wholeRows = await (await findPage(alone, entity, type as SubjectType, [], { offset: 0, limit: 40, orderBy: [{ id: 'asc' }] })).items;
        expect(wholeRows.map((r) => r.id)).toEqual(rows.map((r) => r.id));
        const fromLoaders = await Promise.all(wholeRows.flatMap((row) => prefetched.map((f) => viaLoader(alone, relations[f]!, row))));
        // The list reads of each related record the columns its selection asks (every leaf field that is one).
        expect(plain(fromList)).toStrictEqual(narrowed(plain(fromLoaders), plain(fromList)));
        rows.forEach((row, i) =>
          prefetched.forEach((f, j) => {
            const value = fromList[i * prefetched.length + j] as Record<string, unknown> | Record<string, unknown>[] | null;
            const columns = leafFields(built.getType(type) as GraphQLObjectType, f).filter((leaf) => isColumn(listed, relations[f]!, leaf));
            for (const record of [value ?? []].flat()) expect(`${type}.${f}: ${columns.filter((c) => !Object.hasOwn(record, c))}`).toBe(`${type}.${f}: `);
          }),
        );
      }
    },
  );

  it('are read in the list statement only when selected', async () => {
    const ctx = await app.contextOf('admin');
    const page = await findPage(ctx, registry.entities.find((e) => (e as { name: string }).name === 'Grid') as never, 'Grid', [], {
      offset: 0,
      limit: 5,
      orderBy: [{ id: 'asc' }],
    });
    app.sql.statements.length = 0;
    await page[READ_ITEMS]!(await itemsInfo('Grid', ['number', 'org { name }']));
    expect(app.sql.statements).toHaveLength(1);
    expect(app.sql.statements[0]).toContain('as "__org"');
    expect(app.sql.statements[0]).not.toContain('__workers');
    // Each row and each related record carry only the columns the selection reads.
    expect(app.sql.statements[0]).toMatch(
      /^\[query\] select "e0"\."id", "e0"\."org_id", "e0"\."number", \(select json_build_array\(t\."id"::text, t\."name"\) from "org" t/,
    );
  });

  it('batch at most LOADER_BATCH_MAX keys per statement, so a nested list reaching thousands of rows stays within the parameters a statement takes', async () => {
    const ctx = await app.contextOf('admin');
    const [{ id }] = (await app.query<{ id: string }>("select id::text from org where code = '110118001002'")) as [{ id: string }];
    const keys = [id, ...Array.from({ length: 2 * LOADER_BATCH_MAX + 499 }, (_, i) => String(900_000_000 + i))];
    app.sql.count = 0;
    const orgs = await ctx.loaders.orgById.loadMany(keys);
    expect(app.sql.count).toBe(3);
    expect(orgs.filter((o) => o !== null).map((o) => (o as { name: string }).name)).toEqual(['鼓楼社区居民委员会']);
  });
});

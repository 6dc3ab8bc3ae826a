import type DataLoader from 'dataloader';
import { isObjectType, parse, type FieldNode, type GraphQLResolveInfo, type OperationDefinitionNode } from 'graphql';
import { findPage } from '../../../api/src/core/access';
import { callerFor, createContext, type Context } from '../../../api/src/core/context';
import { LOADER_BATCH_MAX, prefetchOf } from '../../../api/src/core/loaders';
import type { SubjectType } from '../../../api/src/core/module';
import { READ_ITEMS } from '../../../api/src/core/pagination';
import { related } from '../../../api/src/core/relations';
import { registry } from '../../../api/src/modules';
import { loadActor } from '../../../api/src/modules/auth/actor';
import { schema } from '../../../api/src/schema';
import { startTestApp, type TestApp } from '../../support/app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

async function contextOf(username: string): Promise<Context> {
  const [{ id }] = (await app.query<{ id: string }>('select id::text from user_account where username = ?', [username])) as [{ id: string }];
  const actor = await loadActor(app.orm.em.fork(), id);
  return createContext(registry, app.orm.em.fork(), {} as never, { caller: callerFor(registry, actor), sessionId: null, lang: 'zh', ip: null });
}

/** What GraphQL hands a list's `items` when the query selects `fields` of each item of `type`. */
async function itemsInfo(type: string, fields: string[]): Promise<GraphQLResolveInfo> {
  const operation = parse(`{ items { ${fields.join(' ')} } }`).definitions[0] as OperationDefinitionNode;
  const node = operation.selectionSet.selections[0] as FieldNode;
  return { fieldNodes: [node], fragments: {}, returnType: (await schema()).getType(type) } as unknown as GraphQLResolveInfo;
}

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
      for (const type of LISTED) {
        const entity = registry.entities.find((e) => (e as { name: string }).name === type) as new () => { id: string };
        const fields = Object.keys(registry.relations[type]!);
        const listed = await contextOf(username);
        const page = await findPage(listed, entity, type as SubjectType, [], { offset: 0, limit: 40, orderBy: [{ id: 'asc' }] });
        app.sql.count = 0;
        const rows = await (page[READ_ITEMS]?.(await itemsInfo(type, fields)) ?? page.items);
        // One statement for the page and every relation it has, none where the caller reads no such record.
        expect(`${type}: ${app.sql.count}`).toBe(`${type}: ${page[READ_ITEMS] ? 1 : 0}`);
        const prefetched = fields.filter((f) => prefetchOf(listed.loaders[registry.relations[type]![f]!.loader] as DataLoader<string, unknown>));
        app.sql.count = 0;
        const fromList = await Promise.all(rows.flatMap((row) => prefetched.map((f) => related(listed, registry.relations[type]![f]!, row))));
        expect(`${type} read again: ${app.sql.count}`).toBe(`${type} read again: 0`);
        const alone = await contextOf(username);
        const fromLoaders = await Promise.all(rows.flatMap((row) => prefetched.map((f) => related(alone, registry.relations[type]![f]!, row))));
        expect(fromList).toStrictEqual(fromLoaders);
      }
    },
  );

  it('are read in the list statement only when selected', async () => {
    const ctx = await contextOf('admin');
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
  });

  it('batch at most LOADER_BATCH_MAX keys per statement, so a nested list reaching thousands of rows stays within the parameters a statement takes', async () => {
    const ctx = await contextOf('admin');
    const [{ id }] = (await app.query<{ id: string }>("select id::text from org where code = '110118001002'")) as [{ id: string }];
    const keys = [id, ...Array.from({ length: 2 * LOADER_BATCH_MAX + 499 }, (_, i) => String(900_000_000 + i))];
    app.sql.count = 0;
    const orgs = await ctx.loaders.orgById.loadMany(keys);
    expect(app.sql.count).toBe(3);
    expect(orgs.filter((o) => o !== null).map((o) => (o as { name: string }).name)).toEqual(['鼓楼社区居民委员会']);
  });
});

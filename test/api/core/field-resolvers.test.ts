import { isObjectType, type GraphQLResolveInfo } from 'graphql';
import { callerFor, createContext } from '../../../api/src/core/context';
import { isPlainField } from '../../../api/src/core/field-resolvers';
import { registry } from '../../../api/src/modules';
import { loadActor } from '../../../api/src/modules/auth/actor';
import { User } from '../../../api/src/modules/user/user.entity';
import { schema } from '../../../api/src/schema';
import { startTestApp, type TestApp } from '../../support/app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

describe('lean field resolvers', () => {
  it("leave a record's own columns to graphql-js's default resolver and nothing else", async () => {
    const built = await schema();
    const grid = built.getType('Grid');
    expect(isObjectType(grid) && grid.getFields().number!.resolve).toBe(undefined);
    expect(
      [
        ['Grid', 'number'],
        ['Grid', 'name'],
        ['User', 'username'],
        ['User', 'phone'],
        ['Grid', 'org'],
        ['User', 'rules'],
        ['Query', 'grids'],
      ].map(([type, field]) => `${type}.${field}: ${isPlainField(type!, field!)}`),
    ).toEqual([
      'Grid.number: true',
      'Grid.name: true',
      'User.username: true',
      'User.phone: true',
      'Grid.org: false',
      'User.rules: false',
      'Query.grids: false',
    ]);
  });

  it('call a field resolver straight on a record of its type, and through type-graphql (which converts it) on anything else', async () => {
    const [{ id }] = (await app.query<{ id: string }>("select id::text from user_account where username = 'admin'")) as [{ id: string }];
    const actor = await loadActor(app.orm.em.fork(), id);
    const ctx = createContext(registry, app.orm.em.fork(), {} as never, { caller: callerFor(registry, actor), sessionId: null, lang: 'zh', ip: null });
    const rules = (await schema()).getType('User');
    const resolve = isObjectType(rules) ? rules.getFields().rules!.resolve! : () => undefined;
    const info = {} as GraphQLResolveInfo;
    const asRecord = await resolve(Object.assign(new User(), { id }), {}, ctx, info);
    expect(asRecord).toEqual(expect.arrayContaining([expect.objectContaining({ action: 'manage' })]));
    expect(await resolve({ id }, {}, ctx, info)).toEqual(asRecord);
    expect(await resolve(Object.assign(new User(), { id: '999999' }), {}, ctx, info)).toBe(null);
  });
});

import { isObjectType, type GraphQLResolveInfo } from 'graphql';
import { isPlainField } from '../../../api/src/core/field-resolvers';
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
    const ctx = await app.contextOf('admin');
    const id = ctx.actor!.id;
    const rules = (await schema()).getType('User');
    const resolve = isObjectType(rules) ? rules.getFields().rules!.resolve! : () => undefined;
    const info = {} as GraphQLResolveInfo;
    const asRecord = await resolve(Object.assign(new User(), { id }), {}, ctx, info);
    expect(asRecord).toEqual(expect.arrayContaining([expect.objectContaining({ action: 'manage' })]));
    expect(await resolve({ id }, {}, ctx, info)).toEqual(asRecord);
    expect(await resolve(Object.assign(new User(), { id: '999999' }), {}, ctx, info)).toBe(null);
  });
});

import { startTestApp, type TestApp } from '../../support/app';

let app: TestApp;
let admin: string;
beforeAll(async () => {
  app = await startTestApp();
  admin = await app.login('admin');
});
afterAll(() => app.stop());

const CREATE = 'mutation($i: CreateDictionaryInput!) { createDictionary(input: $i) { id type code name sort enabled version } }';

describe('dictionaries', () => {
  it('require authentication', async () => {
    expect((await app.gql('{ dictionaries { total } }')).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('list the seeded event categories in their order', async () => {
    const token = await app.login('gridworker');
    const res = await app.gql('{ dictionaries(filter: { type: "EVENT_CATEGORY" }) { total items { code name } } }', {}, { token });
    expect(res.data.dictionaries.total).toBe(9);
    expect(res.data.dictionaries.items.slice(0, 3)).toEqual([
      { code: '01', name: '社区管理' },
      { code: '02', name: '治安' },
      { code: '03', name: '环境' },
    ]);
  });

  it('are edited by admins only, with duplicates refused and bad fields named', async () => {
    const created = await app.gql(CREATE, { i: { type: 'COMPONENT_TYPE', code: '05', name: '消防栓', sort: 5 } }, { token: admin });
    expect(created.data.createDictionary).toMatchObject({ type: 'COMPONENT_TYPE', code: '05', name: '消防栓', enabled: true, version: 1 });
    const dup = await app.gql(CREATE, { i: { type: 'COMPONENT_TYPE', code: '05', name: '重复' } }, { token: admin });
    expect(dup.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', fields: [{ field: 'code' }] });
    const bad = await app.gql(CREATE, { i: { type: 'bad type', code: '', name: '' } }, { token: admin, lang: 'en' });
    expect(bad.errors?.[0]?.extensions.fields).toEqual([
      { field: 'type', message: 'has a wrong format' },
      { field: 'code', message: 'is required' },
      { field: 'name', message: 'is required' },
    ]);
    const county = await app.login('county');
    const forbidden = await app.gql(
      'mutation($id: ID!) { updateDictionary(id: $id, input: { enabled: false }) { id } }',
      { id: created.data.createDictionary.id },
      { token: county },
    );
    expect(forbidden.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const disabled = await app.gql(
      'mutation($id: ID!) { updateDictionary(id: $id, input: { enabled: false }, version: 1) { enabled version } }',
      { id: created.data.createDictionary.id },
      { token: admin },
    );
    expect(disabled.data.updateDictionary).toEqual({ enabled: false, version: 2 });
  });
});

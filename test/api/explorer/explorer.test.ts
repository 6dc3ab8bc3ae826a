import { buildSchema, parse, validate } from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exampleOperations } from '../../../admin/src/graphiql/examples';
import { startTestApp, type TestApp } from '../../support/app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

describe('the API explorer', () => {
  it('sends a browser opening /graphql to /graphiql, and answers API clients as before', async () => {
    const browser = await fetch(`${app.url}/graphql`, { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' }, redirect: 'manual' });
    expect(browser.status).toBe(302);
    expect(browser.headers.get('location')).toBe('/graphiql');

    const client = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      // Apollo's CSRF guard wants a preflight-forcing header on GET
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(client.status).toBe(200);
    expect(await client.json()).toEqual({ data: { __typename: 'Query' } });
    expect(client.headers.get('etag')).toBeNull(); // no response cache, not even a revalidated one

    const anyType = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { accept: '*/*', 'apollo-require-preflight': 'true' },
      redirect: 'manual',
    });
    expect(anyType.status).toBe(200);
  });

  it("introspects for a signed-in caller only, with the schema's descriptions", async () => {
    const query = '{ __type(name: "AuthPayload") { fields { name description } } }';
    const anonymous = await app.gql(query);
    expect(anonymous.status).toBe(401);
    expect(anonymous.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');

    const signedIn = await app.gql(query, {}, { token: await app.login('gridworker') });
    expect(signedIn.data.__type.fields).toContainEqual({ name: 'token', description: 'Send as `Authorization: Bearer <token>`' });
  });

  it('offers example operations that are valid against the committed schema', () => {
    const schema = buildSchema(readFileSync(join(__dirname, '..', '..', '..', 'schema', 'schema.graphql'), 'utf8'));
    expect(exampleOperations.map((o) => o.title)).toEqual(['me', 'inbox', 'grids', 'people ledger', 'statistics']);
    for (const { title, query, variables } of exampleOperations) {
      expect([title, validate(schema, parse(query)).map((e) => e.message)]).toEqual([title, []]);
      if (variables) expect(() => JSON.parse(variables)).not.toThrow();
    }
  });
});

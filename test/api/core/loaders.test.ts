import { startTestApp, type TestApp } from '../../support/app';

let app: TestApp;
let admin: string;
beforeAll(async () => {
  app = await startTestApp();
  admin = await app.login('admin');
});
afterAll(() => app.stop());

/** Three levels of relations under 100 communities: org → grids → workers → roles, plus parents. */
const NESTED = `query($limit: Int!) { orgs(filter: { level: COMMUNITY }, limit: $limit) { total items {
  name parent { name } grids { number leader { username } workers { username roles { code } } } } } }`;

async function statementsFor(limit: number) {
  app.sql.count = 0;
  app.sql.statements.length = 0;
  const res = await app.gql(NESTED, { limit }, { token: admin });
  expect(res.errors).toBeUndefined();
  expect(res.data.orgs.items).toHaveLength(limit);
  return app.sql.count;
}

describe('per-request DataLoaders', () => {
  it('answer a three-level nested query over 100 items with a small, constant number of statements', async () => {
    await app.trust(admin); // the session checked and its caller built: no statement for the caller from now on
    const hundred = await statementsFor(100);
    const ten = await statementsFor(10);
    // The list (its parents and grids read with it) and its count, then one batch per relation below: leaders,
    // workers with their links, roles with their links.
    expect(hundred).toBe(5);
    expect(ten).toBe(hundred);
  });

  it('do not leak across requests: a second caller gets its own scoped batches', async () => {
    const token = await app.login('gridworker');
    const res = await app.gql(NESTED, { limit: 100 }, { token });
    expect(res.data.orgs.total).toBe(1);
    expect(res.data.orgs.items[0].grids.map((g: { number: number }) => g.number)).toEqual([1]);
  });
});

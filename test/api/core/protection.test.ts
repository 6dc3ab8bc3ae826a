import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { MikroORM } from '@mikro-orm/postgresql';
import { buildSchema, Kind, parse, validate } from 'graphql';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT_DIR } from '../../../api/src/config';
import { connect, createServer, type AddressInfo, type Socket } from 'node:net';
import { dropDatabase, ensureDatabase } from '../../../api/src/db/pg-admin';
import { ormConfig } from '../../../api/src/db/mikro-orm.config';
import { startServer, LIMITS } from '../../../api/src/server';
import { startTestApp, type TestApp } from '../../support/app';

let app: TestApp;
let token: string;
beforeAll(async () => {
  app = await startTestApp();
  token = await app.login('admin');
});
afterAll(() => app.stop());

const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

/** Depth of each panel operation as graphql-armor counts it (fragments expanded), from the committed documents. */
function panelOperationDepths(): number[] {
  const schema = buildSchema(readFileSync(join(ROOT_DIR, 'schema', 'schema.graphql'), 'utf8'));
  const dir = join(ROOT_DIR, 'admin', 'src');
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.graphql'));
  const docs = files.map((f) => parse(readFileSync(join(dir, f), 'utf8')));
  const fragments = docs.flatMap((d) => d.definitions.filter((x) => x.kind === Kind.FRAGMENT_DEFINITION));
  return docs.flatMap((d) =>
    d.definitions
      .filter((x) => x.kind === Kind.OPERATION_DEFINITION)
      .map((operation) => {
        let depth = 0;
        const onAccept = [(_: unknown, { n }: { n: number }) => (depth = n)];
        validate(schema, { kind: Kind.DOCUMENT, definitions: [operation, ...fragments] }, [maxDepthRule({ n: 1000, onAccept } as never)]);
        return depth;
      }),
  );
}

describe('protection limits', () => {
  it('size the depth limit from the deepest operation the panel sends, plus two', () => {
    const depths = panelOperationDepths();
    expect(depths.length).toBeGreaterThan(40);
    expect(Math.max(...depths) + 2).toBe(LIMITS.maxDepth);
  });

  const nestedTo = (depth: number) => `{ orgs { items { ${'children { '.repeat(depth - 3)}id${' }'.repeat(depth - 3)} } } }`;

  it(`accept a query of depth ${LIMITS.maxDepth}`, async () => {
    const res = await app.gql(nestedTo(LIMITS.maxDepth), {}, { token });
    expect(res.errors).toBeUndefined();
    expect(res.data.orgs.items).toHaveLength(25);
  });

  it(`reject a query deeper than ${LIMITS.maxDepth} as QUERY_TOO_COMPLEX with a 400`, async () => {
    const res = await app.gql(nestedTo(LIMITS.maxDepth + 1), {}, { token });
    expect(res.errors?.[0]?.extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(res.errors?.[0]?.message).toContain(`found ${LIMITS.maxDepth + 1}`);
    expect(res.status).toBe(400);
  });

  it(`reject more than ${LIMITS.maxTokens} tokens`, async () => {
    const fields = Array.from({ length: LIMITS.maxTokens }, () => 'id').join(' ');
    const res = await app.gql(`{ me { ${fields} } }`, {}, { token });
    expect(res.errors?.[0]?.extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(res.status).toBe(400);
  });

  it('reject too many aliases', async () => {
    const aliases = Array.from({ length: LIMITS.maxAliases + 1 }, (_, i) => `a${i}: me { id }`).join(' ');
    const res = await app.gql(`{ ${aliases} }`, {}, { token });
    expect(res.errors?.[0]?.extensions.code).toBe('QUERY_TOO_COMPLEX');
  });
});

describe('malformed requests', () => {
  it('a broken JSON body gets a 400 with a GraphQL error', async () => {
    const res = await post('{"query": "{ me { id }');
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(body)).not.toMatch(/at \w+ \(|node_modules/);
  });

  it('a GraphQL syntax error gets a 400 with BAD_USER_INPUT', async () => {
    const res = await post(JSON.stringify({ query: '{ me { id ' }));
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('an unknown route is a 404', async () => {
    const res = await fetch(`${app.url}/nope`);
    expect(res.status).toBe(404);
  });

  it('too many sign-in attempts from one address are RATE_LIMITED', async () => {
    const codes = new Set<string>();
    for (let i = 0; i < 45; i++) {
      const res = await app.gql(`mutation { login(username: "ghost-${i}", password: "x") { token } }`);
      codes.add(res.errors![0]!.extensions.code);
    }
    expect([...codes].sort()).toEqual(['RATE_LIMITED', 'UNAUTHENTICATED']);
  });
});

/** A TCP hop between the API and PostgreSQL that can be cut and restored, like a database outage. */
function outageProxy(target: { host: string; port: number }) {
  const sockets = new Set<Socket>();
  let up = true;
  const server = createServer((client) => {
    if (!up) return client.destroy();
    const upstream = connect(target.port, target.host);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => s.destroy());
    }
    client.pipe(upstream).pipe(client);
  });
  return {
    listen: () => new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port))),
    cut() {
      up = false;
      for (const s of sockets) s.destroy();
    },
    restore() {
      up = true;
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

describe('/healthz', () => {
  it('answers 503 while the database is unreachable and recovers by itself', async () => {
    const admin = new URL(process.env.GRIDGOV_TEST_ADMIN_URL!);
    const name = `gridgov_health_${process.pid}`;
    await ensureDatabase(admin.toString(), name, process.env.GRIDGOV_TEST_TEMPLATE);
    const proxy = outageProxy({ host: admin.hostname, port: Number(admin.port || 5432) });
    const url = new URL(admin.toString());
    url.port = String(await proxy.listen());
    url.pathname = `/${name}`;
    const orm = await MikroORM.init(ormConfig(url.toString()));
    const server = await startServer(
      orm,
      { port: 0, host: '127.0.0.1', authSecret: 'x'.repeat(32), tokenTtlHours: 1, loginRatePerMinute: 10, adminDist: __dirname },
      () => {},
    );
    const health = () => fetch(`${server.url}/healthz`).then(async (r) => ({ status: r.status, body: await r.json() }));
    try {
      expect(await health()).toEqual({ status: 200, body: { status: 'ok', db: 'ok' } });
      proxy.cut();
      expect(await health()).toEqual({ status: 503, body: { status: 'degraded', db: 'down' } });
      proxy.restore();
      let status = 0;
      for (let i = 0; i < 40 && status !== 200; i++) {
        status = (await health()).status;
        if (status !== 200) await new Promise((r) => setTimeout(r, 250));
      }
      expect(status).toBe(200);
      const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ me { id } }"}' });
      expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
    } finally {
      await server.stop();
      await orm.close(true);
      await proxy.close();
      await dropDatabase(admin.toString(), name);
    }
  });
});

describe('statement timeout', () => {
  it('a request whose SQL runs past STATEMENT_TIMEOUT_MS is cancelled by PostgreSQL and answered QUERY_TOO_COMPLEX', async () => {
    const slow = await startTestApp({ statementTimeoutMs: 100 });
    try {
      const admin = await slow.login('admin');
      // The test server passes the log lines that say why a request failed on to stderr.
      const logged: string[] = [];
      const stderr = jest.spyOn(process.stderr, 'write').mockImplementation((line) => logged.push(String(line)) > 0);
      // A year of traffic lights over all 1282 grids, nothing closed out, worked out day by day per child org: 0.4 s on this data.
      const res = await slow
        .gql('{ trafficLightRates(from: "2025-06-01", to: "2026-05-31", groupBy: CHILD_ORG) { groups { key } } }', {}, { token: admin, lang: 'en' })
        .finally(() => stderr.mockRestore());
      expect(res.errors?.[0]?.extensions.code).toBe('QUERY_TOO_COMPLEX');
      // The log names the statement that ran too long.
      expect(logged.filter((line) => line.startsWith('[test server]'))).toEqual([expect.stringMatching(/^\[test server\] statement timeout: (select|with) /)]);
      expect(res.errors?.[0]?.message).toBe('The query took too long; narrow it and try again');
      expect((await slow.gql('{ me { username } }', {}, { token: admin })).data).toEqual({ me: { username: 'admin' } });
    } finally {
      await slow.stop();
    }
  });
});

describe('introspection setting', () => {
  const INTROSPECT = '{ __schema { queryType { name } } }';

  it('signed-in (the default): anonymous callers are refused, signed-in ones answered', async () => {
    const anonymous = await app.gql(INTROSPECT);
    expect(anonymous.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect(anonymous.status).toBe(401);
    expect((await app.gql(INTROSPECT, {}, { token })).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    expect((await app.gql('{ __typename }')).data).toEqual({ __typename: 'Query' });
  });

  it('public: anyone may introspect', async () => {
    const open = await startTestApp({ introspection: 'public' });
    try {
      expect((await open.gql(INTROSPECT)).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    } finally {
      await open.stop();
    }
  });
});

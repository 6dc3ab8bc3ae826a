import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { loadConfig, ROOT_DIR, type Config } from '../../api/src/config';
import { callerFor, createContext, type Context } from '../../api/src/core/context';
import { statementTimeout } from '../../api/src/db/database';
import { dropDatabase, ensureDatabase } from '../../api/src/db/pg-admin';
import { ormConfig } from '../../api/src/db/mikro-orm.config';
import { registry } from '../../api/src/modules';
import { loadActor } from '../../api/src/modules/auth/actor';
import { startServer, type AppServer } from '../../api/src/server';
import { DEMO_PASSWORD } from '../../seeds/demo.seeder';
import { withDatabase } from './global-setup';

export interface GqlResult<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; extensions: { code: string; fields?: { field: string; message: string }[]; until?: string } }[];
}

export interface TestApp {
  url: string;
  orm: MikroORM;
  /** Counts SQL statements the server sends; reset it before the request you measure. */
  sql: { count: number; statements: string[] };
  gql<T = any>(query: string, variables?: Record<string, unknown>, opts?: GqlOptions): Promise<GqlResult<T>>;
  /** Signs in a demo account (or any user) and returns its bearer token. */
  login(username: string, password?: string): Promise<string>;
  /**
   * Runs SQL (with ? placeholders) directly against the test database, for setting up or checking what the API wrote.
   * A write returns once every instance has applied its identity notices, as if the next request came a moment later.
   */
  query<T = any>(sql: string, params?: unknown[]): Promise<T[]>;
  /** A second server with its own ORM and pool on the same database, as another instance behind a balancer. */
  startInstance(settings?: ServerSettings): Promise<{ url: string; gql: TestApp['gql']; identitySettled(): Promise<void>; stop(): Promise<void> }>;
  /** Resolves once this instance has applied the identity notices of every change committed so far. */
  identitySettled(): Promise<void>;
  /**
   * Brings `token`'s session to the state a busy client's is in: checked, its use written and that notice
   * applied, its caller built — so the next requests send no statement for the caller. For counting statements.
   */
  trust(token: string): Promise<void>;
  /** A request context for `username` as the server builds one (its own entity manager), for calling core code directly. */
  contextOf(username: string): Promise<Context>;
  stop(): Promise<void>;
}

export interface GqlOptions {
  token?: string;
  lang?: string;
  headers?: Record<string, string>;
}

/** Server settings a test may change; the rest are the production defaults (but the statement timeout, below). */
export type ServerSettings = Partial<Pick<Config, 'loginRatePerMinute' | 'trustProxy' | 'statementTimeoutMs' | 'introspection' | 'corsOrigins'>>;

const defaults = loadConfig({ AUTH_SECRET: 'x'.repeat(32) });
/**
 * A test states what a request answers, not how fast (benchmarks measure that): its statements may run as long
 * as the test itself (jest's testTimeout), so a machine that stalls for seconds cannot fail a correct test
 * through the production cut-off. The statement-timeout test sets its own.
 */
const STATEMENT_TIMEOUT_MS = 60_000;

async function serve(orm: MikroORM, authSecret: string, settings: ServerSettings) {
  const server: AppServer = await startServer(
    orm,
    {
      port: 0,
      host: '127.0.0.1',
      authSecret,
      tokenTtlHours: 1,
      loginRatePerMinute: 40,
      adminDist: join(ROOT_DIR, 'admin', 'dist'),
      introspection: defaults.introspection,
      ...settings,
    },
    // An internal error or a cancelled statement fails a test only through what the test reads next; its cause goes to stderr.
    (line) => {
      if (/^(internal error|http error|statement timeout)/.test(line)) process.stderr.write(`[test server] ${line}\n`);
    },
  );
  const gql: TestApp['gql'] = async (query, variables, opts = {}) => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
        ...(opts.lang ? { 'accept-language': opts.lang } : {}),
        ...opts.headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, ...((await res.json()) as object) };
  };
  return { server, gql };
}

/** A real server on a free port over a fresh copy of the seeded template database. */
export async function startTestApp(settings: ServerSettings = {}): Promise<TestApp> {
  const adminUrl = process.env.GRIDGOV_TEST_ADMIN_URL!;
  const name = `gridgov_test_${randomBytes(4).toString('hex')}`;
  await ensureDatabase(adminUrl, name, process.env.GRIDGOV_TEST_TEMPLATE!);
  const sql = { count: 0, statements: [] as string[] };
  const orm = await MikroORM.init(
    ormConfig(withDatabase(adminUrl, name), {
      debug: ['query'],
      logger: (message) => {
        sql.count++;
        sql.statements.push(message);
      },
      colors: false,
      ...statementTimeout(settings.statementTimeoutMs ?? STATEMENT_TIMEOUT_MS),
    }),
  );
  const authSecret = randomBytes(32).toString('hex');
  const { server, gql } = await serve(orm, authSecret, settings);
  const servers = new Set<AppServer>([server]);
  return {
    url: server.url,
    orm,
    sql,
    gql,
    async login(username, password = DEMO_PASSWORD) {
      const res = await gql<{ login: { token: string } }>('mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', {
        u: username,
        p: password,
      });
      if (!res.data?.login) throw new Error(`login ${username} failed: ${JSON.stringify(res.errors)}`);
      return res.data.login.token;
    },
    async query<T>(text: string, params: unknown[] = []) {
      const rows = (await orm.em.fork().execute(text, params)) as T[];
      if (!/^\s*select\b/i.test(text)) await Promise.all([...servers].map((s) => s.identitySettled()));
      return rows;
    },
    identitySettled: () => server.identitySettled(),
    async trust(token) {
      for (let i = 0; i < 2; i++) {
        await gql('{ me { id } }', {}, { token });
        await server.identitySettled();
      }
    },
    async contextOf(username) {
      const [user] = (await orm.em.fork().execute('select id::text from user_account where username = ?', [username])) as { id: string }[];
      if (!user) throw new Error(`no user ${username}`);
      const actor = await loadActor(orm.em.fork(), user.id);
      return createContext(registry, orm.em.fork(), {} as never, { caller: callerFor(registry, actor), sessionId: null, lang: 'zh', ip: null });
    },
    async startInstance(more = {}) {
      const other = await MikroORM.init(ormConfig(withDatabase(adminUrl, name), statementTimeout(settings.statementTimeoutMs ?? STATEMENT_TIMEOUT_MS)));
      const instance = await serve(other, authSecret, { ...settings, ...more });
      servers.add(instance.server);
      return {
        url: instance.server.url,
        gql: instance.gql,
        identitySettled: () => instance.server.identitySettled(),
        async stop() {
          servers.delete(instance.server);
          await instance.server.stop();
          await other.close(true);
        },
      };
    },
    async stop() {
      await server.stop();
      await orm.close(true);
      await dropDatabase(adminUrl, name);
    },
  };
}

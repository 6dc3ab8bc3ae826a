import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { MikroORM } from '@mikro-orm/postgresql';
import express, { type NextFunction, type Request, type Response } from 'express';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { Config } from './config';
import { createContext, type Context } from './core/context';
import { formatError } from './core/format-error';
import { langFrom, requestLang, t } from './core/i18n';
import { RateLimiter } from './core/rate-limit';
import { registry } from './modules';
import { loadSessionActor } from './modules/auth/actor';
import { sessionIdFromToken } from './modules/auth/token';
import { schema } from './schema';

/**
 * Protection limits. Depth: the panel's deepest operations (SupervisedPerson and its create/update,
 * depth 7 as graphql-armor counts it, fragment spreads included) plus two; a test keeps it so.
 */
export const LIMITS = { maxDepth: 9, costLimit: 20000, maxAliases: 15, maxTokens: 2000, maxDirectives: 20 };

export interface AppServer {
  http: Server;
  url: string;
  stop(): Promise<void>;
}

async function dbAlive(orm: MikroORM): Promise<boolean> {
  const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 2000).unref());
  const probe = orm.em.execute('select 1').then(() => true, () => false);
  return Promise.race([probe, timeout]);
}

/** A request refused before execution (syntax, validation, limits) is the client's fault: 400, whatever threw it. */
const rejectedRequestsAre400: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        const body = response.body;
        if (body.kind !== 'single' || body.singleResult.data !== undefined || !body.singleResult.errors?.length) return;
        const codes = body.singleResult.errors.map((e) => e.extensions?.code);
        if (codes.every((c) => c === 'BAD_USER_INPUT' || c === 'QUERY_TOO_COMPLEX')) response.http.status = 400;
      },
    };
  },
};

function jsonError(res: Response, status: number, code: string, message: string) {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

export async function startServer(orm: MikroORM, config: Pick<Config, 'port' | 'host' | 'authSecret' | 'tokenTtlHours' | 'loginRatePerMinute' | 'adminDist'>, log: (m: string) => void = console.log): Promise<AppServer> {
  const app = express();
  const auth = { authSecret: config.authSecret, tokenTtlHours: config.tokenTtlHours, loginLimiter: new RateLimiter(config.loginRatePerMinute) };
  const http = createServer(app);
  const armor = new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth },
    costLimit: { maxCost: LIMITS.costLimit },
    maxAliases: { n: LIMITS.maxAliases },
    maxDirectives: { n: LIMITS.maxDirectives },
    // Armor's token limit re-parses in a plugin and turns every syntax error into a 500; graphql-js's own
    // `maxTokens` parse option (below) does the same job inside Apollo's parse, which answers 400.
    maxTokens: { enabled: false },
  }).protect();
  const apollo = new ApolloServer<Context>({
    schema: await schema(),
    ...armor,
    plugins: [...armor.plugins, ApolloServerPluginDrainHttpServer({ httpServer: http }), rejectedRequestsAre400],
    parseOptions: { maxTokens: LIMITS.maxTokens },
    introspection: true,
    formatError: (formatted, error) => formatError(formatted, error, log),
  });
  await apollo.start();

  app.disable('x-powered-by');
  app.use((req, _res, next) => requestLang.run(langFrom(req.headers['accept-language']), next));

  app.get('/healthz', async (_req, res) => {
    const up = await dbAlive(orm);
    res.status(up ? 200 : 503).json({ status: up ? 'ok' : 'degraded', db: up ? 'ok' : 'down' });
  });

  app.use(
    '/graphql',
    express.json({ limit: '20mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const em = orm.em.fork();
        const bearer = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1];
        const sessionId = bearer ? sessionIdFromToken(config.authSecret, bearer) : null;
        const actor = sessionId ? await loadSessionActor(em, sessionId) : null;
        return createContext(registry, em, auth, { actor, sessionId: actor ? sessionId : null, lang: langFrom(req.headers['accept-language']), ip: req.ip ?? null });
      },
    }),
  );

  const adminIndex = join(config.adminDist, 'index.html');
  app.use('/admin', express.static(config.adminDist, { index: false, maxAge: '1h' }));
  app.get(['/admin', '/admin/{*rest}'], (_req, res) => {
    if (existsSync(adminIndex)) res.sendFile(adminIndex);
    else res.status(503).type('text').send('The admin panel is not built: run `npm run build:admin`.');
  });
  app.get('/', (_req, res) => res.redirect('/admin/'));

  app.use((_req, res) => jsonError(res, 404, 'NOT_FOUND', 'Not found'));
  // Malformed JSON bodies and the like: a GraphQL-shaped 400, never a stack trace.
  app.use((err: Error & { status?: number }, _req: Request, res: Response, _next: NextFunction) => {
    const status = err.status && err.status >= 400 && err.status < 500 ? err.status : 500;
    if (status === 500) log(`http error: ${err.name}`);
    jsonError(res, status, status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_USER_INPUT', status === 500 ? t('internal') : t('badRequest', { detail: err.message }));
  });

  await new Promise<void>((resolve) => http.listen(config.port, config.host, resolve));
  const { port } = http.address() as { port: number };
  return {
    http,
    url: `http://${config.host}:${port}`,
    async stop() {
      await apollo.stop();
    },
  };
}

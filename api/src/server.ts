import { corsFor } from './core/cors';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { MikroORM } from '@mikro-orm/postgresql';
import express, { type NextFunction, type Request, type Response } from 'express';
import { Kind, parse, visit, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { Config } from './config';
import { createContext, type Context } from './core/context';
import { AppError } from './core/errors';
import { jitExecutor } from './core/executor';
import { formatError } from './core/format-error';
import { langFrom, requestLang, t } from './core/i18n';
import { limitsOf } from './core/input-limits';
import { registry } from './modules';
import { SessionCallers } from './modules/auth/actor';
import { authLimits } from './modules/auth/limits';
import { sessionIdFromToken } from './modules/auth/token';
import { schema } from './schema';

/**
 * Protection limits. Depth: the panel's deepest operation (depth 8 as graphql-armor counts it,
 * fragment spreads included) plus two; a test recomputes it from admin/src/**\/*.graphql.
 */
export const LIMITS = { maxDepth: 10, costLimit: 20000, maxAliases: 15, maxTokens: 2000, maxDirectives: 20 };

/** Request bodies: small for every operation, larger only for the mutations marked `@LargeInput` (file imports). */
export const BODY_LIMITS = { default: 256 * 1024, largeInput: 8 * 1024 * 1024 };
/** How long in-flight requests get to finish after a stop before their connections are cut. */
export const DRAIN_MS = 5000;

export interface AppServer {
  http: Server;
  url: string;
  /** Resolves once this instance has applied the identity notices of every change committed before the call. */
  identitySettled(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * A mutation answered here may have changed who a caller is: its response leaves once this instance has
 * applied the identity notices of what it committed, so the caller's next request sees the change.
 */
function settleIdentityAfterMutations(callers: SessionCallers): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation }) {
          if (operation?.operation === 'mutation') await callers.afterOwnWrite();
        },
      };
    },
  };
}

async function dbAlive(orm: MikroORM): Promise<boolean> {
  const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 2000).unref());
  const probe = orm.em.execute('select 1').then(
    () => true,
    () => false,
  );
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

/** Introspection (`__schema`, `__type`) needs a signed-in caller unless INTROSPECTION=public (`off`: Apollo refuses it for everyone). */
const introspectionSignedIn: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ document, contextValue }) {
        if (contextValue.actor) return;
        let introspects = false;
        visit(document, { Field: (f) => void ((f.name.value === '__schema' || f.name.value === '__type') && (introspects = true)) });
        if (introspects) throw new AppError('UNAUTHENTICATED', 'introspectionSignedIn', {}, { http: { status: 401 } });
      },
    };
  },
};

/** The operation a request body runs, when it is a well-formed single request; else null (Apollo answers those). */
function requestedOperation(body: unknown): OperationDefinitionNode | null {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return null;
  const { query, operationName } = body as { query?: unknown; operationName?: unknown };
  if (typeof query !== 'string') return null;
  try {
    const operations = parse(query, { maxTokens: LIMITS.maxTokens }).definitions.filter(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
    );
    return (
      (typeof operationName === 'string' ? operations.find((o) => o.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined) ??
      null
    );
  } catch {
    return null;
  }
}

/** Imports need a signed-in caller: an anonymous body declared larger than the default is refused before it is read. */
function anonymousBodyLimit(req: Request, res: Response, next: NextFunction) {
  if (Number(req.headers['content-length'] ?? 0) > BODY_LIMITS.default && !req.headers.authorization)
    return jsonError(res, 413, 'BAD_USER_INPUT', t('bodyTooLarge', { max: `${BODY_LIMITS.default / 1024} KB` }));
  next();
}

/** A body above the default limit is accepted only for an operation whose every root field is marked `@LargeInput`. */
function bodyLimitByOperation(schema: GraphQLSchema) {
  return (req: Request & { bodyBytes?: number }, res: Response, next: NextFunction) => {
    if ((req.bodyBytes ?? 0) <= BODY_LIMITS.default) return next();
    const operation = requestedOperation(req.body);
    const root = operation?.operation === 'mutation' ? schema.getMutationType() : null;
    const large =
      !!root &&
      operation!.selectionSet.selections.every(
        (s) => s.kind === Kind.FIELD && !!root.getFields()[s.name.value] && !!limitsOf(root.getFields()[s.name.value]!).largeBody,
      );
    if (large) return next();
    jsonError(res, 413, 'BAD_USER_INPUT', t('bodyTooLarge', { max: `${BODY_LIMITS.default / 1024} KB` }));
  };
}

function jsonError(res: Response, status: number, code: string, message: string) {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

export async function startServer(
  orm: MikroORM,
  config: Pick<Config, 'port' | 'host' | 'authSecret' | 'tokenTtlHours' | 'loginRatePerMinute' | 'adminDist'> &
    Partial<Pick<Config, 'trustProxy' | 'introspection' | 'corsOrigins'>>,
  log: (m: string) => void = console.log,
): Promise<AppServer> {
  const app = express();
  // Behind a reverse proxy, req.ip (rate limits, audit entries) is the client it names, not the proxy.
  app.set('trust proxy', config.trustProxy ?? false);
  const auth = { authSecret: config.authSecret, tokenTtlHours: config.tokenTtlHours, limits: authLimits(orm.em.getKnex(), config.loginRatePerMinute) };
  const http = createServer(app);
  const sessionCallers = new SessionCallers(registry);
  await sessionCallers.listen(orm.config.getClientUrl());
  const armor = new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth },
    costLimit: { maxCost: LIMITS.costLimit },
    maxAliases: { n: LIMITS.maxAliases },
    maxDirectives: { n: LIMITS.maxDirectives },
    // Armor's token limit re-parses in a plugin and turns every syntax error into a 500; graphql-js's own
    // `maxTokens` parse option (below) does the same job inside Apollo's parse, which answers 400.
    maxTokens: { enabled: false },
  }).protect();
  const graphqlSchema = await schema();
  const introspection = config.introspection ?? 'signed-in';
  const apollo = new ApolloServer<Context>({
    gateway: jitExecutor(graphqlSchema),
    ...armor,
    plugins: [
      ...armor.plugins,
      ApolloServerPluginDrainHttpServer({ httpServer: http, stopGracePeriodMillis: DRAIN_MS }),
      rejectedRequestsAre400,
      settleIdentityAfterMutations(sessionCallers),
      ...(introspection === 'signed-in' ? [introspectionSignedIn] : []),
      // GET /graphql from a browser goes to /graphiql (below); no landing page that loads from a CDN.
      ApolloServerPluginLandingPageDisabled(),
      // No cache hints and no response cache (every request reads current data); installed by default, it hooks every field of every row.
      ApolloServerPluginCacheControlDisabled(),
    ],
    parseOptions: { maxTokens: LIMITS.maxTokens },
    introspection: introspection !== 'off',
    formatError: (formatted, error) => formatError(formatted, error, log),
  });
  await apollo.start();

  app.disable('x-powered-by');
  // No ETag on API answers (nothing revalidates a POST, and every request reads current data): it cost a hash of every response.
  app.set('etag', false);
  app.use((req, _res, next) => requestLang.run(langFrom(req.headers['accept-language']), next));

  app.get('/healthz', async (_req, res) => {
    const up = await dbAlive(orm);
    res.status(up ? 200 : 503).json({ status: up ? 'ok' : 'degraded', db: up ? 'ok' : 'down' });
  });

  // A browser opening the endpoint gets the explorer bundled with the panel, not Apollo's landing page (which loads from a CDN).
  app.get('/graphql', (req, res, next) =>
    req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html' ? res.redirect('/graphiql') : next(),
  );

  app.use(
    '/graphql',
    corsFor(config.corsOrigins ?? []),
    anonymousBodyLimit,
    express.json({ limit: BODY_LIMITS.largeInput, verify: (req: Request & { bodyBytes?: number }, _res, buf) => void (req.bodyBytes = buf.length) }),
    bodyLimitByOperation(graphqlSchema),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const em = orm.em.fork();
        const bearer = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1];
        const sessionId = bearer ? sessionIdFromToken(config.authSecret, bearer) : null;
        const signedIn = sessionId ? await sessionCallers.get(em, sessionId) : null;
        return createContext(registry, em, auth, {
          caller: signedIn?.caller ?? null,
          account: signedIn?.account,
          sessionId,
          lang: langFrom(req.headers['accept-language']),
          ip: req.ip ?? null,
        });
      },
    }),
  );

  const adminIndex = join(config.adminDist, 'index.html');
  app.use('/admin', express.static(config.adminDist, { index: false, maxAge: '1h' }));
  app.get(['/admin', '/admin/{*rest}'], (_req, res) => {
    if (existsSync(adminIndex)) res.sendFile(adminIndex);
    else res.status(503).type('text').send('The admin panel is not built: run `npm run build:admin`.');
  });
  const explorerPage = join(config.adminDist, 'graphiql.html');
  app.get('/graphiql', (_req, res) => {
    if (existsSync(explorerPage)) res.sendFile(explorerPage);
    else res.status(503).type('text').send('The API explorer is not built: run `npm run build:admin`.');
  });
  app.get('/', (_req, res) => res.redirect('/admin/'));

  app.use((_req, res) => jsonError(res, 404, 'NOT_FOUND', 'Not found'));
  // Malformed JSON bodies and the like: a GraphQL-shaped 400, never a stack trace.
  app.use((err: Error & { status?: number }, _req: Request, res: Response, _next: NextFunction) => {
    const status = err.status && err.status >= 400 && err.status < 500 ? err.status : 500;
    if (status === 500) log(`http error: ${err.name}`);
    jsonError(
      res,
      status,
      status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_USER_INPUT',
      status === 500 ? t('internal') : t('badRequest', { detail: err.message }),
    );
  });

  await new Promise<void>((resolve) => http.listen(config.port, config.host, resolve));
  const { port } = http.address() as { port: number };
  return {
    http,
    url: `http://${config.host}:${port}`,
    identitySettled: () => sessionCallers.settled(),
    async stop() {
      await apollo.stop();
      await sessionCallers.stop();
    },
  };
}

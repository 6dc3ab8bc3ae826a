import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { ROOT_DIR } from '../../../api/src/config';
import { dropDatabase, ensureDatabase } from '../../../api/src/db/pg-admin';
import { DEMO_PASSWORD } from '../../../seeds/demo.seeder';
import { withDatabase } from '../../support/global-setup';

/** The real app (ts-node, as `npm run dev`) in its own process, over `databaseUrl` or, without it, its embedded PostgreSQL under `dataDir`. */
async function startProcess(databaseUrl: string | undefined, dataDir: string): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const { DATABASE_URL: _, ...env } = process.env;
  const child = spawn(process.execPath, [require.resolve('ts-node/dist/bin.js'), '--transpile-only', join(ROOT_DIR, 'api/src/main.ts')], {
    cwd: ROOT_DIR,
    env: {
      ...env,
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
      PORT: '0',
      HOST: '127.0.0.1',
      SEED: 'none',
      AUTH_SECRET: randomBytes(32).toString('hex'),
      DATA_DIR: dataDir,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the app did not start:\n${output}`)), 90_000);
    child.stdout!.on('data', () => {
      const found = /GraphQL API\s+(http:\/\/[\d.:]+)\/graphql/.exec(output);
      if (found) {
        clearTimeout(timer);
        resolve(found[1]!);
      }
    });
    child.on('exit', (code) => reject(new Error(`the app exited (${code}):\n${output}`)));
  });
  return { child, url, output: () => output };
}

/** A POST whose body is sent in two parts; the second goes out when `finish` is called. */
function slowPost(url: string, body: string, headers: Record<string, string>) {
  const half = Math.floor(body.length / 2);
  const req = request(`${url}/graphql`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
  });
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    req.on('response', (res) => {
      let text = '';
      res.on('data', (d: Buffer) => (text += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode!, body: text }));
    });
    req.on('error', reject);
  });
  req.write(body.slice(0, half));
  return { finish: () => req.end(body.slice(half)), response };
}

/** A request the app answers from the database, and what it must answer. */
interface Ask {
  body: string;
  headers: Record<string, string>;
  answer: (response: { data?: unknown; errors?: { extensions?: { code?: string } }[] }) => unknown;
  expected: unknown;
}

/**
 * SIGTERM while `ask` is in flight and another request has stalled: the app stops accepting, answers
 * `ask` (the database is still up), cuts the stalled one, and exits 0 within 10 s having said so.
 */
async function drainsOnSigterm(app: Awaited<ReturnType<typeof startProcess>>, ask: Ask) {
  const inFlight = slowPost(app.url, ask.body, ask.headers);
  // A client that never sends the rest of its body must not hold the process up.
  const stalled = slowPost(app.url, JSON.stringify({ query: '{ __typename }' }), {});
  const stalledOutcome = stalled.response.then(
    () => 'answered',
    (e: Error & { code?: string }) => e.code ?? e.message,
  );
  await new Promise((r) => setTimeout(r, 300)); // the server has the headers and half the body
  const exited = new Promise<{ code: number | null; at: number }>((resolve) => app.child.on('exit', (code) => resolve({ code, at: Date.now() })));
  const signalledAt = Date.now();
  app.child.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 500));

  const refused = await fetch(`${app.url}/healthz`).then(
    () => 'accepted',
    (e: Error & { cause?: { code?: string } }) => e.cause?.code,
  );
  expect(refused).toBe('ECONNREFUSED');

  inFlight.finish();
  const res = await inFlight.response;
  expect(res.status).toBe(200);
  expect(ask.answer(JSON.parse(res.body))).toEqual(ask.expected);

  expect(await stalledOutcome).toBe('ECONNRESET');
  const { code, at } = await exited;
  expect(code).toBe(0);
  console.log(`exited ${at - signalledAt} ms after SIGTERM`);
  expect(at - signalledAt).toBeLessThan(10_000);
  expect(app.output()).toContain('SIGTERM: shutting down');
  expect(app.output()).toContain('stopped');
}

describe('shutdown', () => {
  it('SIGTERM: stops accepting, lets the in-flight request finish, cuts a stalled one, stops jobs and the pool, exits 0 within 10 s', async () => {
    const adminUrl = process.env.GRIDGOV_TEST_ADMIN_URL!;
    const name = `gridgov_shutdown_${randomBytes(4).toString('hex')}`;
    await ensureDatabase(adminUrl, name, process.env.GRIDGOV_TEST_TEMPLATE!);
    const dataDir = mkdtempSync(join(tmpdir(), 'gridgov-shutdown-'));
    const app = await startProcess(withDatabase(adminUrl, name), dataDir);
    try {
      const login = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `mutation { login(username: "admin", password: "${DEMO_PASSWORD}") { token } }` }),
      });
      const token = ((await login.json()) as { data: { login: { token: string } } }).data.login.token;
      await drainsOnSigterm(app, {
        body: JSON.stringify({ query: '{ me { username } orgs(limit: 1) { total } }' }),
        headers: { authorization: `Bearer ${token}` },
        answer: (r) => (r.data as { me: unknown }).me,
        expected: { username: 'admin' },
      });
    } finally {
      if (app.child.exitCode === null) app.child.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
      await dropDatabase(adminUrl, name);
    }
  });

  it('SIGTERM with the embedded PostgreSQL: the database stops last, after the in-flight request', async () => {
    // Under the checkout like the test cluster's, not mkdtemp's private dir: as root, PostgreSQL runs as its own user.
    const dataDir = join(ROOT_DIR, '.data', `shutdown-embedded-${randomBytes(4).toString('hex')}`);
    mkdirSync(dataDir, { recursive: true });
    const app = await startProcess(undefined, dataDir);
    try {
      expect(app.output()).toContain(`starting the embedded PostgreSQL under ${join(dataDir, 'postgres')}`);
      // SEED=none has no accounts: a sign-in that the database refuses (with the database gone it would be an internal error)
      await drainsOnSigterm(app, {
        body: JSON.stringify({ query: `mutation { login(username: "nobody", password: "${DEMO_PASSWORD}") { token } }` }),
        headers: {},
        answer: (r) => r.errors?.map((e) => e.extensions?.code),
        expected: ['UNAUTHENTICATED'],
      });
    } finally {
      if (app.child.exitCode === null) app.child.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { ROOT_DIR } from '../../../api/src/config';
import { dropDatabase, ensureDatabase } from '../../../api/src/db/pg-admin';
import { DEMO_PASSWORD } from '../../../seeds/demo.seeder';
import { withDatabase } from '../../support/global-setup';

/** The real app (ts-node, as `npm run dev`) in its own process, over a copy of the seeded template. */
async function startProcess(databaseUrl: string, dataDir: string): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const child = spawn(process.execPath, [require.resolve('ts-node/dist/bin.js'), '--transpile-only', join(ROOT_DIR, 'api/src/main.ts')], {
    cwd: ROOT_DIR,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
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
    const timer = setTimeout(() => reject(new Error(`the app did not start:\n${output}`)), 50_000);
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

      const inFlight = slowPost(app.url, JSON.stringify({ query: '{ me { username } orgs(limit: 1) { total } }' }), { authorization: `Bearer ${token}` });
      // A client that never sends the rest of its body must not hold the process up.
      const stalled = slowPost(app.url, JSON.stringify({ query: '{ me { username } }' }), { authorization: `Bearer ${token}` });
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
      expect(JSON.parse(res.body).data.me).toEqual({ username: 'admin' });

      expect(await stalledOutcome).toBe('ECONNRESET');
      const { code, at } = await exited;
      expect(code).toBe(0);
      console.log(`exited ${at - signalledAt} ms after SIGTERM`);
      expect(at - signalledAt).toBeLessThan(10_000);
      expect(app.output()).toContain('SIGTERM: shutting down');
      expect(app.output()).toContain('stopped');
    } finally {
      if (app.child.exitCode === null) app.child.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
      await dropDatabase(adminUrl, name);
    }
  });
});

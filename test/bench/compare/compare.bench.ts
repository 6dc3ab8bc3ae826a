import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { isDeepStrictEqual } from 'node:util';
import { ROOT_DIR } from '../../../api/src/config';
import { startEmbedded } from '../../../api/src/db/embedded';
import { ormConfig } from '../../../api/src/db/mikro-orm.config';
import { ensureDatabase } from '../../../api/src/db/pg-admin';
import { DEMO_PASSWORD, seedDemo } from '../../../seeds/demo.seeder';
import { POSTGRAPHILE_SQL, selectedQueries, type ArmName, type ArmRequest, type BenchIds } from './queries';
import { pct } from '../percentile';
import { volumeStats } from './volume';

const QUERIES = selectedQueries();

/**
 * `npm run bench:compare`: gridgov side by side with PostGraphile 5 and one hand-written SQL statement
 * per query behind a minimal Node server, over one demo database; every arm on the same Node (BENCH_NODE).
 * Every arm's answer is checked equal field by field before timing; arms are interleaved in rounds
 * after a warm-up; reports medians and ranges of req/s and p99, server CPU per request, RSS, and SQL
 * statements per request (pg_stat_statements); then a sign-in storm. Writes test/bench/compare/RESULTS.md.
 * Settings: BENCH_ROUNDS (3), BENCH_SECONDS (3), BENCH_CONCURRENCY (8), BENCH_PROFILE=1 (gridgov under
 * --cpu-prof into .data/profiles), BENCH_SKIP_POSTGRAPHILE=1, BENCH_QUERIES (names in queries.ts; `loaders`:
 * the panel's nested lists only), BENCH_STORM=1 (with BENCH_QUERIES including q3: the sign-in storm too),
 * BENCH_VOLUME_URL (a database filled by `npm run seed:volume`: statistics at province scale, volume.ts;
 * BENCH_VOLUME_RUNS requests per question, 50), BENCH_NODE (the Node major of every arm, 24),
 * BENCH_RUNTIME_DIR (where that Node and PostGraphile are installed; a temp dir).
 */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const CLK_TCK = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;

interface Arm {
  name: ArmName;
  url: string;
  child: ChildProcess;
  headers: Record<string, string>;
}

const agent = new Agent({ keepAlive: true, maxSockets: 64 });

function post(url: string, body: string, headers: Record<string, string> = {}): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', ...headers } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** package.json's `serve` script, `[NAME=value …] node [flags] dist/api/src/main.js`: the server as deployed, its environment and Node flags. */
function serveCommand(): { env: Record<string, string>; args: string[] } {
  const scripts = (JSON.parse(readFileSync(join(ROOT_DIR, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  const words = scripts.serve!.split(/\s+/);
  const env: Record<string, string> = {};
  while (/^[A-Z_]+=/.test(words[0] ?? '')) {
    const [name, value] = words.shift()!.split('=') as [string, string];
    env[name] = value;
  }
  const [node, ...args] = words;
  if (node !== 'node' || args.at(-1) !== 'dist/api/src/main.js')
    throw new Error(`package.json's serve script is not "[NAME=value …] node [flags] dist/api/src/main.js": ${scripts.serve}`);
  return { env, args };
}

/** Starts a server process that prints `{ "url": … }` as its first line. */
async function startChild(command: string, args: string[], env: Record<string, string>, cwd = ROOT_DIR): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  const lines = createInterface({ input: child.stdout! });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${command} did not start: ${stderr.slice(-2000)}`)), 120_000);
    lines.on('line', (line) => {
      const m = /"url":"([^"]+)"|Server listening at (http:\/\/\S+)|listening on (?:port )?.*?(http:\/\/[\w.:]+)|GraphQL API\s+(http:\/\/\S+)/.exec(line);
      if (m) {
        clearTimeout(timer);
        resolve(m[1] ?? m[2] ?? m[3] ?? m[4]!);
      }
    });
    child.on('exit', (code) => reject(new Error(`${command} exited ${code}: ${stderr.slice(-2000)}`)));
  });
  // An arm that dies during the run says why (the run itself only sees its connections reset).
  child.on('exit', (code, signal) => {
    if (code !== 0 && signal !== 'SIGTERM' && signal !== 'SIGINT')
      console.error(`${command} ${args.at(-1)} exited (${code ?? signal}): ${stderr.slice(-4000)}`);
  });
  return { url, child };
}

function cpuTicks(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return Number(fields[11]) + Number(fields[12]); // utime + stime
}

function rssMb(pid: number): number {
  const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  return kb / 1024;
}

const median = (xs: number[]) =>
  pct(
    [...xs].sort((a, b) => a - b),
    50,
  );

interface Run {
  rps: number;
  p50: number;
  p99: number;
  cpuMs: number;
  rss: number;
}

/** Closed-loop load: `concurrency` clients send `body` back to back for `seconds`. */
async function load(arm: Arm, body: string, headers: Record<string, string>, seconds: number, concurrency = CONCURRENCY): Promise<Run> {
  const pid = arm.child.pid!;
  const latencies: number[] = [];
  const cpu0 = cpuTicks(pid);
  const t0 = performance.now();
  const end = t0 + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) {
        const s = performance.now();
        const res = await post(arm.url, body, headers);
        if (res.status !== 200) throw new Error(`${arm.name}: HTTP ${res.status} ${res.text.slice(0, 300)}`);
        latencies.push(performance.now() - s);
      }
    }),
  );
  const elapsed = (performance.now() - t0) / 1000;
  const cpuMs = ((cpuTicks(pid) - cpu0) * 1000) / CLK_TCK / latencies.length;
  latencies.sort((a, b) => a - b);
  return { rps: latencies.length / elapsed, p50: pct(latencies, 50), p99: pct(latencies, 99), cpuMs, rss: rssMb(pid) };
}

async function main() {
  const dir = join(ROOT_DIR, '.data', `bench-compare-${process.pid}`);
  const pg = await startEmbedded(dir, { durable: false, flags: ['-c', 'shared_preload_libraries=pg_stat_statements'] });
  const arms: Arm[] = [];
  const notes: string[] = [];
  try {
    await ensureDatabase(pg.url('postgres'), 'bench');
    const dbUrl = pg.url('bench');
    const orm = await MikroORM.init(ormConfig(dbUrl));
    await orm.getMigrator().up();
    await seedDemo(orm.em.fork());
    const em = orm.em.fork();
    let statsAvailable = true;
    await em.execute('create extension if not exists pg_stat_statements').catch(() => (statsAvailable = false));
    const one = async (sql: string) => ((await em.execute(sql)) as { id: string }[])[0]!.id;
    const ids: BenchIds = {
      township: await one("select id::text from org where name = '鼓楼街道'"),
      county: await one("select id::text from org where level = 'COUNTY' order by id limit 1"),
      province: await one("select id::text from org where level = 'PROVINCE' order by id limit 1"),
      gridworker: await one("select id::text from user_account where username = 'gridworker'"),
    };
    const counts = (await em.execute(
      `select (select count(*) from org)::int as orgs, (select count(*) from grid)::int as grids, (select count(*) from task)::int as tasks`,
    )) as { orgs: number; grids: number; tasks: number }[];

    // Arms
    const profileDir = join(ROOT_DIR, '.data', 'profiles');
    const profile = process.env.BENCH_PROFILE === '1' ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
    // The product as deployed: `npm run build:api`, then `npm run serve`'s command with its Node flags (request pool with
    // its statement timeout, background jobs), not under ts-node, whose TypeScript compiler would count in its memory and CPU.
    console.log('building the API (npm run build:api) …');
    execFileSync('npm', ['run', '--silent', 'build:api'], { cwd: ROOT_DIR, stdio: 'inherit' });
    const runtime = benchRuntime();
    if (runtime.skipped) notes.push(`PostGraphile arm: ${runtime.skipped}`);
    const serve = serveCommand();
    const gridgov = await startChild(runtime.node, [...profile, ...serve.args], {
      ...serve.env,
      DATABASE_URL: dbUrl,
      PORT: '0',
      SEED: 'none',
      AUTH_SECRET: 'b'.repeat(32),
      LOGIN_RATE_PER_MINUTE: '1000000',
      DATA_DIR: join(tmpdir(), 'gridgov-bench'),
    });
    arms.push({ name: 'gridgov', ...gridgov, headers: {} });
    const raw = await startChild(runtime.node, ['-r', 'ts-node/register/transpile-only', 'test/bench/compare/raw-server.ts'], { BENCH_DB_URL: dbUrl });
    arms.push({ name: 'raw', ...raw, headers: {} });
    if (process.env.BENCH_SKIP_POSTGRAPHILE === '1') notes.push('PostGraphile arm: skipped (BENCH_SKIP_POSTGRAPHILE=1)');
    else if (runtime.postgraphile) {
      const failed = await startPostGraphile(runtime, dbUrl, em, arms);
      if (failed) notes.push(`PostGraphile arm: ${failed}`);
    }

    const gridgovArm = arms[0]!;
    const tokens: Record<string, string> = {};
    const tokenFor = async (username: string) => {
      if (tokens[username]) return tokens[username];
      const res = await post(
        gridgovArm.url,
        JSON.stringify({
          query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
          variables: { u: username, p: DEMO_PASSWORD },
        }),
      );
      return (tokens[username] = (JSON.parse(res.text) as { data: { login: { token: string } } }).data.login.token);
    };
    const prepared = async (arm: Arm, make: (ids: BenchIds) => ArmRequest) => {
      const r = make(ids);
      return { r, body: JSON.stringify(r.body), headers: (r.as ? { authorization: `Bearer ${await tokenFor(r.as)}` } : {}) as Record<string, string> };
    };

    // Equivalence: every arm's answer, reduced to one shape, equal to gridgov's.
    for (const q of QUERIES) {
      let reference: unknown;
      for (const arm of arms) {
        const make = q.arms[arm.name];
        if (!make) continue;
        const { r, body, headers } = await prepared(arm, make);
        const res = JSON.parse((await post(arm.url, body, headers)).text) as { data?: unknown; errors?: unknown };
        if (res.errors || !res.data) throw new Error(`${arm.name} ${q.name}: ${JSON.stringify(res.errors)}`);
        const answer = r.normalize(res.data);
        if (arm.name === 'gridgov') reference = answer;
        else if (!isDeepStrictEqual(answer, reference))
          throw new Error(`${arm.name} ${q.name} differs from gridgov:\n${JSON.stringify(answer).slice(0, 800)}\n${JSON.stringify(reference).slice(0, 800)}`);
      }
      console.log(`equivalent: ${q.name}`);
    }

    // SQL statements per request, per arm (sequential requests, pg_stat_statements reset before each).
    const statements = new Map<string, number>();
    if (statsAvailable) {
      for (const q of QUERIES)
        for (const arm of arms) {
          const make = q.arms[arm.name];
          if (!make) continue;
          const { body, headers } = await prepared(arm, make);
          await post(arm.url, body, headers);
          await em.execute('select pg_stat_statements_reset()');
          for (let i = 0; i < 20; i++) await post(arm.url, body, headers);
          const [row] = (await em.execute(
            `select coalesce(sum(calls), 0)::int as n from pg_stat_statements s join pg_database d on d.oid = s.dbid
              where d.datname = 'bench' and s.query not ilike '%pg_stat_statements%'`,
          )) as { n: number }[];
          statements.set(`${q.name}:${arm.name}`, row!.n / 20);
        }
    } else notes.push('pg_stat_statements not available: no statement counts');

    // Timing: warm-up, then rounds with the arms interleaved.
    const runs = new Map<string, Run[]>();
    for (let round = 0; round <= ROUNDS; round++)
      for (const q of QUERIES)
        for (const arm of arms) {
          const make = q.arms[arm.name];
          if (!make) continue;
          const { body, headers } = await prepared(arm, make);
          const run = await load(arm, body, headers, round === 0 ? 1 : SECONDS);
          if (round > 0) runs.set(`${q.name}:${arm.name}`, [...(runs.get(`${q.name}:${arm.name}`) ?? []), run]);
        }

    // Report
    const fmt = (n: number, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : '—');
    const range = (xs: number[], d = 1) => `${fmt(median(xs), d)} (${fmt(Math.min(...xs), d)}–${fmt(Math.max(...xs), d)})`;
    const lines: string[] = [];
    lines.push(`# bench:compare — ${new Date().toISOString().slice(0, 16)}Z`);
    lines.push('');
    lines.push(
      `Every arm on Node ${runtime.version}${runtime.postgraphile ? ' from npm' : ''}${arms.some((a) => a.name === 'postgraphile') ? ', PostGraphile 5.1.5' : ''}; embedded PostgreSQL 18; demo data: ${counts[0]!.orgs} orgs, ${counts[0]!.grids} grids, ${counts[0]!.tasks} tasks. ${ROUNDS} rounds × ${SECONDS} s per arm and query, interleaved, after a warm-up; ${CONCURRENCY} clients. Medians (min–max over rounds). CPU: server process user+system per request. SQL: statements per request from pg_stat_statements.`,
    );
    lines.push('');
    lines.push('| query | arm | req/s | p50 ms | p99 ms | CPU ms/req | RSS MB | SQL/req | req/s vs gridgov |');
    lines.push('|---|---|---|---|---|---|---|---|---|');
    for (const q of QUERIES) {
      const base = runs.get(`${q.name}:gridgov`)!;
      for (const arm of arms) {
        const rs = runs.get(`${q.name}:${arm.name}`);
        if (!rs) continue;
        const sql = statements.get(`${q.name}:${arm.name}`);
        lines.push(
          `| ${arm.name === 'gridgov' ? q.label : ''} | ${arm.name} | ${range(
            rs.map((r) => r.rps),
            0,
          )} | ${range(rs.map((r) => r.p50))} | ${range(rs.map((r) => r.p99))} | ${range(
            rs.map((r) => r.cpuMs),
            2,
          )} | ${fmt(median(rs.map((r) => r.rss)), 0)} | ${sql === undefined ? '—' : fmt(sql, 1)} | ${arm.name === 'gridgov' ? '1.00×' : `${fmt(median(rs.map((r) => r.rps)) / median(base.map((r) => r.rps)), 2)}×`} |`,
        );
      }
    }
    if (process.env.BENCH_QUERIES && !process.env.BENCH_STORM) {
      console.log(lines.join('\n'));
      await orm.close(true);
      return;
    }

    // Sign-in storm: Q3's latency while 200 sign-ins run 20 at a time, against its latency at rest.
    const q3 = await prepared(gridgovArm, QUERIES.find((q) => q.name === 'q3')!.arms.gridgov!);
    const quiet = await load(gridgovArm, q3.body, q3.headers, SECONDS, 4);
    // 200 people signing in once each (one account signing in 20 at a time would trip its own lock).
    await em.execute(
      `insert into user_account (username, name, org_id, password_hash)
       select 'storm' || n, '签到' || n, u.org_id, u.password_hash from user_account u, generate_series(1, 200) n where u.username = 'township'`,
    );
    const login = (n: number) =>
      JSON.stringify({
        query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
        variables: { u: `storm${n}`, p: DEMO_PASSWORD },
      });
    let signIns = 0;
    const stormStart = performance.now();
    const storm = Promise.all(
      Array.from({ length: 20 }, async () => {
        while (signIns < 200) {
          const res = await post(gridgovArm.url, login(++signIns));
          if (!res.text.includes('"token"')) throw new Error(`sign-in failed: ${res.text.slice(0, 300)}`);
        }
      }),
    );
    const during: number[] = [];
    let stormOver = false;
    void storm.then(() => (stormOver = true));
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        while (!stormOver) {
          const s = performance.now();
          await post(gridgovArm.url, q3.body, q3.headers);
          during.push(performance.now() - s);
        }
      }),
    );
    await storm;
    const stormSeconds = (performance.now() - stormStart) / 1000;
    during.sort((a, b) => a - b);
    const stormLine = `| Q3 p99 during 200 sign-ins at concurrency 20 / at rest, 4 clients (≤ 2) | ${fmt(pct(during, 99) / quiet.p99, 2)}× (${fmt(pct(during, 99))} / ${fmt(quiet.p99)} ms; storm took ${fmt(stormSeconds)} s, ${during.length} Q3 requests during it) |`;

    if (process.env.BENCH_QUERIES) {
      console.log([...lines, '', stormLine].join('\n'));
      await orm.close(true);
      return;
    }

    const cpu = (name: string) => median(runs.get(`${name}:gridgov`)!.map((r) => r.cpuMs));
    const ratio = (a: number, b: number) => `${fmt(a / b, 2)}×`;
    lines.push('');
    lines.push('| ratio (done-when in issue 12) | value |');
    lines.push('|---|---|');
    const rps = (q: string, a: string) => median(runs.get(`${q}:${a}`)?.map((r) => r.rps) ?? [NaN]);
    lines.push(`| Q1 gridgov / PostGraphile req/s (≥ 1.0) | ${ratio(rps('q1', 'gridgov'), rps('q1', 'postgraphile'))} |`);
    lines.push(`| Q3 gridgov / raw req/s (≥ 0.3) | ${ratio(rps('q3', 'gridgov'), rps('q3', 'raw'))} |`);
    lines.push(
      `| CPU of signed-in \`{ me { username } }\` / anonymous \`{ __typename }\` (≤ 1.5) | ${ratio(cpu('me'), cpu('typename'))} (${fmt(cpu('me'), 2)} / ${fmt(cpu('typename'), 2)} ms) |`,
    );
    lines.push(`| Q1 SQL statements per request, gridgov (≤ 4) | ${fmt(statements.get('q1:gridgov') ?? NaN, 1)} |`);
    const rssOf = (a: string) => median(runs.get(`q1:${a}`)?.map((r) => r.rss) ?? [NaN]);
    lines.push(
      `| RSS under Q1, gridgov / PostGraphile (≤ 1.0) | ${ratio(rssOf('gridgov'), rssOf('postgraphile'))} (${fmt(rssOf('gridgov'), 0)} / ${fmt(rssOf('postgraphile'), 0)} MB) |`,
    );
    lines.push(stormLine);
    const volumeUrl = process.env.BENCH_VOLUME_URL;
    const volume = volumeUrl ? await volumeStats(volumeUrl, Number(process.env.BENCH_VOLUME_RUNS ?? 50), dir) : [];
    if (volume.length) {
      const worst = (prefix: string) => fmt(Math.max(...volume.filter((t) => t.question.startsWith(prefix)).map((t) => t.p99)));
      lines.push(`| taskStats of the county (≥ 1M tasks) by child org, category and day, worst p99 (≤ 50 ms) | ${worst('taskStats county')} ms |`);
      lines.push(`| taskStats of the province (5M) by child org, category and day, worst p99 (≤ 100 ms) | ${worst('taskStats province')} ms |`);
      lines.push(`| traffic-light rates of the county over a year by child org and by grid, worst p99 (≤ 100 ms) | ${worst('trafficLightRates county')} ms |`);
      lines.push(
        `| visit compliance of the county over a year by child org, grid and month, worst p99 (≤ 100 ms) | ${worst('visitComplianceStats county')} ms |`,
      );
      lines.push('', `Statistics at province scale (BENCH_VOLUME_URL, filled by \`npm run seed:volume\`), signed in as admin, ${volume.length} questions:`, '');
      lines.push('| question | answer | p50 ms | p99 ms |', '|---|---|---|---|');
      for (const t of volume) lines.push(`| ${t.question} | ${t.answer} | ${fmt(t.p50)} | ${fmt(t.p99)} |`);
    } else lines.push('| statistics at province scale | not run: set BENCH_VOLUME_URL to a database filled by `npm run seed:volume` |');
    for (const n of notes) lines.push('', n);
    lines.push('', 'Rerun: `npm run bench:compare` (settings in test/bench/compare/compare.bench.ts).');
    const report = `${lines.join('\n')}\n`;
    writeFileSync(join(ROOT_DIR, 'test', 'bench', 'compare', 'RESULTS.md'), report);
    console.log(report);
    await orm.close(true);
  } finally {
    for (const arm of arms) arm.child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 1500));
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

interface BenchRuntime {
  /** The node binary every arm runs on. */
  node: string;
  version: string;
  /** Where node and PostGraphile were installed (the checkout when they could not be). */
  dir: string;
  /** PostGraphile's cli; null when it could not be installed. */
  postgraphile: string | null;
  /** Why the PostGraphile arm is left out, when it is. */
  skipped: string | null;
}

const BENCH_NODE = process.env.BENCH_NODE ?? '24';

/**
 * One Node for every arm, so the ratios compare servers, not runtimes: node@BENCH_NODE (24) and
 * postgraphile@5.1.5 from npm into a temp dir (PostGraphile needs Node ≥ 22; neither is a dependency of
 * the product). Without npm, gridgov and raw run on this process's Node and PostGraphile is skipped.
 */
function benchRuntime(): BenchRuntime {
  const here = { node: process.execPath, version: process.version, dir: ROOT_DIR, postgraphile: null };
  const prefix = process.env.BENCH_RUNTIME_DIR ?? join(tmpdir(), `gridgov-bench-node${BENCH_NODE}`);
  const node = join(prefix, 'node_modules', 'node', 'bin', 'node');
  const dist = join(prefix, 'node_modules', 'postgraphile', 'dist');
  if (!existsSync(node) || !existsSync(join(dist, '..', 'package.json'))) {
    mkdirSync(prefix, { recursive: true });
    try {
      console.log(`installing node@${BENCH_NODE} and postgraphile@5.1.5 into ${prefix}`);
      execFileSync('npm', ['i', '--prefix', prefix, '--no-audit', '--no-fund', '--no-save', `node@${BENCH_NODE}`, 'postgraphile@5.1.5'], { stdio: 'inherit' });
    } catch (e) {
      return { ...here, skipped: `skipped: npm could not install node@${BENCH_NODE} and postgraphile@5.1.5 (${String(e).slice(0, 200)})` };
    }
  }
  const cli = join(dist, 'cli-run.js');
  return {
    node,
    version: execFileSync(node, ['-v'], { encoding: 'utf8' }).trim(),
    dir: prefix,
    postgraphile: existsSync(cli) ? cli : join(dist, 'cli.js'),
    skipped: null,
  };
}

/** PostGraphile 5.1.5 over the bench database; returns why the arm is skipped, or null. */
async function startPostGraphile(runtime: BenchRuntime, dbUrl: string, em: { execute(sql: string): Promise<unknown> }, arms: Arm[]): Promise<string | null> {
  await em.execute(POSTGRAPHILE_SQL);
  const port = 20000 + (process.pid % 20000);
  const started = await startChild(
    runtime.node,
    [runtime.postgraphile!, '-P', 'postgraphile/presets/amber', '-c', dbUrl, '-s', 'public,bench', '-p', String(port), '-n', '127.0.0.1'],
    { GRAPHILE_ENV: 'production' },
    runtime.dir,
  ).catch((e: Error) => e);
  if (started instanceof Error) return `skipped: PostGraphile did not start (${started.message.slice(0, 300)})`;
  arms.push({ name: 'postgraphile', url: `http://127.0.0.1:${port}/graphql`, child: started.child, headers: {} });
  return null;
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

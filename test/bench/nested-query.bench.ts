import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { join } from 'node:path';
import { ROOT_DIR } from '../../api/src/config';
import { startEmbedded } from '../../api/src/db/embedded';
import { ormConfig } from '../../api/src/db/mikro-orm.config';
import { dropDatabase, ensureDatabase } from '../../api/src/db/pg-admin';
import { startServer } from '../../api/src/server';
import { DEMO_PASSWORD, seedDemo } from '../../seeds/demo.seeder';

/**
 * Prints latency and SQL statement counts of typical panel queries against the demo county, as each
 * demo role: `npm run bench:loaders`. Figures only; nothing here fails on time.
 */
const QUERIES: Record<string, string> = {
  'orgs nested ×100': `{ orgs(filter: { level: COMMUNITY }, limit: 100) { total items { name parent { name } grids { number leader { username } workers { username roles { code } } } } } }`,
  'grids subtree ×500': `{ grids(limit: 500, sort: [{ field: HOUSEHOLDS, direction: DESC }]) { total items { number name org { name } } } }`,
  'users ×100': `{ users(limit: 100) { total items { username phone org { name } roles { code } grids { number } } } }`,
  'taskStats 12 months by category': `{ taskStats(from: "2025-12-01", to: "2026-11-30", groupBy: CATEGORY) { received closed closureRate overdue groups { key received } } }`,
  'tasks ×100 overdue first': `{ tasks(limit: 100) { total items { title status overdue deadline grid { number } handlerOrg { name } } } }`,
  'people ×100': `{ supervisedPeople(limit: 100) { total items { name idNumber phone grid { number } category { name } } } }`,
};

async function main() {
  const runs = Number(process.env.BENCH_RUNS ?? 30);
  const dir = join(ROOT_DIR, '.data', `bench-${process.pid}`);
  const pg = await startEmbedded(dir, { durable: false });
  try {
    await ensureDatabase(pg.url('postgres'), 'bench');
    let statements = 0;
    const orm = await MikroORM.init(ormConfig(pg.url('bench'), { debug: ['query'], logger: () => statements++ }));
    await orm.getMigrator().up();
    await seedDemo(orm.em.fork());
    const server = await startServer(
      orm,
      { port: 0, host: '127.0.0.1', authSecret: 'b'.repeat(32), tokenTtlHours: 1, loginRatePerMinute: 100, adminDist: dir },
      () => {},
    );
    const post = async (query: string, token?: string) => {
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query }),
      });
      return (await res.json()) as { data?: any; errors?: unknown[] };
    };
    console.log(`runs per cell: ${runs}; demo county: 455 orgs, 1282 grids, 3000 tasks, 244 people`);
    console.log(['account', 'query', 'p50 ms', 'p95 ms', 'SQL/request'].join('\t'));
    for (const account of ['admin', 'county', 'township', 'gridworker']) {
      const login = await post(`mutation { login(username: "${account}", password: "${DEMO_PASSWORD}") { token } }`);
      const token = login.data.login.token as string;
      for (const [name, query] of Object.entries(QUERIES)) {
        await post(query, token);
        const times: number[] = [];
        statements = 0;
        for (let i = 0; i < runs; i++) {
          const t0 = performance.now();
          const res = await post(query, token);
          times.push(performance.now() - t0);
          if (res.errors) throw new Error(JSON.stringify(res.errors));
        }
        times.sort((a, b) => a - b);
        const pct = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!.toFixed(1);
        console.log([account, name, pct(0.5), pct(0.95), (statements / runs).toFixed(1)].join('\t'));
      }
    }
    await server.stop();
    await orm.close(true);
    await dropDatabase(pg.url('postgres'), 'bench');
  } finally {
    await pg.stop();
    const { rmSync } = await import('node:fs');
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

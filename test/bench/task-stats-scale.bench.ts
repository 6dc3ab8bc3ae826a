import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT_DIR } from '../../api/src/config';
import { startEmbedded } from '../../api/src/db/embedded';
import { ormConfig } from '../../api/src/db/mikro-orm.config';
import { ensureDatabase } from '../../api/src/db/pg-admin';
import { startServer } from '../../api/src/server';
import { DEMO_PASSWORD, seedDemo } from '../../seeds/demo.seeder';

/**
 * Subtree statistics at scale: adds BENCH_TASKS synthetic events (default 1,000,000) spread over all
 * 429 communities of the demo county and the last 12 months, then times `taskStats` over HTTP for the
 * county, a township and a community. `npm run bench:stats`; prints figures, fails on nothing.
 */
async function main() {
  const total = Number(process.env.BENCH_TASKS ?? 1_000_000);
  const runs = Number(process.env.BENCH_RUNS ?? 5);
  const dir = join(ROOT_DIR, '.data', `bench-stats-${process.pid}`);
  const pg = await startEmbedded(dir, { durable: false });
  try {
    await ensureDatabase(pg.url('postgres'), 'bench');
    const orm = await MikroORM.init(ormConfig(pg.url('bench')));
    await orm.getMigrator().up();
    await seedDemo(orm.em.fork());
    const em = orm.em.fork();
    const t0 = performance.now();
    await em.execute(
      `
      with communities as (select array_agg(id order by id) as ids from org where level = 'COMMUNITY'),
           categories as (select array_agg(id order by id) as ids from dictionary where type = 'EVENT_CATEGORY')
      insert into task (kind, title, org_id, category_id, status, reported_at, registered_at, resolved_at, resolved_late, deadline)
      select 'EVENT', 'bench ' || n, c.ids[1 + n % array_length(c.ids, 1)], k.ids[1 + n % array_length(k.ids, 1)],
             (case when n % 50 = 0 then 'DISPATCHED' else 'CLOSED' end)::task_status,
             now() - (n % 365) * interval '1 day', now() - (n % 365) * interval '1 day',
             case when n % 50 = 0 then null else now() - (n % 365) * interval '1 day' + interval '20 hours' end,
             n % 40 = 0, now() - (n % 365) * interval '1 day' + interval '1 day'
      from generate_series(1, ?) as n, communities c, categories k`,
      [total],
    );
    await em.execute('analyze');
    console.log(`inserted ${total} tasks in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    const server = await startServer(
      orm,
      { port: 0, host: '127.0.0.1', authSecret: 's'.repeat(32), tokenTtlHours: 1, loginRatePerMinute: 100, adminDist: dir },
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
    console.log(['account', 'groupBy', 'received', 'p50 ms', 'max ms'].join('\t'));
    for (const account of ['county', 'township', 'community']) {
      const token = (await post(`mutation { login(username: "${account}", password: "${DEMO_PASSWORD}") { token } }`)).data.login.token;
      for (const groupBy of ['CHILD_ORG', 'CATEGORY', 'DAY']) {
        const times: number[] = [];
        let received = 0;
        for (let i = 0; i < runs; i++) {
          const started = performance.now();
          const res = await post(`{ taskStats(from: "2025-11-01", to: "2026-12-31", groupBy: ${groupBy}) { received closureRate groups { key } } }`, token);
          times.push(performance.now() - started);
          if (res.errors) throw new Error(JSON.stringify(res.errors));
          received = res.data.taskStats.received;
        }
        times.sort((a, b) => a - b);
        console.log([account, groupBy, received, times[Math.floor(times.length / 2)]!.toFixed(0), times[times.length - 1]!.toFixed(0)].join('\t'));
      }
    }
    await server.stop();
    await orm.close(true);
  } finally {
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

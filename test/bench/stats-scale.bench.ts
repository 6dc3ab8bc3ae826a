import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT_DIR } from '../../api/src/config';
import { beijingToday } from '../../api/src/core/calendar';
import { startEmbedded, type EmbeddedServer } from '../../api/src/db/embedded';
import { ormConfig } from '../../api/src/db/mikro-orm.config';
import { ensureDatabase } from '../../api/src/db/pg-admin';
import { startServer } from '../../api/src/server';
import { DEMO_PASSWORD, seedDemoIfEmpty } from '../../seeds/demo.seeder';
import { seedVolume, VOLUME_DEFAULTS } from '../../seeds/volume.seeder';

/**
 * Statistics at province scale over HTTP, signed in as `admin`: taskStats for the volume data set's
 * county (≥ 1M tasks) and province (5M) by child org, category and day over the last year;
 * trafficLightRates for the county over the year; visitComplianceStats for the county over the last 12
 * months by child org, grid and month; visitCompliance for the county, each month of the year.
 * Prints p50/p99 per question; fails on nothing.
 *
 * `BENCH_DATABASE_URL=postgres://… npm run bench:stats` times a database filled by `npm run seed:volume`;
 * without it the bench seeds a throwaway embedded one (BENCH_TASKS, BENCH_COUNTY_TASKS, BENCH_PEOPLE,
 * default a tenth of the full set). BENCH_RUNS timed requests per question (default 50, after 5 warm-ups).
 */
async function main() {
  const runs = Number(process.env.BENCH_RUNS ?? 50);
  let pg: EmbeddedServer | undefined;
  let url = process.env.BENCH_DATABASE_URL;
  const dir = join(ROOT_DIR, '.data', `bench-stats-${process.pid}`);
  if (!url) {
    pg = await startEmbedded(dir, { durable: false });
    await ensureDatabase(pg.url('postgres'), 'bench');
    url = pg.url('bench');
  }
  try {
    const orm = await MikroORM.init(ormConfig(url));
    if (pg) {
      await orm.getMigrator().up();
      await seedDemoIfEmpty(orm.em.fork());
      await seedVolume(
        orm.em.fork(),
        {
          ...VOLUME_DEFAULTS,
          tasks: Number(process.env.BENCH_TASKS ?? 500_000),
          countyTasks: Number(process.env.BENCH_COUNTY_TASKS ?? 120_000),
          people: Number(process.env.BENCH_PEOPLE ?? 100_000),
        },
        (step, ms) => console.log(`seed ${step}: ${(ms / 1000).toFixed(1)} s`),
      );
    }
    const server = await startServer(
      orm,
      { port: 0, host: '127.0.0.1', authSecret: 's'.repeat(32), tokenTtlHours: 1, loginRatePerMinute: 100, adminDist: dir },
      () => {},
    );
    const post = async (query: string, variables: Record<string, unknown>, token?: string) => {
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: any; errors?: unknown[] };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data;
    };
    const token = (await post(`mutation { login(username: "admin", password: "${DEMO_PASSWORD}") { token } }`, {})).login.token as string;
    const orgId = async (code: string) => (await orm.em.fork().execute<{ id: string }[]>('select id::text as id from org where code = ?', [code]))[0]!.id;
    const county = await orgId(VOLUME_DEFAULTS.county.padEnd(12, '0'));
    const province = await orgId(VOLUME_DEFAULTS.province.padEnd(12, '0'));
    const today = beijingToday();
    const yearAgo = new Date(Date.parse(`${today}T00:00:00Z`) - 364 * 86400_000).toISOString().slice(0, 10);
    const months = Array.from({ length: 12 }, (_, i) => {
      const d = new Date(`${today.slice(0, 7)}-01T00:00:00Z`);
      d.setUTCMonth(d.getUTCMonth() - i);
      return d.toISOString().slice(0, 7);
    });

    const time = async (label: string, ask: (i: number) => Promise<string>) => {
      for (let i = 0; i < 5; i++) await ask(i);
      const ms: number[] = [];
      let answer = '';
      for (let i = 0; i < runs; i++) {
        const t0 = performance.now();
        answer = await ask(i);
        ms.push(performance.now() - t0);
      }
      ms.sort((a, b) => a - b);
      const at = (q: number) => ms[Math.min(ms.length - 1, Math.ceil(q * ms.length) - 1)]!.toFixed(1);
      console.log([label, answer, at(0.5), at(0.99)].join('\t'));
    };
    const TASKS = `query($orgId: ID, $from: Date!, $to: Date!, $groupBy: TaskStatsGroupBy!) {
      taskStats(orgId: $orgId, from: $from, to: $to, groupBy: $groupBy) { received closed overdue onTimeRate avgHandlingHours groups { key received } } }`;
    console.log(['question', 'answer', 'p50 ms', 'p99 ms'].join('\t'));
    for (const [name, id] of [
      ['county', county],
      ['province', province],
    ] as const) {
      for (const groupBy of ['CHILD_ORG', 'CATEGORY', 'DAY']) {
        await time(`taskStats ${name} ${groupBy} ${yearAgo}..${today}`, async () => {
          const s = (await post(TASKS, { orgId: id, from: yearAgo, to: today, groupBy }, token)).taskStats;
          return `received ${s.received}, ${s.groups.length} groups`;
        });
      }
    }
    for (const groupBy of ['CHILD_ORG', 'GRID']) {
      await time(`trafficLightRates county ${groupBy} ${yearAgo}..${today}`, async () => {
        const r = (
          await post(
            `query($orgId: ID, $from: Date!, $to: Date!, $groupBy: TrafficLightGroupBy!) { trafficLightRates(orgId: $orgId, from: $from, to: $to, groupBy: $groupBy) { gridDays greenRate groups { key } } }`,
            { orgId: county, from: yearAgo, to: today, groupBy },
            token,
          )
        ).trafficLightRates;
        return `${r.gridDays} grid-days, ${r.groups.length} groups`;
      });
    }
    for (const groupBy of ['CHILD_ORG', 'GRID', 'MONTH']) {
      await time(`visitComplianceStats county ${groupBy} ${months.at(-1)}..${months[0]}`, async () => {
        const v = (
          await post(
            `query($orgId: ID, $from: String!, $to: String!, $groupBy: VisitComplianceGroupBy!) {
              visitComplianceStats(orgId: $orgId, from: $from, to: $to, groupBy: $groupBy) { active visited rate groups { key label active visited } } }`,
            { orgId: county, from: months.at(-1), to: months[0], groupBy },
            token,
          )
        ).visitComplianceStats;
        return `${v.active} person-months due, ${v.visited} visited, ${v.groups.length} groups`;
      });
    }
    await time(`visitCompliance county, one month, counts and overdue total only (cycling ${months.at(-1)}..${months[0]})`, async (i) => {
      const v = (
        await post(
          `query($orgId: ID, $month: String!) { visitCompliance(orgId: $orgId, month: $month) { active visited rate byGrid { active visited } overdue { total } } }`,
          { orgId: county, month: months[i % months.length] },
          token,
        )
      ).visitCompliance;
      return `active ${v.active}, visited ${v.visited}, ${v.overdue.total} overdue`;
    });
    await time(`visitCompliance county, one month (cycling ${months.at(-1)}..${months[0]})`, async (i) => {
      const v = (
        await post(
          `query($orgId: ID, $month: String!) { visitCompliance(orgId: $orgId, month: $month) { active visited rate byGrid { grid { id name } active } overdue { total } } }`,
          {
            orgId: county,
            month: months[i % months.length],
          },
          token,
        )
      ).visitCompliance;
      return `active ${v.active}, visited ${v.visited}`;
    });
    await server.stop();
    await orm.close(true);
  } finally {
    await pg?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

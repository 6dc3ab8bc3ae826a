import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { beijingToday } from '../../../api/src/core/calendar';
import { ormConfig } from '../../../api/src/db/mikro-orm.config';
import { closeOutThrough, lastClosableDay } from '../../../api/src/modules/grid-report/grid-report.closeout';
import { startServer } from '../../../api/src/server';
import { DEMO_PASSWORD } from '../../../seeds/demo.seeder';
import { VOLUME_DEFAULTS } from '../../../seeds/volume.seeder';
import { graphqlPoster } from '../graphql';
import { pct } from '../percentile';

export interface VolumeTiming {
  question: string;
  answer: string;
  p50: number;
  p99: number;
}

/**
 * Statistics at province scale over HTTP, signed in as `admin`, on a database filled by `npm run seed:volume`
 * (`url`): taskStats for its county (≥ 1M tasks) and province (5M) by child org, category and day over the last
 * year; trafficLightRates for the county over the year by child org and grid; visitComplianceStats for the county
 * over the last 12 months by child org, grid and month; visitCompliance for the county, each month of the year.
 * The nights the close-out missed since the seeding are closed first, as its next run would. `runs` timed requests per question
 * after 5 warm-ups; `onTiming` hears each as it is done.
 */
export async function volumeStats(url: string, runs: number, workDir: string, onTiming: (t: VolumeTiming) => void = () => {}): Promise<VolumeTiming[]> {
  const orm = await MikroORM.init(ormConfig(url));
  const server = await startServer(
    orm,
    { port: 0, host: '127.0.0.1', authSecret: 's'.repeat(32), tokenTtlHours: 1, loginRatePerMinute: 100, adminDist: workDir },
    () => {},
  );
  const timings: VolumeTiming[] = [];
  try {
    const post = graphqlPoster(server.url);
    const token = (await post(`mutation { login(username: "admin", password: "${DEMO_PASSWORD}") { token } }`, {})).login.token as string;
    const orgId = async (code: string) => (await orm.em.fork().execute<{ id: string }[]>('select id::text as id from org where code = ?', [code]))[0]!.id;
    const county = await orgId(VOLUME_DEFAULTS.county.padEnd(12, '0'));
    const province = await orgId(VOLUME_DEFAULTS.province.padEnd(12, '0'));
    const today = beijingToday();
    // What the nightly close-out does on its next run: a database seeded days ago has missed it since.
    await closeOutThrough(orm.em.fork(), lastClosableDay());
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
      const timing = { question: label, answer, p50: pct(ms, 50), p99: pct(ms, 99) };
      timings.push(timing);
      onTiming(timing);
    };
    const TASKS = `query($orgId: ID, $from: Date!, $to: Date!, $groupBy: TaskStatsGroupBy!) {
      taskStats(orgId: $orgId, from: $from, to: $to, groupBy: $groupBy) { received closed overdue onTimeRate avgHandlingHours groups { key received } } }`;
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
  } finally {
    await server.stop();
    await orm.close(true);
  }
  return timings;
}

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
import { graphqlPoster } from './graphql';

/**
 * One assessment round over every grid of 密云区 (1,282 of them): times opening it (AUTO figures for
 * all), loading the score grid the panel shows (every scorecard with its scores and allowed actions,
 * in pages of 500) and `assessmentRanking` (first page, and all in one page of 500 … 3 pages).
 * `npm run bench:assessment`; prints figures, fails on nothing.
 */
async function main() {
  const runs = Number(process.env.BENCH_RUNS ?? 5);
  const dir = join(ROOT_DIR, '.data', `bench-assessment-${process.pid}`);
  const pg = await startEmbedded(dir, { durable: false });
  try {
    await ensureDatabase(pg.url('postgres'), 'bench');
    const orm = await MikroORM.init(ormConfig(pg.url('bench')));
    await orm.getMigrator().up();
    await seedDemo(orm.em.fork());
    const server = await startServer(
      orm,
      { port: 0, host: '127.0.0.1', authSecret: 's'.repeat(32), tokenTtlHours: 1, loginRatePerMinute: 100, adminDist: dir },
      () => {},
    );
    const post = graphqlPoster(server.url);
    const token = (await post(`mutation { login(username: "assessor", password: "${DEMO_PASSWORD}") { token } }`)).login.token as string;
    const [county] = await orm.em.fork().execute<{ id: string }[]>("select id::text from org where code = '110118000000'");
    const [scheme] = await orm.em.fork().execute<{ id: string }[]>("select id::text from assessment_scheme where code = 'GRID_QUARTER'");
    const time = async (label: string, n: number, fn: () => Promise<unknown>) => {
      const times: number[] = [];
      let result: unknown;
      for (let i = 0; i < n; i++) {
        const t0 = performance.now();
        result = await fn();
        times.push(performance.now() - t0);
      }
      times.sort((a, b) => a - b);
      console.log([label, times[Math.floor(times.length / 2)]!.toFixed(0), times[times.length - 1]!.toFixed(0)].join('\t'));
      return result;
    };
    console.log(['what', 'p50 ms', 'max ms'].join('\t'));
    const round = (await time('openAssessmentRound 密云区 2026-Q1 (AUTO figures for every grid)', 1, () =>
      post(
        'mutation($i: OpenAssessmentRoundInput!) { openAssessmentRound(input: $i) { id } }',
        { i: { schemeId: scheme!.id, period: '2026-Q1', orgId: county!.id } },
        token,
      ),
    )) as { openAssessmentRound: { id: string } };
    const roundId = round.openAssessmentRound.id;
    const GRID = `query($r: ID!, $o: Int!) { scorecards(filter: { roundId: $r }, offset: $o, limit: 500) { total items {
      id version subjectName status total grade allowedActions scores { indicator score figure comment } } } }`;
    let count = 0;
    await time('score grid: every scorecard with scores and allowed actions', runs, async () => {
      count = 0;
      for (let offset = 0; ; offset += 500) {
        const page = (await post(GRID, { r: roundId, o: offset }, token)).scorecards;
        count += page.items.length;
        if (count >= page.total) break;
      }
    });
    console.log(`scorecards in the round: ${count}`);
    const RANK =
      'query($r: ID!, $o: Int!, $l: Int!) { assessmentRanking(roundId: $r, offset: $o, limit: $l) { total items { rank total grade change scorecard { subjectName } } } }';
    await time('assessmentRanking first page (25)', runs, () => post(RANK, { r: roundId, o: 0, l: 25 }, token));
    await time('assessmentRanking all (3 pages of 500)', runs, async () => {
      for (let o = 0; o < count; o += 500) await post(RANK, { r: roundId, o, l: 500 }, token);
    });
    await time('assessmentSummary by township', runs, () =>
      post('query($r: ID!) { assessmentSummary(roundId: $r) { key count mean } }', { r: roundId }, token),
    );
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

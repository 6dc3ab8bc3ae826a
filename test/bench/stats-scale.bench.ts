import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT_DIR } from '../../api/src/config';
import { startEmbedded, type EmbeddedServer } from '../../api/src/db/embedded';
import { ormConfig } from '../../api/src/db/mikro-orm.config';
import { ensureDatabase } from '../../api/src/db/pg-admin';
import { seedDemoIfEmpty } from '../../seeds/demo.seeder';
import { seedVolume, VOLUME_DEFAULTS } from '../../seeds/volume.seeder';
import { volumeStats } from './compare/volume';

/**
 * `npm run bench:stats`: the province-scale statistics of `npm run bench:compare` (test/bench/compare/volume.ts)
 * alone. `BENCH_DATABASE_URL=postgres://… npm run bench:stats` times a database filled by `npm run seed:volume`;
 * without it the bench seeds a throwaway embedded one (BENCH_TASKS, BENCH_COUNTY_TASKS, BENCH_PEOPLE, default a
 * tenth of the full set). BENCH_RUNS timed requests per question (default 50, after 5 warm-ups). Prints
 * p50/p99 per question; fails on nothing.
 */
async function main() {
  const runs = Number(process.env.BENCH_RUNS ?? 50);
  let pg: EmbeddedServer | undefined;
  let url = process.env.BENCH_DATABASE_URL;
  const dir = join(ROOT_DIR, '.data', `bench-stats-${process.pid}`);
  try {
    if (!url) {
      pg = await startEmbedded(dir, { durable: false });
      await ensureDatabase(pg.url('postgres'), 'bench');
      url = pg.url('bench');
      const orm = await MikroORM.init(ormConfig(url));
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
      await orm.close(true);
    }
    console.log(['question', 'answer', 'p50 ms', 'p99 ms'].join('\t'));
    await volumeStats(url, runs, dir, (t) => console.log([t.question, t.answer, t.p50.toFixed(1), t.p99.toFixed(1)].join('\t')));
  } finally {
    await pg?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

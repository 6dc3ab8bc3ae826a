import 'reflect-metadata';
import { loadConfig } from '../config';
import { openDatabase } from '../db/database';
import { seedDemoIfEmpty } from '../../../seeds/demo.seeder';
import { foreignData, seedVolume, VOLUME_DEFAULTS, type VolumeOptions } from '../../../seeds/volume.seeder';

/**
 * `npm run seed:volume [-- --force --tasks N --county-tasks N --people N --county 330109 --province 33]`:
 * the demo (when the database is empty) plus a province-size data set, into DATABASE_URL (or the
 * embedded database). Refuses a database holding anything but the demo unless --force. Prints timings.
 */
async function main(args: string[]) {
  const flag = (name: string) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const number = (name: string, fallback: number) => {
    const v = flag(name);
    if (v === undefined) return fallback;
    const n = Number(v.replace(/_/g, ''));
    if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} takes a whole number, not ${v}`);
    return n;
  };
  const options: VolumeOptions = {
    province: flag('province') ?? VOLUME_DEFAULTS.province,
    county: flag('county') ?? VOLUME_DEFAULTS.county,
    tasks: number('tasks', VOLUME_DEFAULTS.tasks),
    countyTasks: number('county-tasks', VOLUME_DEFAULTS.countyTasks),
    people: number('people', VOLUME_DEFAULTS.people),
  };
  options.countyTasks = Math.min(options.countyTasks, options.tasks);
  const db = await openDatabase(loadConfig());
  try {
    const em = db.orm.em.fork();
    const t0 = performance.now();
    if (await seedDemoIfEmpty(em)) console.log(`demo seeded in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    const foreign = await foreignData(em, options.province);
    if (foreign && !args.includes('--force')) throw new Error(`the database holds ${foreign}; rerun with --force to add the volume data set anyway`);
    const [done] = await em.execute<{ n: number }[]>('select count(*)::int as n from org where code = ?', [options.province.padEnd(12, '0')]);
    if (done!.n > 0) throw new Error(`province ${options.province} is already seeded here; seed into a fresh database`);
    await seedVolume(em, options, (step, ms) => console.log(`${step}: ${(ms / 1000).toFixed(1)} s`));
    console.log(`total: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  } finally {
    await db.close();
  }
}

main(process.argv.slice(2)).catch((e: Error) => {
  console.error(e.message);
  process.exit(1);
});

import type { MikroORM } from '@mikro-orm/postgresql';
import PgBoss from 'pg-boss';
import { registry } from '../modules';

export interface JobRunnerOptions {
  /** Register the cron schedules (the API does; tests send jobs themselves). */
  schedule?: boolean;
  /** Take jobs from the queues; false for a process that only sends. */
  work?: boolean;
  pollingIntervalSeconds?: number;
  log?: (message: string) => void;
}

export interface JobRunner {
  boss: PgBoss;
  stop(): Promise<void>;
}

/**
 * Background jobs in PostgreSQL (pg-boss, schema `pgboss` of the app's database): the queue and the
 * cron schedules live in the database, so they survive restarts, and pg-boss hands each job to one
 * worker even with several API processes. The handlers are idempotent besides (guarded UPDATEs,
 * `on conflict do nothing`), so a job retried after a crash changes nothing twice.
 *
 * Starts pg-boss on `url`, creates the modules' queues, and (by default) schedules and works them.
 */
export async function startJobs(
  orm: MikroORM,
  url: string,
  { schedule = true, work = true, pollingIntervalSeconds = 2, log = console.log }: JobRunnerOptions = {},
): Promise<JobRunner> {
  const boss = new PgBoss({ connectionString: url, schema: 'pgboss', max: 4, schedule, supervise: work });
  boss.on('error', (e) => log(`jobs: ${e instanceof Error ? e.message : String(e)}`));
  await boss.start();
  for (const { queue: name } of registry.jobs) {
    // `singleton`: at most one job of the queue active at a time, whichever process runs it.
    if (!(await boss.getQueue(name))) await boss.createQueue(name, { name, policy: 'singleton', retryLimit: 3, retryDelay: 30 }).catch(() => undefined);
  }
  if (schedule) for (const job of registry.jobs) if (job.cron) await boss.schedule(job.queue, job.cron, {}, { tz: 'Asia/Shanghai', singletonKey: job.queue });
  if (work) {
    for (const job of registry.jobs) {
      await boss.work<Record<string, unknown>>(job.queue, { pollingIntervalSeconds }, async ([next]) => job.run(orm, next?.data ?? {}, log));
    }
  }
  return {
    boss,
    async stop() {
      // A running job gets 3 s to finish; an interrupted one is retried (the handlers are idempotent).
      await boss.stop({ graceful: true, wait: true, timeout: 3000 });
    },
  };
}

import type { MikroORM } from '@mikro-orm/postgresql';
import PgBoss from 'pg-boss';
import { closeOutDay } from '../modules/grid-report/grid-report.closeout';
import { beijingDate } from '../modules/task/deadline';
import { escalateOverdueTasks } from '../modules/task/task.overdue';

/**
 * Background jobs in PostgreSQL (pg-boss, schema `pgboss` of the app's database): the queue and the
 * cron schedules live in the database, so they survive restarts, and pg-boss hands each job to one
 * worker even with several API processes. The handlers are idempotent besides (guarded UPDATEs,
 * `on conflict do nothing`), so a job retried after a crash changes nothing twice.
 */
export const QUEUES = {
  /** Finds overdue tasks, escalates them to the parent org and leaves reminders for the handlers. */
  overdue: 'task-overdue',
  /** Freezes yesterday's traffic lights once its cut-off has passed. */
  closeOut: 'grid-report-close-out',
} as const;

const SCHEDULES: { queue: string; cron: string }[] = [
  { queue: QUEUES.overdue, cron: '*/5 * * * *' },
  { queue: QUEUES.closeOut, cron: '10 0 * * *' },
];

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

const yesterday = (now: Date) => beijingDate(new Date(now.getTime() - 86_400_000));

/** Starts pg-boss on `url`, creates the queues, and (by default) schedules and works them. */
export async function startJobs(orm: MikroORM, url: string, { schedule = true, work = true, pollingIntervalSeconds = 2, log = console.log }: JobRunnerOptions = {}): Promise<JobRunner> {
  const boss = new PgBoss({ connectionString: url, schema: 'pgboss', max: 4, schedule, supervise: work });
  boss.on('error', (e) => log(`jobs: ${e instanceof Error ? e.message : String(e)}`));
  await boss.start();
  for (const name of Object.values(QUEUES)) {
    // `singleton`: at most one job of the queue active at a time, whichever process runs it.
    if (!(await boss.getQueue(name))) await boss.createQueue(name, { name, policy: 'singleton', retryLimit: 3, retryDelay: 30 }).catch(() => undefined);
  }
  if (schedule) for (const s of SCHEDULES) await boss.schedule(s.queue, s.cron, {}, { tz: 'Asia/Shanghai', singletonKey: s.queue });
  if (work) {
    await boss.work(QUEUES.overdue, { pollingIntervalSeconds }, async () => {
      const ids = await escalateOverdueTasks(orm.em.fork());
      if (ids.length) log(`jobs: escalated ${ids.length} overdue task(s)`);
    });
    await boss.work<{ date?: string }>(QUEUES.closeOut, { pollingIntervalSeconds }, async ([job]) => {
      const date = job?.data?.date ?? yesterday(new Date());
      await closeOutDay(orm.em.fork(), date);
    });
  }
  return {
    boss,
    async stop() {
      // A running job gets 3 s to finish; an interrupted one is retried (the handlers are idempotent).
      await boss.stop({ graceful: true, wait: true, timeout: 3000 });
    },
  };
}

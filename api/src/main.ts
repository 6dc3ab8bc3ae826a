import 'reflect-metadata';
import { loadConfig } from './config';
import { openDatabase } from './db/database';
import { registry } from './modules';
import { ensureBuiltinRoles } from './modules/role/builtin-roles';
import { startJobs } from './jobs/runner';
import { startServer } from './server';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoIfEmpty } from '../../seeds/demo.seeder';

async function main() {
  const config = loadConfig();
  console.log(config.databaseUrl ? 'using DATABASE_URL' : `starting the embedded PostgreSQL under ${config.dataDir}/postgres …`);
  const db = await openDatabase(config);
  // Every deployment has the built-in roles; ones added by a new release appear on its first start.
  await ensureBuiltinRoles(db.orm.em.fork(), registry);
  if (config.seed === 'demo' && (await seedDemoIfEmpty(db.orm.em.fork()))) console.log('seeded demo data (北京市密云区)');
  const server = await startServer(db.orm, config);
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
    await server.stop();
    await jobs.stop();
    await db.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});

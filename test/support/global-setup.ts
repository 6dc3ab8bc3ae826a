import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { dropDatabase, ensureDatabase } from '../../api/src/db/pg-admin';
import { clearStale, startEmbedded, type EmbeddedServer } from '../../api/src/db/embedded';

// Per run, so two checkouts or two runs on one machine (or one TEST_DATABASE_URL) never collide.
const RUN = `${process.pid}`;
const DATA_DIR = join(__dirname, '..', '..', '.data', `test-postgres-${RUN}`);

declare global {
  var __embeddedPg: { server: EmbeddedServer; dir: string } | undefined;
}

/** Replaces the database name in a PostgreSQL URL. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/**
 * One server for the whole run (embedded, or TEST_DATABASE_URL's), and one template database holding
 * the migrated schema and the demo data; each test file copies the template into a throwaway database.
 */
/** Clusters of earlier runs that were killed before their teardown: their owner pid is gone. */
async function removeAbandonedClusters(): Promise<void> {
  const dataDir = dirname(DATA_DIR);
  if (!existsSync(dataDir)) return;
  for (const name of readdirSync(dataDir)) {
    const pid = Number(/^test-postgres-(\d+)$/.exec(name)?.[1]);
    if (!pid) continue;
    try {
      process.kill(pid, 0);
    } catch {
      await clearStale(join(dataDir, name)).catch(() => undefined);
      rmSync(join(dataDir, name), { recursive: true, force: true });
    }
  }
}

export default async function globalSetup(): Promise<void> {
  await removeAbandonedClusters();
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    const server = await startEmbedded(DATA_DIR, { durable: false });
    globalThis.__embeddedPg = { server, dir: DATA_DIR };
    adminUrl = server.url('postgres');
  }
  const template = `gridgov_test_template_${RUN}`;
  await dropDatabase(adminUrl, template);
  await ensureDatabase(adminUrl, template);
  execFileSync(
    process.execPath,
    [require.resolve('ts-node/dist/bin'), '--transpile-only', join(__dirname, 'prepare-template.ts'), withDatabase(adminUrl, template)],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  process.env.GRIDGOV_TEST_ADMIN_URL = adminUrl;
  process.env.GRIDGOV_TEST_TEMPLATE = template;
}

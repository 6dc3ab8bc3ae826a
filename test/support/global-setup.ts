import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { ensureDatabase } from '../../api/src/db/database';
import { startEmbedded, type EmbeddedServer } from '../../api/src/db/embedded';
import { ormConfig } from '../../api/src/db/mikro-orm.config';
import { seedDemo } from '../../seeds/demo.seeder';

export const TEMPLATE_DB = 'gridgov_test_template';
const DATA_DIR = join(__dirname, '..', '..', '.data', 'test-postgres');

declare global {
  // eslint-disable-next-line no-var
  var __embeddedPg: EmbeddedServer | undefined;
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
export default async function globalSetup(): Promise<void> {
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    rmSync(DATA_DIR, { recursive: true, force: true });
    globalThis.__embeddedPg = await startEmbedded(DATA_DIR, { durable: false });
    adminUrl = globalThis.__embeddedPg.url('postgres');
  }
  const { Client } = await import('pg');
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`drop database if exists "${TEMPLATE_DB}" with (force)`);
  await client.end();
  await ensureDatabase(adminUrl, TEMPLATE_DB);
  const orm = await MikroORM.init(ormConfig(withDatabase(adminUrl, TEMPLATE_DB)));
  await orm.getMigrator().up();
  await seedDemo(orm.em.fork());
  await orm.close(true);
  process.env.GRIDGOV_TEST_ADMIN_URL = adminUrl;
}

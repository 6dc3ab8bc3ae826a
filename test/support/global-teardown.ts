import { rmSync } from 'node:fs';
import { dropDatabase } from '../../api/src/db/pg-admin';

export default async function globalTeardown(): Promise<void> {
  const pg = globalThis.__embeddedPg;
  if (pg) {
    await pg.server.stop();
    rmSync(pg.dir, { recursive: true, force: true });
  } else if (process.env.GRIDGOV_TEST_ADMIN_URL && process.env.GRIDGOV_TEST_TEMPLATE) {
    await dropDatabase(process.env.GRIDGOV_TEST_ADMIN_URL, process.env.GRIDGOV_TEST_TEMPLATE);
  }
}

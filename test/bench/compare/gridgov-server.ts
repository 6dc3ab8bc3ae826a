import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from '../../../api/src/db/mikro-orm.config';
import { startServer } from '../../../api/src/server';

/** The gridgov arm: the real server (scope, masking, limits on) over BENCH_DB_URL; prints its URL as one JSON line. */
async function main() {
  const orm = await MikroORM.init(ormConfig(process.env.BENCH_DB_URL!));
  const server = await startServer(
    orm,
    { port: 0, host: '127.0.0.1', authSecret: 'b'.repeat(32), tokenTtlHours: 1, loginRatePerMinute: 1_000_000, adminDist: '/nonexistent' },
    () => {},
  );
  process.stdout.write(`${JSON.stringify({ url: `${server.url}/graphql` })}\n`);
  process.on('SIGTERM', () => void server.stop().then(() => orm.close(true).then(() => process.exit(0))));
}

void main();

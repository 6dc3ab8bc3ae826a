import { DataloaderType, defineConfig, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { SeedManager } from '@mikro-orm/seeder';
import { join } from 'node:path';
import { registry } from '../modules';

/** Compiled code runs the compiled migrations; ts-node and jest run the TypeScript ones. */
const compiled = __filename.endsWith('.js') && !process.env.JEST_WORKER_ID;

export function ormConfig(clientUrl: string, extra: Partial<Options> = {}): Options {
  return defineConfig({
    clientUrl,
    entities: registry.entities,
    discovery: { disableDynamicFileAccess: true },
    dataloader: DataloaderType.ALL,
    forceUtcTimezone: true,
    allowGlobalContext: false,
    extensions: [Migrator, SeedManager],
    migrations: {
      path: join(__dirname, 'migrations'),
      glob: compiled ? '!(*.d).js' : '*.ts',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts',
    },
    pool: { min: 0, max: 10 },
    // Tables without an entity: rate-limiter-flexible's counters (rate_limit), the statistics rollups
    // kept by triggers (rollup) and the identity epoch callers are cached against (identity).
    schemaGenerator: { ignoreSchema: ['rate_limit', 'rollup', 'identity'] },
    ...extra,
  });
}

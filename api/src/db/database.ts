import { MikroORM } from '@mikro-orm/postgresql';
import { join } from 'node:path';
import type { Config } from '../config';
import { startEmbedded, type EmbeddedServer } from './embedded';
import { ormConfig } from './mikro-orm.config';
import { ensureDatabase } from './pg-admin';

export interface Database {
  /** For migrations, seeding and jobs: no statement timeout. */
  orm: MikroORM;
  url: string;
  /** A second pool for API requests, every statement bounded by `statementTimeoutMs`; closed with the database. */
  requestOrm(statementTimeoutMs: number): Promise<MikroORM>;
  close(): Promise<void>;
}

/** Pool options bounding every statement (PostgreSQL's statement_timeout, set on each connection). */
export const statementTimeout = (ms: number) => ({ driverOptions: { connection: { statement_timeout: ms } } });

/** DATABASE_URL when given, else the embedded cluster under the data dir with a `gridgov` database. */
export async function openDatabase(config: Config, log: (m: string) => void = () => {}): Promise<Database> {
  let embedded: EmbeddedServer | undefined;
  let url = config.databaseUrl;
  if (!url) {
    embedded = await startEmbedded(join(config.dataDir, 'postgres'), { port: config.embeddedPgPort, log });
    await ensureDatabase(embedded.url('postgres'), 'gridgov');
    url = embedded.url('gridgov');
  }
  const orm = await MikroORM.init(ormConfig(url));
  await orm.getMigrator().up();
  const others: MikroORM[] = [];
  return {
    orm,
    url,
    async requestOrm(statementTimeoutMs) {
      const requests = await MikroORM.init(ormConfig(url!, statementTimeout(statementTimeoutMs)));
      others.push(requests);
      return requests;
    },
    async close() {
      for (const o of others) await o.close(true);
      await orm.close(true);
      await embedded?.stop();
    },
  };
}

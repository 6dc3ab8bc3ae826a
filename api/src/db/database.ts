import { MikroORM } from '@mikro-orm/postgresql';
import { join } from 'node:path';
import type { Config } from '../config';
import { startEmbedded, type EmbeddedServer } from './embedded';
import { ormConfig } from './mikro-orm.config';
import { ensureDatabase } from './pg-admin';

export interface Database {
  orm: MikroORM;
  url: string;
  close(): Promise<void>;
}

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
  return {
    orm,
    url,
    async close() {
      await orm.close(true);
      await embedded?.stop();
    },
  };
}

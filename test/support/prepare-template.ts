import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from '../../api/src/db/mikro-orm.config';
import { seedDemo } from '../../seeds/demo.seeder';

/**
 * Migrates and seeds the template database. A process of its own: MikroORM keeps entity metadata
 * in globals, which must not leak from jest's global setup into the test files' sandbox.
 */
async function main(url: string) {
  const orm = await MikroORM.init(ormConfig(url));
  await orm.getMigrator().up();
  await seedDemo(orm.em.fork());
  await orm.close(true);
}

main(process.argv[2]!).catch((e) => {
  console.error(e);
  process.exit(1);
});

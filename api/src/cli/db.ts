import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { loadConfig } from '../config';
import { openDatabase } from '../db/database';
import { ormConfig } from '../db/mikro-orm.config';
import { seedDemo } from '../../../seeds/demo.seeder';

/**
 * Database chores: `migration:create` writes a migration for the entities' drift from the schema,
 * `migration:check` fails when that drift is not empty, `reset` drops everything and reseeds.
 */
async function main(command: string | undefined): Promise<void> {
  const config = loadConfig();
  const db = await openDatabase(config, () => {});
  try {
    const migrator = db.orm.getMigrator();
    switch (command) {
      case 'migration:create': {
        const result = await migrator.createMigration();
        console.log(result.fileName ? `wrote ${result.fileName}` : 'entities and migrations agree: nothing to write');
        break;
      }
      case 'migration:check': {
        const diff = await db.orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false });
        if (diff.trim()) {
          console.error(`migrations are behind the entities; run npm run migration:create\n${diff}`);
          process.exitCode = 1;
        } else console.log('migrations match the entities');
        break;
      }
      case 'reset': {
        // The schemas no entity maps (rollups, identity epoch, rate limits, jobs) hold functions on the entities' types: they go first.
        await db.orm.em.getConnection().execute('drop schema if exists rollup, identity, rate_limit, pgboss cascade');
        await db.orm.getSchemaGenerator().dropSchema({ dropMigrationsTable: true });
        await db.orm.close(true);
        const orm = await MikroORM.init(ormConfig(db.url));
        await orm.getMigrator().up();
        await seedDemo(orm.em.fork());
        await orm.close(true);
        console.log('database rebuilt with demo data');
        break;
      }
      default:
        throw new Error('usage: db.ts migration:create | migration:check | reset');
    }
  } finally {
    await db.close();
  }
}

main(process.argv[2]).catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});

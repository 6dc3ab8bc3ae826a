import { Migration } from '@mikro-orm/migrations';

/**
 * Counters of rate-limiter-flexible's PostgreSQL store (sign-in attempts per address, failed sign-ins
 * per username, password changes per account), shared by every API instance. Its own schema: no
 * entity maps it, so the entity diff of `migration:check` leaves it alone.
 */
export class Migration20261202010000_rate_limits extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "rate_limit";`);
    this.addSql(`create table "rate_limit"."counter" ("key" varchar(255) primary key, "points" integer not null default 0, "expire" bigint null);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop schema if exists "rate_limit" cascade;`);
  }
}

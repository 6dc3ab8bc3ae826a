import { Migration } from '@mikro-orm/migrations';

/**
 * One counter that moves whenever anything a signed-in caller's identity is built from changes (the
 * account's name, org and password flag, its roles and grids, a role's rules, a grid's org, an org's
 * path or level). Every API instance reads it in each request's first statement and rebuilds its cached
 * identity of a session when it moved. The bump runs at commit (deferred), once per transaction, so it
 * becomes visible together with the change and is the last lock a transaction takes (no deadlocks).
 * Its own schema: no entity maps it, so the entity diff of `migration:check` leaves it alone.
 */
const WATCHED: [table: string, events: string][] = [
  ['user_account', 'update of username, org_id, must_change_password or delete'],
  ['user_role', 'insert or update or delete'],
  ['user_grid', 'insert or update or delete'],
  ['role', 'update of code, scope, rules or delete'],
  ['grid', 'update of org_id or delete'],
  ['org', 'update of path, level, parent_id or delete'],
];

export class Migration20261202120000_identity_epoch extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "identity";`);
    this.addSql(`create table "identity"."epoch" ("id" smallint primary key check ("id" = 1), "n" bigint not null);`);
    this.addSql(`insert into "identity"."epoch" ("id", "n") values (1, 1);`);
    this.addSql(`create function "identity"."bump_epoch"() returns trigger language plpgsql as $$
      begin
        if current_setting('identity.epoch_bumped_in', true) is distinct from txid_current()::text then
          perform set_config('identity.epoch_bumped_in', txid_current()::text, true);
          update "identity"."epoch" set "n" = "n" + 1 where "id" = 1;
        end if;
        return null;
      end $$;`);
    for (const [table, events] of WATCHED)
      this.addSql(
        `create constraint trigger "${table}_identity_epoch" after ${events} on "${table}" deferrable initially deferred for each row execute function "identity"."bump_epoch"();`,
      );
  }

  override async down(): Promise<void> {
    for (const [table] of WATCHED) this.addSql(`drop trigger if exists "${table}_identity_epoch" on "${table}";`);
    this.addSql(`drop schema if exists "identity" cascade;`);
  }
}

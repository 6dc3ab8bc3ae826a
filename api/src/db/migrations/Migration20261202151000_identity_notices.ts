import { Migration } from '@mikro-orm/migrations';

/**
 * Notices on the `gridgov_identity` channel, delivered by PostgreSQL at commit, that let each API
 * instance trust the sessions it checked without reading them on every request (SessionCallers):
 * `*` when the identity epoch moves or the password policy changes, `session:<id>` when a session is
 * revoked, expires, is touched or goes, `user:<id>` when an account changes or goes.
 */
export class Migration20261202151000_identity_notices extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create function "identity"."notify_all"() returns trigger language plpgsql as $$
      begin perform pg_notify('gridgov_identity', '*'); return null; end $$;`);
    this.addSql(`create function "identity"."notify_session"() returns trigger language plpgsql as $$
      begin perform pg_notify('gridgov_identity', 'session:' || old.id::text); return null; end $$;`);
    this.addSql(`create function "identity"."notify_user"() returns trigger language plpgsql as $$
      begin perform pg_notify('gridgov_identity', 'user:' || old.id::text); return null; end $$;`);
    this.addSql(`create trigger "epoch_notice" after update on "identity"."epoch" for each row execute function "identity"."notify_all"();`);
    this.addSql(
      `create trigger "password_policy_notice" after insert or update or delete on "password_policy" for each statement execute function "identity"."notify_all"();`,
    );
    this.addSql(
      `create trigger "user_session_notice" after update of revoked_at, expires_at, last_seen_at, created_at, user_id or delete on "user_session" for each row execute function "identity"."notify_session"();`,
    );
    this.addSql(`create trigger "user_account_notice" after update or delete on "user_account" for each row execute function "identity"."notify_user"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "user_account_notice" on "user_account";`);
    this.addSql(`drop trigger if exists "user_session_notice" on "user_session";`);
    this.addSql(`drop trigger if exists "password_policy_notice" on "password_policy";`);
    this.addSql(`drop trigger if exists "epoch_notice" on "identity"."epoch";`);
    this.addSql(`drop function if exists "identity"."notify_user"();`);
    this.addSql(`drop function if exists "identity"."notify_session"();`);
    this.addSql(`drop function if exists "identity"."notify_all"();`);
  }
}

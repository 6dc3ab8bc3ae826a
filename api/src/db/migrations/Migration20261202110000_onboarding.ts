import { Migration } from '@mikro-orm/migrations';

/** Account ID numbers (imports), password policy and history, idle timeout, initial-password expiry. */
export class Migration20261202110000_onboarding extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "password_policy" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "min_length" smallint not null, "classes" smallint not null, "history" smallint not null, "expiry_days" smallint not null, "initial_expiry_days" smallint not null, "idle_timeout_minutes" smallint not null);`,
    );
    this.addSql(
      `create table "password_history" ("id" bigserial primary key, "user_id" bigint not null, "password_hash" text not null, "at" timestamptz not null default now());`,
    );
    this.addSql(`create index "password_history_user_id_index" on "password_history" ("user_id");`);
    this.addSql(
      `alter table "password_history" add constraint "password_history_user_id_foreign" foreign key ("user_id") references "user_account" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(`alter table "user_account" add column "id_number" varchar(18) null, add column "password_changed_at" timestamptz null;`);
    this.addSql(`alter table "user_session" add column "last_seen_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "user_session" drop column "last_seen_at";`);
    this.addSql(`alter table "user_account" drop column "id_number", drop column "password_changed_at";`);
    this.addSql(`drop table if exists "password_history" cascade;`);
    this.addSql(`drop table if exists "password_policy" cascade;`);
  }
}

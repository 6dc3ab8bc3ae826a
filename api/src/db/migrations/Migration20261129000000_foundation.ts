import { Migration } from '@mikro-orm/migrations';

export class Migration20261129000000_foundation extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "org_level" as enum ('PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP', 'COMMUNITY', 'DEPARTMENT');`);
    this.addSql(`create type "data_scope" as enum ('ALL', 'ORG_SUBTREE', 'ORG', 'GRID', 'SELF');`);
    this.addSql(
      `create table "dictionary" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "type" varchar(50) not null, "code" varchar(50) not null, "name" varchar(100) not null, "sort" int not null default 0, "enabled" boolean not null default true);`,
    );
    this.addSql(`alter table "dictionary" add constraint "dictionary_type_code_unique" unique ("type", "code");`);

    this.addSql(
      `create table "org" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "code" varchar(12) null, "name" varchar(100) not null, "level" "org_level" not null, "parent_id" bigint null, "path" text collate "C" not null);`,
    );
    this.addSql(`alter table "org" add constraint "org_code_unique" unique ("code");`);
    this.addSql(`alter table "org" add constraint "org_path_unique" unique ("path");`);

    this.addSql(
      `create table "role" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "code" varchar(50) not null, "name" varchar(100) not null, "scope" "data_scope" not null, "rules" jsonb not null, "built_in" boolean not null default false);`,
    );
    this.addSql(`alter table "role" add constraint "role_code_unique" unique ("code");`);

    this.addSql(
      `create table "user_account" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "username" varchar(50) not null, "name" varchar(100) not null, "phone" varchar(30) null, "org_id" bigint not null, "password_hash" text not null, "must_change_password" boolean not null default false, "failed_logins" smallint not null default 0, "locked_until" timestamptz null, "last_login_at" timestamptz null);`,
    );
    this.addSql(`alter table "user_account" add constraint "user_account_username_unique" unique ("username");`);
    this.addSql(`create index "user_account_org_id_index" on "user_account" ("org_id");`);

    this.addSql(
      `create table "user_session" ("id" uuid not null, "user_id" bigint not null, "created_at" timestamptz not null default now(), "expires_at" timestamptz not null, "revoked_at" timestamptz null, "ip" varchar(64) null, constraint "user_session_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "user_session_user_id_index" on "user_session" ("user_id");`);

    this.addSql(
      `create table "grid" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "org_id" bigint not null, "parent_id" bigint null, "number" int not null, "name" varchar(100) not null, "level" smallint not null, "boundary" text null, "households" int null, "population" int null, "geojson" jsonb null, "leader_id" bigint null);`,
    );
    this.addSql(`create index "grid_org_id_index" on "grid" ("org_id");`);
    this.addSql(`create index "grid_parent_id_index" on "grid" ("parent_id");`);
    this.addSql(`create index "grid_leader_id_index" on "grid" ("leader_id");`);
    this.addSql(`alter table "grid" add constraint "grid_org_id_number_unique" unique ("org_id", "number");`);

    this.addSql(
      `create table "audit_log" ("id" bigserial primary key, "at" timestamptz not null default now(), "user_id" bigint null, "username" varchar(50) null, "org_path" text collate "C" null, "ip" varchar(64) null, "operation" varchar(60) not null, "target_type" varchar(40) null, "target_id" varchar(40) null, "before" jsonb null, "after" jsonb null, "success" boolean not null);`,
    );
    this.addSql(`create index "audit_log_at_index" on "audit_log" ("at");`);
    this.addSql(`create index "audit_log_user_id_index" on "audit_log" ("user_id");`);
    this.addSql(`create index "audit_log_target_type_target_id_index" on "audit_log" ("target_type", "target_id");`);

    this.addSql(
      `create table "user_grid" ("user_id" bigint not null, "grid_id" bigint not null, constraint "user_grid_pkey" primary key ("user_id", "grid_id"));`,
    );

    this.addSql(
      `create table "user_role" ("user_id" bigint not null, "role_id" bigint not null, constraint "user_role_pkey" primary key ("user_id", "role_id"));`,
    );

    this.addSql(
      `alter table "org" add constraint "org_parent_id_foreign" foreign key ("parent_id") references "org" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "user_account" add constraint "user_account_org_id_foreign" foreign key ("org_id") references "org" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "user_session" add constraint "user_session_user_id_foreign" foreign key ("user_id") references "user_account" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(`alter table "grid" add constraint "grid_org_id_foreign" foreign key ("org_id") references "org" ("id") on update cascade on delete restrict;`);
    this.addSql(
      `alter table "grid" add constraint "grid_parent_id_foreign" foreign key ("parent_id") references "grid" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "grid" add constraint "grid_leader_id_foreign" foreign key ("leader_id") references "user_account" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "audit_log" add constraint "audit_log_user_id_foreign" foreign key ("user_id") references "user_account" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "user_grid" add constraint "user_grid_user_id_foreign" foreign key ("user_id") references "user_account" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "user_grid" add constraint "user_grid_grid_id_foreign" foreign key ("grid_id") references "grid" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "user_role" add constraint "user_role_user_id_foreign" foreign key ("user_id") references "user_account" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "user_role" add constraint "user_role_role_id_foreign" foreign key ("role_id") references "role" ("id") on update cascade on delete cascade;`,
    );
    // Subtree reads are range scans on the C-collated path (see org.entity.ts); pivots are read from both ends.
    this.addSql(`create index "user_grid_grid_id_index" on "user_grid" ("grid_id");`);
    this.addSql(`create index "user_role_role_id_index" on "user_role" ("role_id");`);
    this.addSql(`create index "org_parent_id_index" on "org" ("parent_id");`);
    this.addSql(`create index "audit_log_org_path_index" on "audit_log" ("org_path");`);
  }
}

import { Migration } from '@mikro-orm/migrations';

export class Migration20261129103000_people extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "person_sex" as enum ('MALE', 'FEMALE');`);
    this.addSql(`create type "supervision_kind" as enum ('CORRECTION', 'KEY_PERSON');`);
    this.addSql(`create type "person_risk_level" as enum ('LOW', 'MEDIUM', 'HIGH');`);
    this.addSql(`create type "supervision_status" as enum ('ACTIVE', 'ENDED', 'TRANSFERRED', 'REVOKED');`);
    this.addSql(`create type "helper_role" as enum ('JUDICIAL_OFFICER', 'CORRECTION_MANAGER', 'COMMUNITY_POLICE', 'VOLUNTEER', 'FAMILY');`);
    this.addSql(`create type "supervision_history_kind" as enum ('CREATED', 'STATUS', 'TRANSFER');`);
    this.addSql(`create type "visit_kind" as enum ('HOME_VISIT', 'TALK', 'PHONE', 'OTHER');`);
    this.addSql(
      `create table "support_group_requirement" ("role" varchar(30) not null, "required" smallint not null, constraint "support_group_requirement_pkey" primary key ("role"));`,
    );
    // The default "五帮一": one helper of each role.
    this.addSql(
      `insert into "support_group_requirement" ("role", "required") values ('JUDICIAL_OFFICER', 1), ('CORRECTION_MANAGER', 1), ('COMMUNITY_POLICE', 1), ('VOLUNTEER', 1), ('FAMILY', 1);`,
    );

    this.addSql(
      `create table "supervised_person" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "name" varchar(50) not null, "sex" "person_sex" not null, "ethnicity" varchar(20) null, "id_number" varchar(18) not null, "birth_date" date not null, "phone" varchar(30) null, "address" varchar(200) null, "grid_id" bigint not null, "org_id" bigint not null, "category_id" bigint not null, "kind" "supervision_kind" not null, "offence_summary" text null, "risk_level" "person_risk_level" not null, "supervision_start" date null, "supervision_end" date null, "status" "supervision_status" not null default 'ACTIVE', "responsible_id" bigint null, "notes" text null);`,
    );
    this.addSql(`create index "supervised_person_grid_id_index" on "supervised_person" ("grid_id");`);
    this.addSql(`create index "supervised_person_org_id_index" on "supervised_person" ("org_id");`);
    this.addSql(`create index "supervised_person_category_id_index" on "supervised_person" ("category_id");`);
    this.addSql(`create index "supervised_person_responsible_id_index" on "supervised_person" ("responsible_id");`);
    this.addSql(`create index "supervised_person_id_number_index" on "supervised_person" ("id_number");`);
    this.addSql(
      `create unique index "supervised_person_active_id_number_unique" on "supervised_person" ("id_number", "category_id") where "status" = 'ACTIVE';`,
    );

    this.addSql(
      `create table "support_group_member" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "person_id" bigint not null, "role" "helper_role" not null, "user_id" bigint null, "name" varchar(50) not null, "phone" varchar(30) null, "relation" varchar(30) null);`,
    );
    this.addSql(`create index "support_group_member_person_id_index" on "support_group_member" ("person_id");`);
    this.addSql(`create index "support_group_member_user_id_index" on "support_group_member" ("user_id");`);

    this.addSql(
      `create table "supervision_history" ("id" bigserial primary key, "person_id" bigint not null, "at" timestamptz not null default now(), "kind" "supervision_history_kind" not null, "user_id" bigint null, "username" varchar(50) null, "from_status" "supervision_status" null, "to_status" "supervision_status" null, "from_grid_id" bigint null, "to_grid_id" bigint null, "reason" text null);`,
    );
    this.addSql(`create index "supervision_history_person_id_index" on "supervision_history" ("person_id");`);

    this.addSql(
      `create table "service_hours" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "person_id" bigint not null, "month" varchar(7) not null, "hours" numeric(5,1) not null);`,
    );
    this.addSql(`alter table "service_hours" add constraint "service_hours_person_id_month_unique" unique ("person_id", "month");`);

    this.addSql(
      `create table "visit" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "person_id" bigint not null, "date" date not null, "kind" "visit_kind" not null, "participants" jsonb not null, "findings" text null, "psychological_state" text null, "follow_up_needed" boolean not null default false, "recorded_by_id" bigint null);`,
    );
    this.addSql(`create index "visit_recorded_by_id_index" on "visit" ("recorded_by_id");`);
    this.addSql(`create index "visit_person_id_date_index" on "visit" ("person_id", "date");`);

    this.addSql(
      `alter table "supervised_person" add constraint "supervised_person_grid_id_foreign" foreign key ("grid_id") references "grid" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "supervised_person" add constraint "supervised_person_org_id_foreign" foreign key ("org_id") references "org" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "supervised_person" add constraint "supervised_person_category_id_foreign" foreign key ("category_id") references "dictionary" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "supervised_person" add constraint "supervised_person_responsible_id_foreign" foreign key ("responsible_id") references "user_account" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "support_group_member" add constraint "support_group_member_person_id_foreign" foreign key ("person_id") references "supervised_person" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "support_group_member" add constraint "support_group_member_user_id_foreign" foreign key ("user_id") references "user_account" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "supervision_history" add constraint "supervision_history_person_id_foreign" foreign key ("person_id") references "supervised_person" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "supervision_history" add constraint "supervision_history_user_id_foreign" foreign key ("user_id") references "user_account" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "supervision_history" add constraint "supervision_history_from_grid_id_foreign" foreign key ("from_grid_id") references "grid" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "supervision_history" add constraint "supervision_history_to_grid_id_foreign" foreign key ("to_grid_id") references "grid" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "service_hours" add constraint "service_hours_person_id_foreign" foreign key ("person_id") references "supervised_person" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "visit" add constraint "visit_person_id_foreign" foreign key ("person_id") references "supervised_person" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "visit" add constraint "visit_recorded_by_id_foreign" foreign key ("recorded_by_id") references "user_account" ("id") on update cascade on delete set null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "support_group_member" drop constraint "support_group_member_person_id_foreign";`);

    this.addSql(`alter table "supervision_history" drop constraint "supervision_history_person_id_foreign";`);

    this.addSql(`alter table "service_hours" drop constraint "service_hours_person_id_foreign";`);

    this.addSql(`alter table "visit" drop constraint "visit_person_id_foreign";`);

    this.addSql(`drop table if exists "support_group_requirement" cascade;`);

    this.addSql(`drop table if exists "supervised_person" cascade;`);

    this.addSql(`drop table if exists "support_group_member" cascade;`);

    this.addSql(`drop table if exists "supervision_history" cascade;`);

    this.addSql(`drop table if exists "service_hours" cascade;`);

    this.addSql(`drop table if exists "visit" cascade;`);

    this.addSql(`drop type "person_sex";`);
    this.addSql(`drop type "supervision_kind";`);
    this.addSql(`drop type "person_risk_level";`);
    this.addSql(`drop type "supervision_status";`);
    this.addSql(`drop type "helper_role";`);
    this.addSql(`drop type "supervision_history_kind";`);
    this.addSql(`drop type "visit_kind";`);
  }
}

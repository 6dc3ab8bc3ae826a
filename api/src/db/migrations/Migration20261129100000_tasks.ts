import { Migration } from '@mikro-orm/migrations';

export class Migration20261129100000_tasks extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "handling_level" as enum ('COMMUNITY', 'TOWNSHIP', 'OTHER');`);
    this.addSql(`create type "task_kind" as enum ('EVENT', 'DATA_REPORT', 'VISIT', 'INSPECTION');`);
    this.addSql(`create type "task_priority" as enum ('LOW', 'NORMAL', 'HIGH', 'URGENT');`);
    this.addSql(
      `create type "task_status" as enum ('REPORTED', 'REGISTERED', 'DISPATCHED', 'IN_PROGRESS', 'RESOLVED', 'VERIFIED', 'CLOSED', 'RETURNED', 'ESCALATED');`,
    );
    this.addSql(`create type "reminder_kind" as enum ('URGE', 'OVERDUE');`);
    this.addSql(`create type "task_action" as enum ('REGISTER', 'DISPATCH', 'ACCEPT', 'RESOLVE', 'VERIFY', 'CLOSE', 'RETURN', 'ESCALATE', 'URGE');`);
    this.addSql(`create type "grid_report_status" as enum ('SAFE', 'INCIDENT');`);
    this.addSql(`create type "grid_report_severity" as enum ('GENERAL', 'MAJOR_DISPUTE', 'WARNING_DISPUTE', 'PETITION');`);
    this.addSql(`create type "report_channel" as enum ('API', 'SMS');`);
    this.addSql(`create type "traffic_light" as enum ('GREEN', 'YELLOW', 'RED');`);
    this.addSql(
      `create table "deadline_policy" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "level" "handling_level" not null, "working_days" smallint not null);`,
    );
    this.addSql(`alter table "deadline_policy" add constraint "deadline_policy_level_unique" unique ("level");`);
    // 社区限时办结制度: community 1 working day, township 2, other units 3; admins change them later.
    this.addSql(`insert into "deadline_policy" ("level", "working_days") values ('COMMUNITY', 1), ('TOWNSHIP', 2), ('OTHER', 3);`);

    this.addSql(
      `create table "task" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "kind" "task_kind" not null, "title" varchar(200) not null, "description" text null, "category_id" bigint null, "component_id" bigint null, "location" varchar(200) null, "lng" double precision null, "lat" double precision null, "grid_id" bigint null, "org_id" bigint not null, "reporter_id" bigint null, "handler_org_id" bigint null, "handler_user_id" bigint null, "priority" "task_priority" not null default 'NORMAL', "status" "task_status" not null, "returned_to" "task_status" null, "result" text null, "deadline" timestamptz null, "reported_at" timestamptz not null, "registered_at" timestamptz null, "dispatched_at" timestamptz null, "accepted_at" timestamptz null, "resolved_at" timestamptz null, "resolved_late" boolean not null default false, "verified_at" timestamptz null, "closed_at" timestamptz null, "escalated_at" timestamptz null, "overdue_escalated_at" timestamptz null);`,
    );
    this.addSql(`create index "task_category_id_index" on "task" ("category_id");`);
    this.addSql(`create index "task_component_id_index" on "task" ("component_id");`);
    this.addSql(`create index "task_grid_id_index" on "task" ("grid_id");`);
    this.addSql(`create index "task_org_id_index" on "task" ("org_id");`);
    this.addSql(`create index "task_reporter_id_index" on "task" ("reporter_id");`);
    this.addSql(`create index "task_handler_org_id_index" on "task" ("handler_org_id");`);
    this.addSql(`create index "task_handler_user_id_index" on "task" ("handler_user_id");`);
    this.addSql(`create index "task_reported_at_index" on "task" ("reported_at");`);
    this.addSql(`create index "task_status_deadline_index" on "task" ("status", "deadline");`);

    this.addSql(
      `create table "task_reminder" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "task_id" bigint not null, "org_id" bigint not null, "sender_id" bigint null, "kind" "reminder_kind" not null, "message" text not null);`,
    );
    this.addSql(`create index "task_reminder_task_id_index" on "task_reminder" ("task_id");`);
    this.addSql(`create index "task_reminder_org_id_index" on "task_reminder" ("org_id");`);

    this.addSql(
      `create table "task_history" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "task_id" bigint not null, "at" timestamptz not null, "user_id" bigint null, "action" "task_action" null, "from" "task_status" null, "to" "task_status" not null, "comment" text null, "handler_org_id" bigint null);`,
    );
    this.addSql(`create index "task_history_task_id_index" on "task_history" ("task_id");`);

    this.addSql(
      `create table "grid_report" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "grid_id" bigint not null, "org_id" bigint not null, "date" date not null, "status" "grid_report_status" not null, "severity" "grid_report_severity" null, "text" text null, "channel" "report_channel" not null, "reporter_id" bigint null, "submitted_at" timestamptz not null);`,
    );
    this.addSql(`create index "grid_report_org_id_index" on "grid_report" ("org_id");`);
    this.addSql(`create index "grid_report_date_index" on "grid_report" ("date");`);
    this.addSql(`create index "grid_report_grid_id_date_index" on "grid_report" ("grid_id", "date");`);

    this.addSql(
      `create table "grid_day_light" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "grid_id" bigint not null, "date" date not null, "light" "traffic_light" not null);`,
    );
    this.addSql(`alter table "grid_day_light" add constraint "grid_day_light_grid_id_date_unique" unique ("grid_id", "date");`);

    this.addSql(
      `alter table "task" add constraint "task_category_id_foreign" foreign key ("category_id") references "dictionary" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "task" add constraint "task_component_id_foreign" foreign key ("component_id") references "dictionary" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "task" add constraint "task_grid_id_foreign" foreign key ("grid_id") references "grid" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(`alter table "task" add constraint "task_org_id_foreign" foreign key ("org_id") references "org" ("id") on update cascade on delete restrict;`);
    this.addSql(
      `alter table "task" add constraint "task_reporter_id_foreign" foreign key ("reporter_id") references "user_account" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "task" add constraint "task_handler_org_id_foreign" foreign key ("handler_org_id") references "org" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "task" add constraint "task_handler_user_id_foreign" foreign key ("handler_user_id") references "user_account" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "task_reminder" add constraint "task_reminder_task_id_foreign" foreign key ("task_id") references "task" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "task_reminder" add constraint "task_reminder_org_id_foreign" foreign key ("org_id") references "org" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "task_reminder" add constraint "task_reminder_sender_id_foreign" foreign key ("sender_id") references "user_account" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "task_history" add constraint "task_history_task_id_foreign" foreign key ("task_id") references "task" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "task_history" add constraint "task_history_user_id_foreign" foreign key ("user_id") references "user_account" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "task_history" add constraint "task_history_handler_org_id_foreign" foreign key ("handler_org_id") references "org" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "grid_report" add constraint "grid_report_grid_id_foreign" foreign key ("grid_id") references "grid" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "grid_report" add constraint "grid_report_org_id_foreign" foreign key ("org_id") references "org" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "grid_report" add constraint "grid_report_reporter_id_foreign" foreign key ("reporter_id") references "user_account" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "grid_day_light" add constraint "grid_day_light_grid_id_foreign" foreign key ("grid_id") references "grid" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "task_reminder" drop constraint "task_reminder_task_id_foreign";`);

    this.addSql(`alter table "task_history" drop constraint "task_history_task_id_foreign";`);

    this.addSql(`drop table if exists "deadline_policy" cascade;`);

    this.addSql(`drop table if exists "task" cascade;`);

    this.addSql(`drop table if exists "task_reminder" cascade;`);

    this.addSql(`drop table if exists "task_history" cascade;`);

    this.addSql(`drop table if exists "grid_report" cascade;`);

    this.addSql(`drop table if exists "grid_day_light" cascade;`);

    this.addSql(`drop type "handling_level";`);
    this.addSql(`drop type "task_kind";`);
    this.addSql(`drop type "task_priority";`);
    this.addSql(`drop type "task_status";`);
    this.addSql(`drop type "reminder_kind";`);
    this.addSql(`drop type "task_action";`);
    this.addSql(`drop type "grid_report_status";`);
    this.addSql(`drop type "grid_report_severity";`);
    this.addSql(`drop type "report_channel";`);
    this.addSql(`drop type "traffic_light";`);
  }
}

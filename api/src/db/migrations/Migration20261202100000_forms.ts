import { Migration } from '@mikro-orm/migrations';

export class Migration20261202100000_forms extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "form_period_type" as enum ('MONTH', 'QUARTER', 'HALF_YEAR', 'YEAR', 'ONCE');`);
    this.addSql(`create type "form_template_status" as enum ('DRAFT', 'PUBLISHED', 'RETIRED');`);
    this.addSql(`create type "form_rule_severity" as enum ('ERROR', 'WARNING');`);
    this.addSql(`create type "submission_status" as enum ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED', 'ARCHIVED');`);
    this.addSql(`create type "submission_action" as enum ('SAVE', 'SUBMIT', 'RETURN', 'APPROVE', 'UNLOCK', 'ARCHIVE');`);
    this.addSql(
      `create table "form_template" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "code" varchar(50) not null, "name" varchar(200) not null, "period_type" "form_period_type" not null, "revision" int not null, "status" "form_template_status" not null, "sections" jsonb not null, "fields" jsonb not null, "published_at" timestamptz null);`,
    );
    this.addSql(`alter table "form_template" add constraint "form_template_code_revision_unique" unique ("code", "revision");`);

    this.addSql(
      `create table "form_rule" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "template_id" bigint not null, "org_id" bigint not null, "code" varchar(50) not null, "expression" text not null, "severity" "form_rule_severity" not null, "message" text not null);`,
    );
    this.addSql(`create index "form_rule_org_id_index" on "form_rule" ("org_id");`);
    this.addSql(`alter table "form_rule" add constraint "form_rule_template_id_code_unique" unique ("template_id", "code");`);

    this.addSql(
      `create table "reporting_round" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "template_id" bigint not null, "period" varchar(10) not null, "org_id" bigint not null, "target_level" "org_level" not null, "due_at" timestamptz not null, "opened_by_id" bigint null);`,
    );
    this.addSql(`create index "reporting_round_template_id_index" on "reporting_round" ("template_id");`);
    this.addSql(`create index "reporting_round_org_id_index" on "reporting_round" ("org_id");`);
    this.addSql(`alter table "reporting_round" add constraint "reporting_round_template_id_period_org_id_unique" unique ("template_id", "period", "org_id");`);

    this.addSql(
      `create table "form_submission" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "round_id" bigint not null, "template_id" bigint not null, "template_code" varchar(50) not null, "org_id" bigint not null, "period" varchar(10) not null, "values" jsonb not null default '{}', "status" "submission_status" not null default 'DRAFT', "first_submitted_at" timestamptz null, "submitted_at" timestamptz null, "approver_id" bigint null, "approved_at" timestamptz null, "return_reason" text null, "field_reasons" jsonb null, "explanations" jsonb null, "task_id" bigint null);`,
    );
    this.addSql(`create index "form_submission_template_id_index" on "form_submission" ("template_id");`);
    this.addSql(`create index "form_submission_org_id_index" on "form_submission" ("org_id");`);
    this.addSql(`create index "form_submission_template_code_org_id_period_index" on "form_submission" ("template_code", "org_id", "period");`);
    this.addSql(`alter table "form_submission" add constraint "form_submission_round_id_org_id_unique" unique ("round_id", "org_id");`);

    this.addSql(
      `create table "form_submission_history" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "submission_id" bigint not null, "at" timestamptz not null, "user_id" bigint null, "username" varchar(100) null, "action" "submission_action" not null, "from" "submission_status" null, "to" "submission_status" not null, "comment" text null);`,
    );
    this.addSql(`create index "form_submission_history_submission_id_index" on "form_submission_history" ("submission_id");`);

    this.addSql(
      `alter table "form_rule" add constraint "form_rule_template_id_foreign" foreign key ("template_id") references "form_template" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "form_rule" add constraint "form_rule_org_id_foreign" foreign key ("org_id") references "org" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "reporting_round" add constraint "reporting_round_template_id_foreign" foreign key ("template_id") references "form_template" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "reporting_round" add constraint "reporting_round_org_id_foreign" foreign key ("org_id") references "org" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "reporting_round" add constraint "reporting_round_opened_by_id_foreign" foreign key ("opened_by_id") references "user_account" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "form_submission" add constraint "form_submission_round_id_foreign" foreign key ("round_id") references "reporting_round" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "form_submission" add constraint "form_submission_template_id_foreign" foreign key ("template_id") references "form_template" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "form_submission" add constraint "form_submission_org_id_foreign" foreign key ("org_id") references "org" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "form_submission" add constraint "form_submission_approver_id_foreign" foreign key ("approver_id") references "user_account" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "form_submission" add constraint "form_submission_task_id_foreign" foreign key ("task_id") references "task" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "form_submission_history" add constraint "form_submission_history_submission_id_foreign" foreign key ("submission_id") references "form_submission" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "form_submission_history" add constraint "form_submission_history_user_id_foreign" foreign key ("user_id") references "user_account" ("id") on update cascade on delete set null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "form_rule" drop constraint "form_rule_template_id_foreign";`);

    this.addSql(`alter table "reporting_round" drop constraint "reporting_round_template_id_foreign";`);

    this.addSql(`alter table "form_submission" drop constraint "form_submission_template_id_foreign";`);

    this.addSql(`alter table "form_submission" drop constraint "form_submission_round_id_foreign";`);

    this.addSql(`alter table "form_submission_history" drop constraint "form_submission_history_submission_id_foreign";`);

    this.addSql(`drop table if exists "form_template" cascade;`);

    this.addSql(`drop table if exists "form_rule" cascade;`);

    this.addSql(`drop table if exists "reporting_round" cascade;`);

    this.addSql(`drop table if exists "form_submission" cascade;`);

    this.addSql(`drop table if exists "form_submission_history" cascade;`);

    this.addSql(`drop type "form_period_type";`);
    this.addSql(`drop type "form_template_status";`);
    this.addSql(`drop type "form_rule_severity";`);
    this.addSql(`drop type "submission_status";`);
    this.addSql(`drop type "submission_action";`);
  }
}

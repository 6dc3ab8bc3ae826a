import { Migration } from '@mikro-orm/migrations';

export class Migration20261202140000_assessments extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "assessment_scheme" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "code" varchar(50) not null, "revision" int not null, "name" varchar(100) not null, "period_type" text check ("period_type" in ('QUARTER', 'YEAR')) not null, "subject_type" text check ("subject_type" in ('GRID', 'USER', 'ORG')) not null, "indicators" jsonb not null, "grades" jsonb not null, "quarter_scheme_code" varchar(50) null, "quarters_weight" double precision null, "published_at" timestamptz null);`,
    );
    this.addSql(`alter table "assessment_scheme" add constraint "assessment_scheme_code_revision_unique" unique ("code", "revision");`);

    this.addSql(
      `create table "assessment_round" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "scheme_id" bigint not null, "period" varchar(7) not null, "org_id" bigint not null, "status" text check ("status" in ('OPEN', 'CLOSED')) not null default 'OPEN', "deadline" date null);`,
    );
    this.addSql(`create index "assessment_round_org_id_index" on "assessment_round" ("org_id");`);
    this.addSql(`alter table "assessment_round" add constraint "assessment_round_scheme_id_period_org_id_unique" unique ("scheme_id", "period", "org_id");`);

    this.addSql(
      `create table "survey_round" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "template_id" bigint not null, "period" varchar(7) not null, "org_id" bigint not null, "status" text check ("status" in ('OPEN', 'CLOSED')) not null default 'OPEN');`,
    );
    this.addSql(`create index "survey_round_org_id_index" on "survey_round" ("org_id");`);
    this.addSql(`alter table "survey_round" add constraint "survey_round_template_id_period_org_id_unique" unique ("template_id", "period", "org_id");`);

    this.addSql(
      `create table "survey_response" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "round_id" bigint not null, "grid_id" bigint not null, "org_id" bigint not null, "answers" jsonb not null, "score" double precision not null, "channel" text check ("channel" in ('ONLINE', 'PAPER')) not null, "entered_by_id" bigint null);`,
    );
    this.addSql(`create index "survey_response_org_id_index" on "survey_response" ("org_id");`);
    this.addSql(`create index "survey_response_grid_id_round_id_index" on "survey_response" ("grid_id", "round_id");`);

    this.addSql(
      `create table "survey_link" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "round_id" bigint not null, "grid_id" bigint not null, "org_id" bigint not null, "token" varchar(64) not null, "codes_issued" int not null default 0);`,
    );
    this.addSql(`create index "survey_link_grid_id_index" on "survey_link" ("grid_id");`);
    this.addSql(`create index "survey_link_org_id_index" on "survey_link" ("org_id");`);
    this.addSql(`alter table "survey_link" add constraint "survey_link_token_unique" unique ("token");`);
    this.addSql(`alter table "survey_link" add constraint "survey_link_round_id_grid_id_unique" unique ("round_id", "grid_id");`);

    this.addSql(
      `create table "survey_code" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "link_id" bigint not null, "code_hash" varchar(64) not null, "used_at" timestamptz null);`,
    );
    this.addSql(`alter table "survey_code" add constraint "survey_code_link_id_code_hash_unique" unique ("link_id", "code_hash");`);

    this.addSql(
      `create table "scorecard" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "round_id" bigint not null, "org_id" bigint not null, "subject_type" text check ("subject_type" in ('GRID', 'USER', 'ORG')) not null, "grid_id" bigint null, "user_id" bigint null, "subject_key" varchar(30) not null, "subject_name" varchar(200) not null, "status" text check ("status" in ('DRAFT', 'SUBMITTED', 'CONFIRMED')) not null default 'DRAFT', "scores" jsonb not null, "from_quarters" double precision null, "total" double precision not null, "grade" varchar(20) null, "auto_computed_at" timestamptz null, "submitted_by_id" bigint null, "submitted_at" timestamptz null, "confirmed_by_id" bigint null, "confirmed_at" timestamptz null);`,
    );
    this.addSql(`create index "scorecard_org_id_index" on "scorecard" ("org_id");`);
    this.addSql(`create index "scorecard_grid_id_index" on "scorecard" ("grid_id");`);
    this.addSql(`create index "scorecard_user_id_index" on "scorecard" ("user_id");`);
    this.addSql(`create index "scorecard_round_id_total_index" on "scorecard" ("round_id", "total");`);
    this.addSql(`alter table "scorecard" add constraint "scorecard_round_id_subject_key_unique" unique ("round_id", "subject_key");`);

    this.addSql(
      `alter table "assessment_round" add constraint "assessment_round_scheme_id_foreign" foreign key ("scheme_id") references "assessment_scheme" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "assessment_round" add constraint "assessment_round_org_id_foreign" foreign key ("org_id") references "org" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "survey_round" add constraint "survey_round_template_id_foreign" foreign key ("template_id") references "form_template" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "survey_round" add constraint "survey_round_org_id_foreign" foreign key ("org_id") references "org" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "survey_response" add constraint "survey_response_round_id_foreign" foreign key ("round_id") references "survey_round" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "survey_response" add constraint "survey_response_grid_id_foreign" foreign key ("grid_id") references "grid" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "survey_response" add constraint "survey_response_org_id_foreign" foreign key ("org_id") references "org" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "survey_response" add constraint "survey_response_entered_by_id_foreign" foreign key ("entered_by_id") references "user_account" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "survey_link" add constraint "survey_link_round_id_foreign" foreign key ("round_id") references "survey_round" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "survey_link" add constraint "survey_link_grid_id_foreign" foreign key ("grid_id") references "grid" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "survey_link" add constraint "survey_link_org_id_foreign" foreign key ("org_id") references "org" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "survey_code" add constraint "survey_code_link_id_foreign" foreign key ("link_id") references "survey_link" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "scorecard" add constraint "scorecard_round_id_foreign" foreign key ("round_id") references "assessment_round" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "scorecard" add constraint "scorecard_org_id_foreign" foreign key ("org_id") references "org" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "scorecard" add constraint "scorecard_grid_id_foreign" foreign key ("grid_id") references "grid" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "scorecard" add constraint "scorecard_user_id_foreign" foreign key ("user_id") references "user_account" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "scorecard" add constraint "scorecard_submitted_by_id_foreign" foreign key ("submitted_by_id") references "user_account" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "scorecard" add constraint "scorecard_confirmed_by_id_foreign" foreign key ("confirmed_by_id") references "user_account" ("id") on update cascade on delete set null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "assessment_round" drop constraint "assessment_round_scheme_id_foreign";`);

    this.addSql(`alter table "scorecard" drop constraint "scorecard_round_id_foreign";`);

    this.addSql(`alter table "survey_round" drop constraint "survey_round_template_id_foreign";`);

    this.addSql(`alter table "survey_response" drop constraint "survey_response_round_id_foreign";`);

    this.addSql(`alter table "survey_link" drop constraint "survey_link_round_id_foreign";`);

    this.addSql(`alter table "survey_code" drop constraint "survey_code_link_id_foreign";`);

    this.addSql(`drop table if exists "assessment_scheme" cascade;`);

    this.addSql(`drop table if exists "assessment_round" cascade;`);

    this.addSql(`drop table if exists "survey_round" cascade;`);

    this.addSql(`drop table if exists "survey_response" cascade;`);

    this.addSql(`drop table if exists "survey_link" cascade;`);

    this.addSql(`drop table if exists "survey_code" cascade;`);

    this.addSql(`drop table if exists "scorecard" cascade;`);
  }
}

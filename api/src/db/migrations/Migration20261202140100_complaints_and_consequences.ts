import { Migration } from '@mikro-orm/migrations';

export class Migration20261202140100_complaints_and_consequences extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "consequence_rule" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "code" varchar(50) not null, "kind" text check ("kind" in ('SURVEY_BELOW', 'SURVEY_BELOW_BOTH_HALVES', 'COMPLAINTS_AT_LEAST')) not null, "threshold" double precision not null, "consequence" text check ("consequence" in ('CRITICISM', 'DISMISSAL_OR_TRANSFER')) not null, "enabled" boolean not null default true);`,
    );
    this.addSql(`alter table "consequence_rule" add constraint "consequence_rule_code_unique" unique ("code");`);

    this.addSql(
      `create table "consequence_flag" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "user_id" bigint not null, "grid_id" bigint null, "org_id" bigint not null, "rule_code" varchar(50) not null, "consequence" text check ("consequence" in ('CRITICISM', 'DISMISSAL_OR_TRANSFER')) not null, "period" varchar(7) not null, "evidence" jsonb not null, "status" text check ("status" in ('OPEN', 'ACKNOWLEDGED', 'APPEALED', 'UPHELD', 'WITHDRAWN')) not null default 'OPEN', "self_review" text null, "appeal_reason" text null, "decision_reason" text null, "decided_by_id" bigint null);`,
    );
    this.addSql(`create index "consequence_flag_user_id_index" on "consequence_flag" ("user_id");`);
    this.addSql(`create index "consequence_flag_grid_id_index" on "consequence_flag" ("grid_id");`);
    this.addSql(`create index "consequence_flag_org_id_index" on "consequence_flag" ("org_id");`);
    this.addSql(`alter table "consequence_flag" add constraint "consequence_flag_user_id_rule_code_period_unique" unique ("user_id", "rule_code", "period");`);

    this.addSql(
      `create table "complaint" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "user_id" bigint null, "grid_id" bigint null, "org_id" bigint not null, "date" date not null, "source" varchar(50) not null, "text" text not null, "status" text check ("status" in ('PENDING', 'SUBSTANTIATED', 'UNSUBSTANTIATED')) not null default 'PENDING', "decision_reason" text null, "decided_by_id" bigint null, "decided_at" timestamptz null);`,
    );
    this.addSql(`create index "complaint_user_id_index" on "complaint" ("user_id");`);
    this.addSql(`create index "complaint_grid_id_index" on "complaint" ("grid_id");`);
    this.addSql(`create index "complaint_org_id_index" on "complaint" ("org_id");`);

    this.addSql(
      `alter table "consequence_flag" add constraint "consequence_flag_user_id_foreign" foreign key ("user_id") references "user_account" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "consequence_flag" add constraint "consequence_flag_grid_id_foreign" foreign key ("grid_id") references "grid" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "consequence_flag" add constraint "consequence_flag_org_id_foreign" foreign key ("org_id") references "org" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "consequence_flag" add constraint "consequence_flag_decided_by_id_foreign" foreign key ("decided_by_id") references "user_account" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "complaint" add constraint "complaint_user_id_foreign" foreign key ("user_id") references "user_account" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "complaint" add constraint "complaint_grid_id_foreign" foreign key ("grid_id") references "grid" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "complaint" add constraint "complaint_org_id_foreign" foreign key ("org_id") references "org" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "complaint" add constraint "complaint_decided_by_id_foreign" foreign key ("decided_by_id") references "user_account" ("id") on update cascade on delete set null;`,
    );

    // The source reports' defaults (reports 1, 3, 6); thresholds are data, changed through updateConsequenceRule.
    this.addSql(`insert into "consequence_rule" ("code", "kind", "threshold", "consequence") values
      ('SURVEY_BELOW_80', 'SURVEY_BELOW', 80, 'CRITICISM'),
      ('SURVEY_BELOW_80_BOTH_HALVES', 'SURVEY_BELOW_BOTH_HALVES', 80, 'DISMISSAL_OR_TRANSFER'),
      ('COMPLAINTS_4_A_YEAR', 'COMPLAINTS_AT_LEAST', 4, 'DISMISSAL_OR_TRANSFER');`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "consequence_rule" cascade;`);

    this.addSql(`drop table if exists "consequence_flag" cascade;`);

    this.addSql(`drop table if exists "complaint" cascade;`);
  }
}

import { Migration } from '@mikro-orm/migrations';

export class Migration20261202063417_key_locations extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "key_location" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "grid_id" bigint not null, "org_id" bigint not null, "name" varchar(100) not null, "kind" varchar(50) not null, "address" varchar(200) null, "notes" text null);`,
    );
    this.addSql(`create index "key_location_grid_id_index" on "key_location" ("grid_id");`);
    this.addSql(`create index "key_location_org_id_index" on "key_location" ("org_id");`);

    this.addSql(
      `alter table "key_location" add constraint "key_location_grid_id_foreign" foreign key ("grid_id") references "grid" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "key_location" add constraint "key_location_org_id_foreign" foreign key ("org_id") references "org" ("id") on update cascade on delete restrict;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "key_location" cascade;`);
  }
}

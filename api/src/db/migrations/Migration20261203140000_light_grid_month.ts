import { Migration } from '@mikro-orm/migrations';

/**
 * The closed-out traffic lights (grid_day_light) counted per grid × month, so that rates per grid over a
 * year read twelve rows a grid instead of working out 365 days. Kept exact by a trigger of its own on
 * grid_day_light (a light frozen, changed or removed), beside the one that keeps rollup.light_day; a grid's
 * months go with the grid. A grid's move to another org changes nothing here: its lights are its own
 * wherever it sits. `rollup.rebuild_lights()` rebuilds both rollups.
 */
export class Migration20261203140000_light_grid_month extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "rollup"."light_grid_month" ("grid_id" bigint not null references "grid" ("id") on delete cascade, "month" date not null, "green" int not null, "yellow" int not null, "red" int not null, primary key ("grid_id", "month"));`,
    );
    this.addSql(`create function "rollup"."light_grid_month_changed"() returns trigger language plpgsql as $$
begin
  if tg_op in ('UPDATE', 'DELETE') then
    update rollup.light_grid_month
       set green = green - (old.light = 'GREEN')::int, yellow = yellow - (old.light = 'YELLOW')::int, red = red - (old.light = 'RED')::int
     where grid_id = old.grid_id and month = date_trunc('month', old.date)::date;
  end if;
  if tg_op in ('UPDATE', 'INSERT') then
    insert into rollup.light_grid_month as r (grid_id, month, green, yellow, red)
    values (new.grid_id, date_trunc('month', new.date)::date, (new.light = 'GREEN')::int, (new.light = 'YELLOW')::int, (new.light = 'RED')::int)
    on conflict (grid_id, month) do update set green = r.green + excluded.green, yellow = r.yellow + excluded.yellow, red = r.red + excluded.red;
  end if;
  return null;
end $$;`);
    this.addSql(
      `create trigger "light_grid_month" after insert or update or delete on "grid_day_light" for each row execute function "rollup"."light_grid_month_changed"();`,
    );
    this.addSql(`create function "rollup"."rebuild_light_grid_month"() returns void language plpgsql as $$
begin
  truncate rollup.light_grid_month;
  insert into rollup.light_grid_month (grid_id, month, green, yellow, red)
  select grid_id, date_trunc('month', date)::date, count(*) filter (where light = 'GREEN'), count(*) filter (where light = 'YELLOW'),
         count(*) filter (where light = 'RED')
    from grid_day_light group by 1, 2;
end $$;`);
    // rebuild_lights keeps its name for its callers and rebuilds both rollups; light_day's part is the old function.
    this.addSql(`alter function "rollup"."rebuild_lights"() rename to "rebuild_light_day";`);
    this.addSql(`create function "rollup"."rebuild_lights"() returns void language plpgsql as $$
begin
  perform rollup.rebuild_light_day();
  perform rollup.rebuild_light_grid_month();
end $$;`);
    this.addSql(`select "rollup"."rebuild_light_grid_month"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function "rollup"."rebuild_lights"();`);
    this.addSql(`alter function "rollup"."rebuild_light_day"() rename to "rebuild_lights";`);
    this.addSql(`drop trigger "light_grid_month" on "grid_day_light";`);
    this.addSql(`drop function "rollup"."light_grid_month_changed"(), "rollup"."rebuild_light_grid_month"();`);
    this.addSql(`drop table "rollup"."light_grid_month";`);
  }
}

import { Migration } from '@mikro-orm/migrations';

/**
 * The closed-out traffic lights (grid_day_light) counted per org × day, for the grid's org (`own`)
 * and every org above it, like rollup.task_day. Kept exact by triggers: a light frozen, changed or
 * removed; a grid moved to another org (its lights move along) or deleted (before its lights cascade
 * away); an org moved under another parent (rollup.org_shift).
 */
export class Migration20261202131000_light_rollup extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "rollup"."light_day" ("org_id" bigint not null, "day" date not null, "own" boolean not null, "green" int not null, "yellow" int not null, "red" int not null, primary key ("org_id", "day", "own"));`,
    );
    // Adds `sign` × the lights of `grid` (all its days, or the one of `one_day`) to every org on `path`.
    this
      .addSql(`create function "rollup"."light_apply"(grid bigint, path text, sign int, one_day date default null, one_light traffic_light default null) returns void language plpgsql as $$
declare
  ids bigint[] := rollup.chain(path);
begin
  insert into rollup.light_day as r (org_id, day, own, green, yellow, red)
  select a.id, l.day, a.id = ids[array_length(ids, 1)], sign * l.green, sign * l.yellow, sign * l.red
    from (select one_day as day, (one_light = 'GREEN')::int as green, (one_light = 'YELLOW')::int as yellow, (one_light = 'RED')::int as red
           where one_day is not null
          union all
          select date, count(*) filter (where light = 'GREEN'), count(*) filter (where light = 'YELLOW'), count(*) filter (where light = 'RED')
            from grid_day_light where one_day is null and grid_id = grid group by date) l
    cross join unnest(ids) a(id)
  on conflict (org_id, day, own) do update set green = r.green + excluded.green, yellow = r.yellow + excluded.yellow, red = r.red + excluded.red;
end $$;`);
    this.addSql(`create function "rollup"."light_changed"() returns trigger language plpgsql as $$
declare
  p text;
begin
  if tg_op in ('UPDATE', 'DELETE') then
    select o.path into p from grid g join org o on o.id = g.org_id where g.id = old.grid_id;
    -- A grid being deleted has already taken its lights off (grid_lights_gone).
    if p is not null then perform rollup.light_apply(old.grid_id, p, -1, old.date, old.light); end if;
  end if;
  if tg_op in ('UPDATE', 'INSERT') then
    select o.path into p from grid g join org o on o.id = g.org_id where g.id = new.grid_id;
    perform rollup.light_apply(new.grid_id, p, 1, new.date, new.light);
  end if;
  return null;
end $$;`);
    this.addSql(`create trigger "light_rollup" after insert or update or delete on "grid_day_light" for each row execute function "rollup"."light_changed"();`);
    this.addSql(`create function "rollup"."grid_moved"() returns trigger language plpgsql as $$
begin
  perform rollup.light_apply(old.id, (select path from org where id = old.org_id), -1);
  if tg_op = 'UPDATE' then perform rollup.light_apply(new.id, (select path from org where id = new.org_id), 1); return null; end if;
  return old;
end $$;`);
    this.addSql(
      `create trigger "grid_light_rollup" after update of org_id on "grid" for each row when (old.org_id is distinct from new.org_id) execute function "rollup"."grid_moved"();`,
    );
    this.addSql(`create trigger "grid_lights_gone" before delete on "grid" for each row execute function "rollup"."grid_moved"();`);

    // Org moves shift the lights too.
    this.addSql(`create function "rollup"."light_shift"(m bigint, ids bigint[], sign int) returns void language plpgsql as $$
begin
  insert into rollup.light_day as r (org_id, day, own, green, yellow, red)
  select a.id, s.day, false, sign * s.green, sign * s.yellow, sign * s.red
    from (select day, sum(green)::int as green, sum(yellow)::int as yellow, sum(red)::int as red from rollup.light_day where org_id = m group by 1) s
    cross join unnest(ids) a(id)
  on conflict (org_id, day, own) do update set green = r.green + excluded.green, yellow = r.yellow + excluded.yellow, red = r.red + excluded.red;
end $$;`);
    this.addSql(`create or replace function "rollup"."org_moved"() returns trigger language plpgsql as $$
declare
  before bigint[] := coalesce((select rollup.chain(path) from org where id = old.parent_id), '{}');
  after bigint[] := coalesce((select rollup.chain(path) from org where id = new.parent_id), '{}');
begin
  perform rollup.org_shift(new.id, before, -1);
  perform rollup.org_shift(new.id, after, 1);
  perform rollup.light_shift(new.id, before, -1);
  perform rollup.light_shift(new.id, after, 1);
  return null;
end $$;`);

    this.addSql(`create function "rollup"."rebuild_lights"() returns void language plpgsql as $$
begin
  truncate rollup.light_day;
  insert into rollup.light_day (org_id, day, own, green, yellow, red)
  select a.id, l.date, a.id = l.org_id, sum(l.green), sum(l.yellow), sum(l.red)
    from (select g.org_id, x.date, count(*) filter (where x.light = 'GREEN') as green, count(*) filter (where x.light = 'YELLOW') as yellow,
                 count(*) filter (where x.light = 'RED') as red
            from grid_day_light x join grid g on g.id = x.grid_id group by 1, 2) l
    join org o on o.id = l.org_id cross join unnest(rollup.chain(o.path)) a(id)
   group by 1, 2, 3;
end $$;`);
    this.addSql(`select "rollup"."rebuild_lights"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "light_rollup" on "grid_day_light";`);
    this.addSql(`drop trigger if exists "grid_light_rollup" on "grid";`);
    this.addSql(`drop trigger if exists "grid_lights_gone" on "grid";`);
    this.addSql(
      `drop function if exists "rollup"."light_shift", "rollup"."light_changed", "rollup"."light_apply", "rollup"."grid_moved", "rollup"."rebuild_lights";`,
    );
    this.addSql(`drop table if exists "rollup"."light_day";`);
  }
}

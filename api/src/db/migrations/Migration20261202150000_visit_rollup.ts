import { Migration } from '@mikro-orm/migrations';

/** rollup.org_moved shifting the rollups named (`<name>_shift`) from the old parent's chain to the new one's. */
const orgMoved = (rollups: string[]) => `create or replace function "rollup"."org_moved"() returns trigger language plpgsql as $$
declare
  before bigint[] := coalesce((select rollup.chain(path) from org where id = old.parent_id), '{}');
  after bigint[] := coalesce((select rollup.chain(path) from org where id = new.parent_id), '{}');
begin
${rollups.map((r) => `  perform rollup.${r}_shift(new.id, before, -1);\n  perform rollup.${r}_shift(new.id, after, 1);\n`).join('')}  return null;
end $$;`;

/**
 * Visit compliance (people due a visit in a month, and how many of them were visited) kept per
 * month: per person's grid and org in rollup.visit_grid_month, and per org for the person's org
 * (`own`) and every org above it in rollup.visit_org_month, like rollup.light_day. A person is due in
 * every month from the one their supervision starts (any, without a start) to the one it ends (any,
 * without an end) while ACTIVE, so the people due are stored as changes (`due_delta`: +1 in the first
 * month, -1 in the month after the last, `-infinity` for no start): those due in a month are the sum
 * of the changes up to it. `visited` counts the people due in that month with a visit in it; which
 * months a person has visits in, and how many, is rollup.visit_seen. Kept exact by triggers in the
 * transaction of every write: a person created, deleted, or changed in status, supervision period,
 * grid or org (a grid moved takes its people along); a visit inserted, deleted or moved to another
 * person or month; an org moved under another parent (rollup.org_moved). The keys carry the sums
 * (`include`) so that reading a subtree's months is an index-only scan.
 */
export class Migration20261202150000_visit_rollup extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "rollup"."visit_seen" ("person_id" bigint not null, "month" date not null, "n" int not null, primary key ("person_id", "month"));`,
    );
    this.addSql(
      `create table "rollup"."visit_grid_month" ("org_id" bigint not null, "grid_id" bigint not null, "month" date not null, "due_delta" int not null, "visited" int not null, primary key ("org_id", "month", "grid_id") include ("due_delta", "visited"));`,
    );
    this.addSql(
      `create table "rollup"."visit_org_month" ("org_id" bigint not null, "month" date not null, "own" boolean not null, "due_delta" int not null, "visited" int not null, primary key ("org_id", "month", "own") include ("due_delta", "visited"));`,
    );

    // What one person adds to the month rows of their grid and orgs.
    this
      .addSql(`create function "rollup"."visit_person_rows"(p supervised_person) returns table ("month" date, "due_delta" int, "visited" int) language sql stable as $$
  with span as (
    select coalesce(date_trunc('month', p.supervision_start::timestamp)::date, '-infinity'::date) as s, date_trunc('month', p.supervision_end::timestamp)::date as e
     where p.status = 'ACTIVE'),
  due as (select * from span where e is null or s <= e)
  select x.m, sum(x.d)::int, sum(x.v)::int
    from (select s as m, 1 as d, 0 as v from due
          union all select (e + interval '1 month')::date, -1, 0 from due where e is not null
          union all select v.month, 0, 1 from due join rollup.visit_seen v on v.person_id = p.id and v.month >= due.s and (due.e is null or v.month <= due.e)) x
   group by x.m
$$;`);
    this.addSql(`create function "rollup"."visit_add"(at_org bigint, at_grid bigint, mon date, due int, seen int) returns void language plpgsql as $$
begin
  insert into rollup.visit_grid_month as r (org_id, grid_id, month, due_delta, visited) values (at_org, at_grid, mon, due, seen)
  on conflict (org_id, grid_id, month) do update set due_delta = r.due_delta + excluded.due_delta, visited = r.visited + excluded.visited;
  insert into rollup.visit_org_month as r (org_id, month, own, due_delta, visited)
  select a.id, mon, a.id = at_org, due, seen from unnest((select rollup.chain(o.path) from org o where o.id = at_org)) a(id)
  on conflict (org_id, month, own) do update set due_delta = r.due_delta + excluded.due_delta, visited = r.visited + excluded.visited;
end $$;`);
    this.addSql(`create function "rollup"."visit_person_apply"(p supervised_person, sign int) returns void language plpgsql as $$
declare
  x record;
begin
  -- Month by month, upwards: concurrent writers take the shared org rows in one order.
  for x in select * from rollup.visit_person_rows(p) order by 1 loop
    perform rollup.visit_add(p.org_id, p.grid_id, x.month, sign * x.due_delta, sign * x.visited);
  end loop;
end $$;`);
    this.addSql(`create function "rollup"."visit_person_changed"() returns trigger language plpgsql as $$
begin
  if tg_op in ('UPDATE', 'DELETE') then perform rollup.visit_person_apply(old, -1); end if;
  if tg_op = 'DELETE' then
    -- Before the row goes: its visits cascade away after it, and their triggers find no person to count.
    delete from rollup.visit_seen where person_id = old.id;
    return old;
  end if;
  perform rollup.visit_person_apply(new, 1);
  return null;
end $$;`);
    this.addSql(`create trigger "person_visit_rollup" after insert on "supervised_person" for each row execute function "rollup"."visit_person_changed"();`);
    this.addSql(`create trigger "person_visit_rollup_update" after update on "supervised_person" for each row
  when ((old.status, old.supervision_start, old.supervision_end, old.grid_id, old.org_id) is distinct from (new.status, new.supervision_start, new.supervision_end, new.grid_id, new.org_id))
  execute function "rollup"."visit_person_changed"();`);
    this.addSql(`create trigger "person_visits_gone" before delete on "supervised_person" for each row execute function "rollup"."visit_person_changed"();`);

    // One visit more (sign 1) or less (-1) for a person in the month of `d`; the month counts as visited while it has any.
    this.addSql(`create function "rollup"."visit_seen_apply"(person bigint, d date, sign int) returns void language plpgsql as $$
declare
  p supervised_person;
  mon date := date_trunc('month', d::timestamp)::date;
  seen int;
begin
  -- FOR SHARE waits for a change to the person in progress, so the person's figures move with this visit or after it.
  select * into p from supervised_person where id = person for share;
  if not found then return; end if;
  insert into rollup.visit_seen as r (person_id, month, n) values (person, mon, sign)
  on conflict (person_id, month) do update set n = r.n + excluded.n returning r.n into seen;
  if seen = 0 then delete from rollup.visit_seen where person_id = person and month = mon; end if;
  if ((sign = 1 and seen = 1) or (sign = -1 and seen = 0)) and p.status = 'ACTIVE'
     and coalesce(date_trunc('month', p.supervision_start::timestamp)::date, '-infinity'::date) <= mon
     and (p.supervision_end is null or date_trunc('month', p.supervision_end::timestamp)::date >= mon) then
    perform rollup.visit_add(p.org_id, p.grid_id, mon, 0, sign);
  end if;
end $$;`);
    this.addSql(`create function "rollup"."visit_changed"() returns trigger language plpgsql as $$
begin
  if tg_op in ('UPDATE', 'DELETE') then perform rollup.visit_seen_apply(old.person_id, old.date, -1); end if;
  if tg_op in ('UPDATE', 'INSERT') then perform rollup.visit_seen_apply(new.person_id, new.date, 1); end if;
  return null;
end $$;`);
    this.addSql(`create trigger "visit_rollup" after insert or delete on "visit" for each row execute function "rollup"."visit_changed"();`);
    this.addSql(`create trigger "visit_rollup_update" after update on "visit" for each row
  when ((old.person_id, date_trunc('month', old.date::timestamp)) is distinct from (new.person_id, date_trunc('month', new.date::timestamp)))
  execute function "rollup"."visit_changed"();`);

    // Org moves shift the visit figures too.
    this.addSql(`create function "rollup"."visit_shift"(m bigint, ids bigint[], sign int) returns void language plpgsql as $$
begin
  insert into rollup.visit_org_month as r (org_id, month, own, due_delta, visited)
  select a.id, s.month, false, sign * s.due_delta, sign * s.visited
    from (select month, sum(due_delta)::int as due_delta, sum(visited)::int as visited from rollup.visit_org_month where org_id = m group by 1) s
    cross join unnest(ids) a(id)
  on conflict (org_id, month, own) do update set due_delta = r.due_delta + excluded.due_delta, visited = r.visited + excluded.visited;
end $$;`);
    this.addSql(orgMoved(['org', 'light', 'visit']));

    // Set-based rebuild from the person and visit rows (bulk loads run with the triggers off, then call this).
    this.addSql(`create function "rollup"."rebuild_visits"() returns void language plpgsql as $$
begin
  truncate rollup.visit_seen, rollup.visit_grid_month, rollup.visit_org_month;
  insert into rollup.visit_seen (person_id, month, n)
  select person_id, date_trunc('month', date::timestamp)::date, count(*) from visit group by 1, 2;
  insert into rollup.visit_grid_month (org_id, grid_id, month, due_delta, visited)
  with due as (
    select * from (select p.id, p.org_id, p.grid_id, coalesce(date_trunc('month', p.supervision_start::timestamp)::date, '-infinity'::date) as s,
                          date_trunc('month', p.supervision_end::timestamp)::date as e
                     from supervised_person p where p.status = 'ACTIVE') x
     where e is null or s <= e)
  select org_id, grid_id, m, sum(d), sum(v)
    from (select org_id, grid_id, s as m, 1 as d, 0 as v from due
          union all select org_id, grid_id, (e + interval '1 month')::date, -1, 0 from due where e is not null
          union all select due.org_id, due.grid_id, v.month, 0, 1 from due join rollup.visit_seen v on v.person_id = due.id and v.month >= due.s and (due.e is null or v.month <= due.e)) x
   group by 1, 2, 3;
  insert into rollup.visit_org_month (org_id, month, own, due_delta, visited)
  select a.id, g.month, a.id = g.org_id, sum(g.due_delta), sum(g.visited)
    from (select org_id, month, sum(due_delta) as due_delta, sum(visited) as visited from rollup.visit_grid_month group by 1, 2) g
    join org o on o.id = g.org_id cross join unnest(rollup.chain(o.path)) a(id)
   group by 1, 2, 3;
end $$;`);
    this.addSql(`select "rollup"."rebuild_visits"();`);
  }

  override async down(): Promise<void> {
    this.addSql(orgMoved(['org', 'light']));
    this.addSql(`drop trigger if exists "person_visit_rollup" on "supervised_person";`);
    this.addSql(`drop trigger if exists "person_visit_rollup_update" on "supervised_person";`);
    this.addSql(`drop trigger if exists "person_visits_gone" on "supervised_person";`);
    this.addSql(`drop trigger if exists "visit_rollup" on "visit";`);
    this.addSql(`drop trigger if exists "visit_rollup_update" on "visit";`);
    this.addSql(
      `drop function if exists "rollup"."rebuild_visits", "rollup"."visit_shift", "rollup"."visit_changed", "rollup"."visit_seen_apply", "rollup"."visit_person_changed", "rollup"."visit_person_apply", "rollup"."visit_add", "rollup"."visit_person_rows";`,
    );
    this.addSql(`drop table if exists "rollup"."visit_org_month", "rollup"."visit_grid_month", "rollup"."visit_seen";`);
  }
}

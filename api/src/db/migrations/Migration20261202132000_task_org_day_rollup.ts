import { Migration } from '@mikro-orm/migrations';

/**
 * rollup.task_day summed over category and component: an org × day table a dozen times smaller, which
 * "by child org" and "by day" read (a county's townships over a year are ~10,000 rows instead of
 * ~130,000). Kept by the same triggers as rollup.task_day.
 */
export class Migration20261202132000_task_org_day_rollup extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "rollup"."task_org_day" ("org_id" bigint not null, "day" date not null, "own" boolean not null, "received" int not null, "closed" int not null, "late" int not null, "resolved" int not null, "on_time" int not null, "seconds" numeric not null, primary key ("org_id", "day", "own"));`,
    );
    this.addSql(`create or replace function "rollup"."task_apply"(t task, sign int) returns void language plpgsql as $$
declare
  ids bigint[];
  d date := ((t.reported_at at time zone 'UTC') + interval '8 hours')::date;
  closed int := sign * (t.status = 'CLOSED')::int;
  late int := sign * t.resolved_late::int;
  resolved int := sign * (t.resolved_at is not null)::int;
  on_time int := sign * (t.resolved_at is not null and not t.resolved_late)::int;
  seconds numeric := sign * coalesce(extract(epoch from t.resolved_at - coalesce(t.registered_at, t.reported_at)), 0);
begin
  -- Statistics count events; a reporting round's DATA_REPORT tasks are work items, not residents' problems.
  if t.kind <> 'EVENT' then
    return;
  end if;
  select rollup.chain(o.path) into ids from org o where o.id = t.org_id;
  insert into rollup.task_day as r (org_id, day, own, category_id, component_id, received, closed, late, resolved, on_time, seconds)
  select a.id, d, a.id = t.org_id, coalesce(t.category_id, 0), coalesce(t.component_id, 0), sign, closed, late, resolved, on_time, seconds
    from unnest(ids) a(id)
  on conflict (org_id, day, own, category_id, component_id) do update
    set received = r.received + excluded.received, closed = r.closed + excluded.closed, late = r.late + excluded.late,
        resolved = r.resolved + excluded.resolved, on_time = r.on_time + excluded.on_time, seconds = r.seconds + excluded.seconds;
  insert into rollup.task_org_day as r (org_id, day, own, received, closed, late, resolved, on_time, seconds)
  select a.id, d, a.id = t.org_id, sign, closed, late, resolved, on_time, seconds from unnest(ids) a(id)
  on conflict (org_id, day, own) do update
    set received = r.received + excluded.received, closed = r.closed + excluded.closed, late = r.late + excluded.late,
        resolved = r.resolved + excluded.resolved, on_time = r.on_time + excluded.on_time, seconds = r.seconds + excluded.seconds;
  if t.resolved_at is null and not t.resolved_late and t.deadline is not null then
    insert into rollup.task_open as r (org_id, day, own, category_id, component_id, deadline_day, n)
    select a.id, d, a.id = t.org_id, coalesce(t.category_id, 0), coalesce(t.component_id, 0), (t.deadline at time zone 'UTC')::date, sign
      from unnest(ids) a(id)
    on conflict (org_id, day, own, category_id, component_id, deadline_day) do update set n = r.n + excluded.n;
  end if;
end $$;`);
    this.addSql(`create or replace function "rollup"."org_shift"(m bigint, ids bigint[], sign int) returns void language plpgsql as $$
begin
  insert into rollup.task_day as r (org_id, day, own, category_id, component_id, received, closed, late, resolved, on_time, seconds)
  select a.id, s.day, false, s.category_id, s.component_id, sign * s.received, sign * s.closed, sign * s.late, sign * s.resolved, sign * s.on_time, sign * s.seconds
    from (select day, category_id, component_id, sum(received)::int as received, sum(closed)::int as closed, sum(late)::int as late,
                 sum(resolved)::int as resolved, sum(on_time)::int as on_time, sum(seconds) as seconds
            from rollup.task_day where org_id = m group by 1, 2, 3) s cross join unnest(ids) a(id)
  on conflict (org_id, day, own, category_id, component_id) do update
    set received = r.received + excluded.received, closed = r.closed + excluded.closed, late = r.late + excluded.late,
        resolved = r.resolved + excluded.resolved, on_time = r.on_time + excluded.on_time, seconds = r.seconds + excluded.seconds;
  insert into rollup.task_org_day as r (org_id, day, own, received, closed, late, resolved, on_time, seconds)
  select a.id, s.day, false, sign * s.received, sign * s.closed, sign * s.late, sign * s.resolved, sign * s.on_time, sign * s.seconds
    from (select day, sum(received)::int as received, sum(closed)::int as closed, sum(late)::int as late,
                 sum(resolved)::int as resolved, sum(on_time)::int as on_time, sum(seconds) as seconds
            from rollup.task_org_day where org_id = m group by 1) s cross join unnest(ids) a(id)
  on conflict (org_id, day, own) do update
    set received = r.received + excluded.received, closed = r.closed + excluded.closed, late = r.late + excluded.late,
        resolved = r.resolved + excluded.resolved, on_time = r.on_time + excluded.on_time, seconds = r.seconds + excluded.seconds;
  insert into rollup.task_open as r (org_id, day, own, category_id, component_id, deadline_day, n)
  select a.id, s.day, false, s.category_id, s.component_id, s.deadline_day, sign * s.n
    from (select day, category_id, component_id, deadline_day, sum(n)::int as n from rollup.task_open where org_id = m group by 1, 2, 3, 4) s
         cross join unnest(ids) a(id)
  on conflict (org_id, day, own, category_id, component_id, deadline_day) do update set n = r.n + excluded.n;
end $$;`);
    this.addSql(`create function "rollup"."rebuild_task_org_day"() returns void language sql as $$
  truncate rollup.task_org_day;
  insert into rollup.task_org_day (org_id, day, own, received, closed, late, resolved, on_time, seconds)
  select org_id, day, own, sum(received), sum(closed), sum(late), sum(resolved), sum(on_time), sum(seconds) from rollup.task_day group by 1, 2, 3;
$$;`);
    this.addSql(`select "rollup"."rebuild_task_org_day"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function if exists "rollup"."rebuild_task_org_day";`);
    this.addSql(`drop table if exists "rollup"."task_org_day";`);
  }
}

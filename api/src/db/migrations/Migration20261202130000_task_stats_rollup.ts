import { Migration } from '@mikro-orm/migrations';

/**
 * Task statistics kept as sums per org × Beijing day × category × component, for the org where a
 * task arose (`own`) and for every org above it, so an org's figures are the rows of that one org
 * (and "by child org" the rows of its children). Kept exact by triggers in the transaction of every
 * write that changes a task (create, transition, escalation, a grid moved with its tasks, bulk SQL)
 * and of every org moved under another parent. Unresolved tasks with a deadline are counted per
 * deadline day in `task_open`, so "overdue", which depends on the clock, is those of earlier days
 * plus today's from the task rows. Its own schema: no entity maps it, `migration:check` leaves it alone.
 */
export class Migration20261202130000_task_stats_rollup extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "rollup";`);
    this.addSql(
      `create table "rollup"."task_day" ("org_id" bigint not null, "day" date not null, "own" boolean not null, "category_id" bigint not null, "component_id" bigint not null, "received" int not null, "closed" int not null, "late" int not null, "resolved" int not null, "on_time" int not null, "seconds" numeric not null, primary key ("org_id", "day", "own", "category_id", "component_id"));`,
    );
    this.addSql(
      `create table "rollup"."task_open" ("org_id" bigint not null, "day" date not null, "own" boolean not null, "category_id" bigint not null, "component_id" bigint not null, "deadline_day" date not null, "n" int not null, primary key ("org_id", "day", "own", "category_id", "component_id", "deadline_day"));`,
    );
    this.addSql(`create index "task_deadline_index" on "task" ("deadline");`);

    // The ids on an org's path, root first: its own id last.
    this.addSql(
      `create function "rollup"."chain"(p text) returns bigint[] language sql immutable as $$ select string_to_array(trim(both '/' from p), '/')::bigint[] $$;`,
    );

    this.addSql(`create function "rollup"."task_apply"(t task, sign int) returns void language plpgsql as $$
declare
  ids bigint[];
  d date := ((t.reported_at at time zone 'UTC') + interval '8 hours')::date;
begin
  select rollup.chain(o.path) into ids from org o where o.id = t.org_id;
  insert into rollup.task_day as r (org_id, day, own, category_id, component_id, received, closed, late, resolved, on_time, seconds)
  select a.id, d, a.id = t.org_id, coalesce(t.category_id, 0), coalesce(t.component_id, 0), sign,
         sign * (t.status = 'CLOSED')::int, sign * t.resolved_late::int, sign * (t.resolved_at is not null)::int,
         sign * (t.resolved_at is not null and not t.resolved_late)::int,
         sign * coalesce(extract(epoch from t.resolved_at - coalesce(t.registered_at, t.reported_at)), 0)
    from unnest(ids) a(id)
  on conflict (org_id, day, own, category_id, component_id) do update
    set received = r.received + excluded.received, closed = r.closed + excluded.closed, late = r.late + excluded.late,
        resolved = r.resolved + excluded.resolved, on_time = r.on_time + excluded.on_time, seconds = r.seconds + excluded.seconds;
  if t.resolved_at is null and not t.resolved_late and t.deadline is not null then
    insert into rollup.task_open as r (org_id, day, own, category_id, component_id, deadline_day, n)
    select a.id, d, a.id = t.org_id, coalesce(t.category_id, 0), coalesce(t.component_id, 0), (t.deadline at time zone 'UTC')::date, sign
      from unnest(ids) a(id)
    on conflict (org_id, day, own, category_id, component_id, deadline_day) do update set n = r.n + excluded.n;
  end if;
end $$;`);

    this.addSql(`create function "rollup"."task_changed"() returns trigger language plpgsql as $$
begin
  if tg_op in ('UPDATE', 'DELETE') then perform rollup.task_apply(old, -1); end if;
  if tg_op in ('UPDATE', 'INSERT') then perform rollup.task_apply(new, 1); end if;
  return null;
end $$;`);
    this.addSql(`create trigger "task_rollup" after insert or delete on "task" for each row execute function "rollup"."task_changed"();`);
    this.addSql(`create trigger "task_rollup_update" after update on "task" for each row
  when ((old.org_id, old.reported_at, old.category_id, old.component_id, old.status, old.resolved_at, old.resolved_late, old.registered_at, old.deadline)
        is distinct from (new.org_id, new.reported_at, new.category_id, new.component_id, new.status, new.resolved_at, new.resolved_late, new.registered_at, new.deadline))
  execute function "rollup"."task_changed"();`);

    // An org moved under another parent takes its subtree's sums from the old ancestors to the new ones.
    this.addSql(`create function "rollup"."org_shift"(m bigint, ids bigint[], sign int) returns void language plpgsql as $$
begin
  insert into rollup.task_day as r (org_id, day, own, category_id, component_id, received, closed, late, resolved, on_time, seconds)
  select a.id, s.day, false, s.category_id, s.component_id, sign * s.received, sign * s.closed, sign * s.late, sign * s.resolved, sign * s.on_time, sign * s.seconds
    from (select day, category_id, component_id, sum(received)::int as received, sum(closed)::int as closed, sum(late)::int as late,
                 sum(resolved)::int as resolved, sum(on_time)::int as on_time, sum(seconds) as seconds
            from rollup.task_day where org_id = m group by 1, 2, 3) s cross join unnest(ids) a(id)
  on conflict (org_id, day, own, category_id, component_id) do update
    set received = r.received + excluded.received, closed = r.closed + excluded.closed, late = r.late + excluded.late,
        resolved = r.resolved + excluded.resolved, on_time = r.on_time + excluded.on_time, seconds = r.seconds + excluded.seconds;
  insert into rollup.task_open as r (org_id, day, own, category_id, component_id, deadline_day, n)
  select a.id, s.day, false, s.category_id, s.component_id, s.deadline_day, sign * s.n
    from (select day, category_id, component_id, deadline_day, sum(n)::int as n from rollup.task_open where org_id = m group by 1, 2, 3, 4) s
         cross join unnest(ids) a(id)
  on conflict (org_id, day, own, category_id, component_id, deadline_day) do update set n = r.n + excluded.n;
end $$;`);
    this.addSql(`create function "rollup"."org_moved"() returns trigger language plpgsql as $$
begin
  perform rollup.org_shift(new.id, coalesce((select rollup.chain(path) from org where id = old.parent_id), '{}'), -1);
  perform rollup.org_shift(new.id, coalesce((select rollup.chain(path) from org where id = new.parent_id), '{}'), 1);
  return null;
end $$;`);
    this.addSql(`create trigger "org_rollup" after update of parent_id on "org" for each row
  when (old.parent_id is distinct from new.parent_id) execute function "rollup"."org_moved"();`);

    // Set-based rebuild from the task rows (bulk loads run with the triggers off, then call this).
    this.addSql(`create function "rollup"."rebuild_tasks"() returns void language plpgsql as $$
begin
  truncate rollup.task_day, rollup.task_open;
  insert into rollup.task_day (org_id, day, own, category_id, component_id, received, closed, late, resolved, on_time, seconds)
  select a.id, l.day, a.id = l.org_id, l.category_id, l.component_id, sum(l.received), sum(l.closed), sum(l.late), sum(l.resolved), sum(l.on_time), sum(l.seconds)
    from (select t.org_id, ((t.reported_at at time zone 'UTC') + interval '8 hours')::date as day, coalesce(t.category_id, 0) as category_id,
                 coalesce(t.component_id, 0) as component_id, count(*) as received, count(*) filter (where t.status = 'CLOSED') as closed,
                 count(*) filter (where t.resolved_late) as late, count(*) filter (where t.resolved_at is not null) as resolved,
                 count(*) filter (where t.resolved_at is not null and not t.resolved_late) as on_time,
                 coalesce(sum(extract(epoch from t.resolved_at - coalesce(t.registered_at, t.reported_at))), 0) as seconds
            from task t where t.kind = 'EVENT' group by 1, 2, 3, 4) l
    join org o on o.id = l.org_id cross join unnest(rollup.chain(o.path)) a(id)
   group by 1, 2, 3, 4, 5;
  insert into rollup.task_open (org_id, day, own, category_id, component_id, deadline_day, n)
  select a.id, l.day, a.id = l.org_id, l.category_id, l.component_id, l.deadline_day, sum(l.n)
    from (select t.org_id, ((t.reported_at at time zone 'UTC') + interval '8 hours')::date as day, coalesce(t.category_id, 0) as category_id,
                 coalesce(t.component_id, 0) as component_id, (t.deadline at time zone 'UTC')::date as deadline_day, count(*) as n
            from task t where t.kind = 'EVENT' and t.resolved_at is null and not t.resolved_late and t.deadline is not null group by 1, 2, 3, 4, 5) l
    join org o on o.id = l.org_id cross join unnest(rollup.chain(o.path)) a(id)
   group by 1, 2, 3, 4, 5, 6;
end $$;`);
    this.addSql(`select "rollup"."rebuild_tasks"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "task_rollup" on "task";`);
    this.addSql(`drop trigger if exists "task_rollup_update" on "task";`);
    this.addSql(`drop trigger if exists "org_rollup" on "org";`);
    this.addSql(`drop index if exists "task_deadline_index";`);
    this.addSql(`drop schema if exists "rollup" cascade;`);
  }
}

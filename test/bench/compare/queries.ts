/**
 * The requests of `npm run bench:compare`, per arm, and how each arm's answer is reduced to the same
 * plain shape for the equivalence check (every field compared, in order).
 */
export interface BenchIds {
  township: string;
  county: string;
  province: string;
  gridworker: string;
}

type Json = any;

export interface ArmRequest {
  body: Record<string, unknown>;
  /** Demo account whose token goes with the request (gridgov only). */
  as?: string;
  normalize(data: Json): unknown;
}

export type ArmName = 'gridgov' | 'postgraphile' | 'raw';

export interface BenchQuery {
  name: string;
  label: string;
  arms: Partial<Record<ArmName, (ids: BenchIds) => ArmRequest>>;
}

const grid = (number: number, name: string, org: string | null | undefined, workers: { username: string; phone: string | null }[]) => ({
  number,
  name,
  org: org ?? null,
  workers: workers.map((w) => ({ username: w.username, phone: w.phone })),
});

const STATS = (orgId: string) => ({
  query: `query($o: ID) { taskStats(from: "2025-12-01", to: "2026-11-30", groupBy: CATEGORY, orgId: $o) { received closed overdue groups { key received } } }`,
  variables: { o: orgId },
});

export const QUERIES: BenchQuery[] = [
  {
    name: 'q1',
    label: 'Q1: 50 grids of 鼓楼街道 with org { name }, workers { username phone } (township)',
    arms: {
      gridgov: (ids) => ({
        as: 'township',
        body: {
          query: 'query($org: ID!, $n: Int!) { grids(filter: { orgId: $org }, limit: $n) { items { number name org { name } workers { username phone } } } }',
          variables: { org: ids.township, n: 50 },
        },
        normalize: (d) => d.grids.items.map((g: Json) => grid(g.number, g.name, g.org?.name, g.workers)),
      }),
      postgraphile: (ids) => ({
        body: {
          query: `query($org: BigInt!, $n: Int!) { benchGridsUnder(org: $org, first: $n) { nodes { number name orgByOrgId { name }
            userGridsByGridId(orderBy: USER_ID_ASC) { nodes { userAccountByUserId { username phone } } } } } }`,
          variables: { org: ids.township, n: 50 },
        },
        normalize: (d) =>
          d.benchGridsUnder.nodes.map((g: Json) =>
            grid(
              g.number,
              g.name,
              g.orgByOrgId?.name,
              g.userGridsByGridId.nodes.map((n: Json) => n.userAccountByUserId),
            ),
          ),
      }),
      raw: (ids) => ({ body: { query: 'q1', params: [ids.township, 50] }, normalize: (d) => d.map((g: Json) => grid(g.number, g.name, g.org, g.workers)) }),
    },
  },
  {
    name: 'q3',
    label: 'Q3: tasks(limit: 20) (gridworker)',
    arms: {
      gridgov: () => ({
        as: 'gridworker',
        body: { query: '{ tasks(limit: 20) { items { id title status grid { number } } } }' },
        normalize: (d) => d.tasks.items.map((t: Json) => ({ id: t.id, title: t.title, status: t.status, grid: t.grid?.number ?? null })),
      }),
      raw: (ids) => ({ body: { query: 'q3', params: [ids.gridworker] }, normalize: (d) => d.map(({ n: _n, ...t }: Json) => t) }),
    },
  },
  {
    name: 'statsTownship',
    label: 'taskStats of a township, 12 months by category (county)',
    arms: { gridgov: (ids) => ({ as: 'county', body: STATS(ids.township), normalize: (d) => d.taskStats }) },
  },
  {
    name: 'statsCounty',
    label: 'taskStats of the county, 12 months by category (county)',
    arms: { gridgov: (ids) => ({ as: 'county', body: STATS(ids.county), normalize: (d) => d.taskStats }) },
  },
  {
    name: 'statsProvince',
    label: 'taskStats of the province, 12 months by category (admin)',
    arms: { gridgov: (ids) => ({ as: 'admin', body: STATS(ids.province), normalize: (d) => d.taskStats }) },
  },
  {
    name: 'me',
    label: '{ me { username } } signed in (township)',
    arms: { gridgov: () => ({ as: 'township', body: { query: '{ me { username } }' }, normalize: (d) => d }) },
  },
  {
    name: 'typename',
    label: '{ __typename } anonymous',
    arms: { gridgov: () => ({ body: { query: '{ __typename }' }, normalize: (d) => d }) },
  },
];

/** The panel's nested lists (formerly `bench:loaders`): gridgov only, for statements and CPU per request by role. */
const PANEL: [name: string, as: string, query: string][] = [
  [
    'orgsNested',
    'admin',
    '{ orgs(filter: { level: COMMUNITY }, limit: 100) { total items { name parent { name } grids { number leader { username } workers { username roles { code } } } } } }',
  ],
  ['usersNested', 'township', '{ users(limit: 100) { total items { username phone org { name } roles { code } grids { number } } } }'],
  ['tasksNested', 'county', '{ tasks(limit: 100) { total items { title status overdue deadline grid { number } handlerOrg { name } } } }'],
];
for (const [name, as, query] of PANEL)
  QUERIES.push({ name, label: `panel: ${query.slice(2, 60)}… (${as})`, arms: { gridgov: () => ({ as, body: { query }, normalize: (d) => d }) } });

/** BENCH_QUERIES=q1,q3 runs only those (names above); `loaders` stands for the panel's nested lists. */
export function selectedQueries(list = process.env.BENCH_QUERIES): BenchQuery[] {
  if (!list) return QUERIES;
  const names = new Set(list.split(',').flatMap((n) => (n === 'loaders' ? PANEL.map(([p]) => p) : [n.trim()])));
  return QUERIES.filter((q) => names.has(q.name));
}

/** One statement per query for the raw arm, building the whole answer as JSON. */
export const RAW_SQL = {
  q1: `select coalesce(json_agg(x order by x.id), '[]') as data from (
         select g.id, g.number, g.name, o.name as org,
           (select coalesce(json_agg(json_build_object('username', u.username, 'phone', u.phone) order by u.id), '[]')
              from user_grid ug join user_account u on u.id = ug.user_id where ug.grid_id = g.id) as workers
         from grid g join org o on o.id = g.org_id, org t
         where t.id = $1 and o.path >= t.path and o.path < left(t.path, -1) || '0'
         order by g.id limit $2) x`,
  q3: `select coalesce(json_agg(x order by x.n), '[]') as data from (
         select row_number() over (order by t.reported_at desc nulls last, t.id) as n, t.id::text as id, t.title, t.status, g.number as grid
         from task t left join grid g on g.id = t.grid_id
         where t.grid_id in (select grid_id from user_grid where user_id = $1)
         order by t.reported_at desc nulls last, t.id limit 20) x`,
};

/** What the PostGraphile arm needs beyond the product's tables: "this org and below" as a function it exposes. */
export const POSTGRAPHILE_SQL = `
  create schema if not exists bench;
  create or replace function bench.grids_under(org bigint) returns setof public.grid language sql stable as $$
    select g.* from grid g join org o on o.id = g.org_id, org t
    where t.id = org and o.path >= t.path and o.path < left(t.path, -1) || '0' order by g.id
  $$;`;

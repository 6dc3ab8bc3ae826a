import type { EntityManager } from '@mikro-orm/postgresql';
import { deadlineFor, handlingLevelOf } from './deadline';
import { DEFAULT_POLICY } from './deadline-policy.service';
import { Task, TaskKind, TaskPriority } from './task.entity';
import { TaskStatus } from './task.workflow';
import { seededRandom } from '../../core/random';

/** How many events the demo township received over the last twelve months. */
const DEMO_TASKS = 3000;

const TITLES: Record<string, string[]> = {
  社区管理: ['楼道堆放杂物', '单元门禁损坏', '小区围栏破损'],
  治安: ['可疑人员夜间徘徊', '电动车被盗', '邻里纠纷需调解'],
  环境: ['垃圾堆积未清运', '污水外溢', '小广告乱贴'],
  公共设施: ['健身器材损坏', '休闲座椅断裂', '公示栏破损'],
  园林绿化: ['绿地被踩踏', '绿篱缺株', '草坪枯黄'],
  私搭乱建: ['私搭彩钢房', '违规圈占公共绿地', '楼顶违建'],
  机动车乱停放: ['机动车占用消防通道', '车辆长期占用盲道', '僵尸车占道'],
  占道经营: ['流动摊贩占道经营', '店外摆摊', '早市越线经营'],
  噪音扰民: ['夜间施工噪音扰民', '广场舞音响过大', '商铺外放音乐'],
};
const COMPONENT_TITLES: Record<string, string> = { 广告灯箱: '广告灯箱破损', 路灯: '路灯不亮', 路树: '路树倾斜', 井盖: '井盖缺失' };
const PLACES = ['东门', '北区', '3号楼', '7号楼', '菜市场旁', '幼儿园门口', '公交站', '停车场', '小广场', '沿河路'];

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * A year of events in 鼓楼街道 (mostly closed, a few still open and overdue, the last days still in
 * the workflow for the demo accounts to move on) with their history, and the daily grid reports of
 * its grids with the gaps real reporting has.
 */
export async function seedTasks(em: EntityManager): Promise<void> {
  const rnd = seededRandom(4);
  const pick = <T>(list: T[]): T => list[Math.floor(rnd.next() * list.length)]!;
  const one = async (sql: string) => (await em.execute<{ id: string }[]>(sql))[0]!.id;
  const township = await em.execute<{ id: string; path: string }[]>("select id::text, path from org where code = '110118001000'");
  const { id: townshipId, path } = township[0]!;
  const grids = await em.execute<{ id: string; org_id: string; name: string; community: string }[]>(
    'select g.id::text, g.org_id::text, g.name, o.name as community from grid g join org o on o.id = g.org_id where o.path like ? order by g.id',
    [`${path}%`],
  );
  const departments = await em.execute<{ id: string; name: string }[]>(
    "select id::text, name from org where parent_id = ? and level = 'DEPARTMENT' and name <> '鼓楼街道信息指挥中心'",
    [townshipId],
  );
  const categories = await em.execute<{ id: string; name: string }[]>("select id::text, name from dictionary where type = 'EVENT_CATEGORY' order by code");
  const components = await em.execute<{ id: string; name: string }[]>("select id::text, name from dictionary where type = 'COMPONENT_TYPE' order by code");
  const gridworker = await one("select id::text from user_account where username = 'gridworker'");
  const community = await one("select id::text from user_account where username = 'community'");
  const [grid1] = await em.execute<{ id: string }[]>(
    "select g.id::text from grid g join org o on o.id = g.org_id where o.code = '110118001002' and g.number = 1",
  );

  const now = Date.now();
  const rows: Record<string, unknown>[] = [];
  for (let i = 0; i < DEMO_TASKS; i++) {
    const grid = pick(grids);
    const ageDays = rnd.next() < 0.02 ? rnd.next() * 3 : rnd.next() * 365;
    const reportedAt = new Date(now - ageDays * DAY - rnd.int(0, 8) * HOUR);
    const category = pick(categories);
    const component = rnd.next() < 0.3 ? pick(components) : null;
    const r = rnd.next();
    const handler =
      r < 0.75 ? { id: grid.org_id, level: 'COMMUNITY' } : r < 0.9 ? { id: townshipId, level: 'TOWNSHIP' } : { id: pick(departments).id, level: 'DEPARTMENT' };
    const registeredAt = new Date(reportedAt.getTime() + rnd.int(10, 180) * 60_000);
    const dispatchedAt = new Date(registeredAt.getTime() + rnd.int(5, 120) * 60_000);
    const deadline = deadlineFor(DEFAULT_POLICY[handlingLevelOf(handler.level)], dispatchedAt, registeredAt);
    const acceptedAt = new Date(dispatchedAt.getTime() + rnd.int(10, 300) * 60_000);
    // Most work finishes within its deadline; about one in twenty-five runs late.
    const resolvedAt = new Date(
      rnd.next() < 0.04
        ? deadline.getTime() + rnd.int(1, 72) * HOUR
        : acceptedAt.getTime() + rnd.next() * Math.max(HOUR, deadline.getTime() - acceptedAt.getTime()),
    );
    const verifiedAt = new Date(resolvedAt.getTime() + rnd.int(1, 20) * HOUR);
    const closedAt = new Date(verifiedAt.getTime() + rnd.int(1, 8) * HOUR);
    const stages: [TaskStatus, number][] = [
      [TaskStatus.REPORTED, reportedAt.getTime()],
      [TaskStatus.REGISTERED, registeredAt.getTime()],
      [TaskStatus.DISPATCHED, dispatchedAt.getTime()],
      [TaskStatus.IN_PROGRESS, acceptedAt.getTime()],
      [TaskStatus.RESOLVED, resolvedAt.getTime()],
      [TaskStatus.VERIFIED, verifiedAt.getTime()],
      [TaskStatus.CLOSED, closedAt.getTime()],
    ];
    // The furthest stage reached by now; a few older tasks stall in handling and are overdue.
    let reached = stages.filter(([, at]) => at <= now).length - 1;
    if (ageDays > 7 && rnd.next() < 0.015) reached = 3;
    const status = stages[reached]![0];
    const at = (stage: number, value: Date) => (reached >= stage ? value : null);
    rows.push({
      kind: TaskKind.EVENT,
      title: component && rnd.next() < 0.7 ? COMPONENT_TITLES[component.name]! : pick(TITLES[category.name]!),
      description: `${grid.community}${grid.name}巡查发现`,
      category: category.id,
      component: component?.id ?? null,
      location: `${grid.community.replace(/(社区)?居民委员会|村民委员会/, '')}${pick(PLACES)}`,
      grid: grid.id,
      org: grid.org_id,
      reporter: grid.id === grid1?.id ? gridworker : null,
      handlerOrg: reached >= 2 ? handler.id : null,
      handlerUser: reached >= 3 && handler.id === grids.find((g) => g.id === grid1?.id)?.org_id ? community : null,
      priority: rnd.next() < 0.1 ? TaskPriority.HIGH : TaskPriority.NORMAL,
      status,
      result: reached >= 4 ? '已现场处置完毕' : null,
      deadline: reached >= 2 ? deadline : null,
      reportedAt,
      registeredAt: at(1, registeredAt),
      dispatchedAt: at(2, dispatchedAt),
      acceptedAt: at(3, acceptedAt),
      resolvedAt: at(4, resolvedAt),
      resolvedLate: reached >= 4 && resolvedAt > deadline,
      verifiedAt: at(5, verifiedAt),
      closedAt: at(6, closedAt),
      createdAt: reportedAt,
      updatedAt: reportedAt,
    });
  }
  for (let i = 0; i < rows.length; i += 1000) await em.insertMany(Task, rows.slice(i, i + 1000) as never[]);

  const dispatcher = await one("select id::text from user_account where username = 'dispatcher'");
  await em.execute(
    `insert into task_history (task_id, at, user_id, action, "from", "to", comment, handler_org_id)
     select task_id, at, user_id, action::task_action, "from"::task_status, "to"::task_status, comment, handler_org_id from (
       select id as task_id, reported_at as at, reporter_id as user_id, null as action, null as "from", 'REPORTED' as "to", null as comment, null::bigint as handler_org_id from task
       union all select id, registered_at, ?::bigint, 'REGISTER', 'REPORTED', 'REGISTERED', null, null from task where registered_at is not null
       union all select id, dispatched_at, ?::bigint, 'DISPATCH', 'REGISTERED', 'DISPATCHED', null, handler_org_id from task where dispatched_at is not null
       union all select id, accepted_at, handler_user_id, 'ACCEPT', 'DISPATCHED', 'IN_PROGRESS', null, handler_org_id from task where accepted_at is not null
       union all select id, resolved_at, handler_user_id, 'RESOLVE', 'IN_PROGRESS', 'RESOLVED', result, handler_org_id from task where resolved_at is not null
       union all select id, verified_at, ?::bigint, 'VERIFY', 'RESOLVED', 'VERIFIED', null, handler_org_id from task where verified_at is not null
       union all select id, closed_at, ?::bigint, 'CLOSE', 'VERIFIED', 'CLOSED', null, handler_org_id from task where closed_at is not null) h`,
    [dispatcher, dispatcher, dispatcher, dispatcher],
  );

  // Daily reports of the township's grids for the last year up to yesterday, from a hash of grid and day:
  // about 7% of days missing, 2% sent late, 4% incidents of which a quarter turn the light red.
  await em.execute(
    `insert into grid_report (grid_id, org_id, date, status, severity, text, channel, reporter_id, submitted_at)
     select g.id, g.org_id, d.date,
            case when h.v < 9 then 'SAFE' else 'INCIDENT' end::grid_report_status,
            case when h.v < 9 then null when h.v = 9 then (array['MAJOR_DISPUTE', 'PETITION'])[1 + h.w % 2] else 'GENERAL' end::grid_report_severity,
            case when h.v < 9 then null when h.v = 9 then (array['两户因宅基地发生重大矛盾纠纷', '发现有进京上访动向'])[1 + h.w % 2] else '发现井盖缺失，已上报' end,
            case when h.w % 3 = 0 then 'SMS' else 'API' end::report_channel,
            case when g.id = ? then ?::bigint end,
            (((d.date + case when h.v = 0 then 1 else 0 end)::timestamp + interval '9 hours' + (h.w % 360) * interval '1 minute') - interval '8 hours') at time zone 'UTC'
       from grid g join org o on o.id = g.org_id
       cross join generate_series(((now() at time zone 'UTC') + interval '8 hours')::date - 365, ((now() at time zone 'UTC') + interval '8 hours')::date - 1, interval '1 day') day
       cross join lateral (select day::date as date) d
       cross join lateral (select abs(hashtext(g.id::text || ':' || d.date::text)) as x) hx
       cross join lateral (select (hx.x % 100) as p, (hx.x / 100) as w) hp
       cross join lateral (select case when hp.p < 7 then null when hp.p < 9 then 0 when hp.p < 12 then 10 when hp.p = 12 then 9 else 5 end as v, hp.w as w) h
      where o.path like ? and h.v is not null`,
    [grid1?.id ?? null, gridworker, `${path}%`],
  );
}

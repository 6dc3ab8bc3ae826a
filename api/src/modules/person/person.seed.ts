import type { EntityManager } from '@mikro-orm/postgresql';
import { makeIdNumber } from './id-number';
import { HelperRole, HistoryKind, kindOfCategory, RiskLevel, SupervisionKind, SupervisionStatus, VisitKind } from './person.enums';
import { SupervisedPerson } from './person.entity';
import { ServiceHours } from './service-hours.entity';
import { SupervisionHistory } from './supervision-history.entity';
import { SupportGroupMember } from './support-group.entity';
import { Visit } from './visit.entity';
import { seededRandom } from '../../core/random';

/** 鼓楼街道 and its 鼓楼社区, where the demo accounts work (the same codes as demo.seeder.ts). */
const TOWNSHIP_CODE = '110118001000';
const COMMUNITY_CODE = '110118001002';
/** The months the demo visits cover; each active person misses some of them. */
export const DEMO_VISIT_MONTHS = ['2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11'];

const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕'.split('');
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红玉兰海波春梅晓东'.split('');
/** Category codes 01–08 with their weights: 缓刑 most often, 管制 rarely. */
const CATEGORY_WEIGHTS: [string, number][] = [
  ['01', 30],
  ['02', 8],
  ['03', 5],
  ['04', 2],
  ['05', 15],
  ['06', 15],
  ['07', 12],
  ['08', 13],
];
const OFFENCES = [
  '盗窃罪，判处有期徒刑一年，缓刑二年',
  '危险驾驶罪，判处拘役三个月，缓刑六个月',
  '故意伤害罪，判处有期徒刑二年，假释',
  '诈骗罪，判处有期徒刑三年，暂予监外执行',
  '寻衅滋事罪，判处管制一年',
];
const STREETS = ['鼓楼东大街', '鼓楼西大街', '新中街', '檀州家园', '行宫街', '南更大街'];
const VOLUNTEERS = ['周志愿', '吴红梅', '郑建国', '孙桂英', '冯晓东'];
const RELATIONS = ['父亲', '母亲', '配偶', '兄弟', '姐妹', '子女'];

async function nextIds(em: EntityManager, sequence: string, n: number): Promise<string[]> {
  if (n === 0) return [];
  const rows = await em.execute<{ id: string }[]>(`select nextval('${sequence}')::text as id from generate_series(1, ?)`, [n]);
  return rows.map((r) => r.id);
}

/**
 * 150–300 people over the grids of 鼓楼街道 with valid synthetic ID numbers, complete and incomplete
 * "五帮一" groups, visits in most but not all of DEMO_VISIT_MONTHS, and service hours for correction cases.
 */
export async function seedPeople(em: EntityManager): Promise<void> {
  const rnd = seededRandom(3);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd.next() * list.length)]!;
  const weighted = (pairs: [string, number][]) => {
    let n = rnd.next() * pairs.reduce((s, [, w]) => s + w, 0);
    for (const [v, w] of pairs) if ((n -= w) < 0) return v;
    return pairs[0]![0];
  };
  const grids = await em.execute<{ id: string; number: number; org_id: string; org_code: string }[]>(
    `select g.id::text, g.number, g.org_id::text, o.code as org_code from grid g join org o on o.id = g.org_id
      where o.path like (select path from org where code = ?) || '%' order by o.code, g.number`,
    [TOWNSHIP_CODE],
  );
  const categories = new Map(
    (await em.execute<{ id: string; code: string }[]>(`select id::text, code from dictionary where type = 'PERSON_CATEGORY'`)).map((r) => [r.code, r.id]),
  );
  const users = new Map(
    (await em.execute<{ id: string; username: string; name: string }[]>('select id::text, username, name from user_account')).map((u) => [u.username, u]),
  );
  const workerOfGrid = new Map(
    (
      await em.execute<{ grid_id: string; user_id: string }[]>(
        `select ug.grid_id::text, min(ug.user_id)::text as user_id from user_grid ug join user_account u on u.id = ug.user_id where u.username like 'gridworker%' group by ug.grid_id`,
      )
    ).map((r) => [r.grid_id, r.user_id]),
  );

  // The demo accounts' community gets more people, so each demo account has a ledger worth looking at.
  const plans = grids.flatMap((g) => Array.from({ length: g.org_code === COMMUNITY_CODE ? rnd.int(5, 8) : rnd.int(1, 4) }, () => g));
  const ids = await nextIds(em, 'supervised_person_id_seq', plans.length);
  const people: Record<string, unknown>[] = [];
  const members: Record<string, unknown>[] = [];
  const visits: Record<string, unknown>[] = [];
  const hours: Record<string, unknown>[] = [];
  const history: Record<string, unknown>[] = [];
  const usedIds = new Set<string>();
  plans.forEach((grid, i) => {
    const id = ids[i]!;
    const code = weighted(CATEGORY_WEIGHTS);
    const kind = kindOfCategory(code);
    const birth = `${rnd.int(1955, 2004)}${String(rnd.int(1, 12)).padStart(2, '0')}${String(rnd.int(1, 28)).padStart(2, '0')}`;
    let idNumber: string;
    do idNumber = makeIdNumber(rnd.next() < 0.8 ? '110118' : pick(['110228', '110105', '130102', '131082']), birth, rnd.int(1, 999));
    while (usedIds.has(idNumber));
    usedIds.add(idNumber);
    const roll = rnd.next();
    const status =
      roll < 0.9 ? SupervisionStatus.ACTIVE : roll < 0.95 ? SupervisionStatus.ENDED : roll < 0.975 ? SupervisionStatus.TRANSFERRED : SupervisionStatus.REVOKED;
    const startYear = rnd.int(2024, 2026);
    const start = `${startYear}-${String(startYear === 2026 ? rnd.int(1, 5) : rnd.int(1, 12)).padStart(2, '0')}-${String(rnd.int(1, 28)).padStart(2, '0')}`;
    // Active correction cases end after today; others ended on time.
    const endYear = status === SupervisionStatus.ACTIVE ? Math.max(startYear + rnd.int(1, 3), 2027) : Math.min(startYear + 1, 2026);
    const end = kind === SupervisionKind.CORRECTION ? `${endYear}${start.slice(4)}` : null;
    const inDemoCommunity = grid.org_code === COMMUNITY_CODE;
    people.push({
      id,
      name: `${pick(SURNAMES)}${pick(GIVEN)}${rnd.next() < 0.5 ? pick(GIVEN) : ''}`,
      sex: Number(idNumber[16]) % 2 ? 'MALE' : 'FEMALE',
      ethnicity: rnd.next() < 0.9 ? '汉族' : pick(['满族', '回族', '蒙古族']),
      idNumber,
      birthDate: `${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6)}`,
      phone: `13${rnd.int(0, 9)}${String(rnd.int(0, 99999999)).padStart(8, '0')}`,
      address: `密云区${pick(STREETS)}${rnd.int(1, 40)}号楼${rnd.int(1, 6)}单元${rnd.int(101, 1802)}`,
      grid: grid.id,
      org: grid.org_id,
      category: categories.get(code),
      kind,
      offenceSummary: kind === SupervisionKind.CORRECTION || code === '08' ? pick(OFFENCES) : null,
      riskLevel: weighted([
        [RiskLevel.LOW, 6],
        [RiskLevel.MEDIUM, 3],
        [RiskLevel.HIGH, 1],
      ]),
      supervisionStart: start,
      supervisionEnd: end,
      status,
      responsible: workerOfGrid.get(grid.id) ?? null,
      notes: null,
    });
    history.push({
      person: id,
      at: new Date(`${start}T09:00:00Z`),
      kind: HistoryKind.CREATED,
      toStatus: SupervisionStatus.ACTIVE,
      toGrid: grid.id,
      username: 'admin',
      reason: '建档',
    });
    if (status !== SupervisionStatus.ACTIVE) {
      history.push({
        person: id,
        at: new Date('2026-10-15T09:00:00Z'),
        kind: HistoryKind.STATUS,
        fromStatus: SupervisionStatus.ACTIVE,
        toStatus: status,
        username: 'admin',
        reason: '期满或变更',
      });
      return;
    }
    // Two in five groups lack one to three helpers.
    const missing = new Set(rnd.next() < 0.4 ? Array.from({ length: rnd.int(1, 3) }, () => pick(Object.values(HelperRole))) : []);
    const member = (role: HelperRole, m: { user?: string | null; name: string; phone?: string; relation?: string }) =>
      missing.has(role) || members.push({ person: id, role, user: m.user ?? null, name: m.name, phone: m.phone ?? null, relation: m.relation ?? null });
    const judicial = users.get('judicial')!;
    const police = users.get('police')!;
    const worker = workerOfGrid.get(grid.id);
    member(HelperRole.JUDICIAL_OFFICER, { user: judicial.id, name: judicial.name });
    member(
      HelperRole.CORRECTION_MANAGER,
      worker ? { user: worker, name: [...users.values()].find((u) => u.id === worker)!.name } : { name: `${pick(SURNAMES)}网格长` },
    );
    member(
      HelperRole.COMMUNITY_POLICE,
      inDemoCommunity
        ? { user: police.id, name: police.name }
        : { name: `${pick(SURNAMES)}警官`, phone: `1391000${String(rnd.int(0, 9999)).padStart(4, '0')}` },
    );
    member(HelperRole.VOLUNTEER, { name: pick(VOLUNTEERS), phone: `1381000${String(rnd.int(0, 9999)).padStart(4, '0')}` });
    member(HelperRole.FAMILY, {
      name: `${pick(SURNAMES)}${pick(GIVEN)}`,
      phone: `1371000${String(rnd.int(0, 9999)).padStart(4, '0')}`,
      relation: pick(RELATIONS),
    });
    for (const month of DEMO_VISIT_MONTHS) {
      if (`${month}-28` < start || rnd.next() < 0.15) continue;
      const day = String(rnd.int(Math.max(1, month === start.slice(0, 7) ? Number(start.slice(8)) : 1), 28)).padStart(2, '0');
      visits.push({
        person: id,
        date: `${month}-${day}`,
        kind: weighted([
          [VisitKind.HOME_VISIT, 5],
          [VisitKind.TALK, 3],
          [VisitKind.PHONE, 2],
        ]),
        participants: worker ? ['网格员', '司法所干部'] : ['社区矫正专职社工'],
        findings: pick(['在家，工作稳定', '按时报到，无异常', '生活困难，已联系社区帮扶', '情绪稳定，家属配合']),
        psychologicalState: pick(['稳定', '较稳定', '焦虑，需关注']),
        followUpNeeded: rnd.next() < 0.1,
        recordedBy: worker ?? judicial.id,
      });
    }
    if (kind === SupervisionKind.CORRECTION) {
      for (const month of DEMO_VISIT_MONTHS.slice(2, 5)) if (`${month}-28` >= start) hours.push({ person: id, month, hours: rnd.int(16, 32) / 2 });
    }
  });
  await em.insertMany(SupervisedPerson, people as never[]);
  await em.insertMany(SupervisionHistory, history as never[]);
  if (members.length) await em.insertMany(SupportGroupMember, members as never[]);
  if (visits.length) await em.insertMany(Visit, visits as never[]);
  if (hours.length) await em.insertMany(ServiceHours, hours as never[]);
}

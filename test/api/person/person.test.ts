import { makeIdNumber } from '../../../api/src/modules/person/id-number';
import { startTestApp, type TestApp } from '../../support/app';

let app: TestApp;
const tokens: Record<string, string> = {};
const id: Record<string, string> = {};

const CREATE = `mutation($i: CreateSupervisedPersonInput!) { createSupervisedPerson(input: $i) {
  id name idNumber sex birthDate phone kind status riskLevel category { code name } grid { number } version history { kind toStatus } } }`;
const fieldsOf = (res: { errors?: { extensions: { fields?: { field: string; message: string }[] } }[] }) =>
  res.errors?.[0]?.extensions.fields?.map((f) => f.field);
let serial = 100;
/** A fresh valid ID number for each call: region 110105 (朝阳区), born 1980, a new sequence. */
const newIdNumber = (birth = '19800101') => makeIdNumber('110105', birth, serial++);

beforeAll(async () => {
  app = await startTestApp();
  for (const a of ['admin', 'community', 'gridleader', 'gridworker', 'judicial', 'police', 'county', 'township']) tokens[a] = await app.login(a);
  const one = async (key: string, sql: string) => (id[key] = (await app.query<{ id: string }>(sql))[0]!.id);
  const grid = (code: string, n: number) => `select g.id::text from grid g join org o on o.id = g.org_id where o.code = '${code}' and g.number = ${n}`;
  await one('community', "select id::text from org where code = '110118001002'");
  await one('grid1', grid('110118001002', 1));
  await one('grid2', grid('110118001002', 2));
  await one('neighbourGrid', grid('110118001003', 1));
  await one('guoyuanCommunity', "select id::text from org where code = '110118002001'");
  await one('guoyuanGrid1', grid('110118002001', 1));
  await one('guoyuanGrid2', grid('110118002001', 2));
  await one('judicialUser', "select id::text from user_account where username = 'judicial'");
  await one('policeUser', "select id::text from user_account where username = 'police'");
});
afterAll(() => app.stop());

const create = (token: string, input: Record<string, unknown>) =>
  app.gql(CREATE, { i: { name: '测试人员', categoryCode: '01', gridId: id.grid1, ...input } }, { token });

describe('creating people', () => {
  it('requires authentication', async () => {
    const res = await app.gql(CREATE, { i: { name: 'x', idNumber: 'x', gridId: '1', categoryCode: '01' } });
    expect(res.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('derives sex and birth date from the ID number and upper-cases a trailing x', async () => {
    const idNumber = makeIdNumber('110118', '19850315', 7); // ends in X
    const res = await create(tokens.judicial, { idNumber: idNumber.toLowerCase(), phone: '13912345678' });
    expect(res.errors).toBeUndefined();
    expect(res.data.createSupervisedPerson).toMatchObject({
      idNumber,
      sex: 'MALE',
      birthDate: '1985-03-15',
      kind: 'CORRECTION',
      status: 'ACTIVE',
      riskLevel: 'LOW',
      category: { code: '01', name: '缓刑' },
      grid: { number: 1 },
      history: [{ kind: 'CREATED', toStatus: 'ACTIVE' }],
    });
    const [row] = await app.query<{ id_number: string }>('select id_number from supervised_person where id = ?', [res.data.createSupervisedPerson.id]);
    expect(row!.id_number).toBe('11011819850315007X');
  });

  it('answers the grid worker with the masked ID number, and audits it masked', async () => {
    const idNumber = newIdNumber();
    const res = await create(tokens.gridworker, { idNumber, phone: '13912345678', categoryCode: '05' });
    expect(res.errors).toBeUndefined();
    const p = res.data.createSupervisedPerson;
    expect(p).toMatchObject({ idNumber: `110105********${idNumber.slice(-4)}`, phone: '139****5678', kind: 'KEY_PERSON' });
    const [entry] = await app.query<{ after: Record<string, unknown> }>(
      "select after from audit_log where operation = 'createSupervisedPerson' and target_id = ?",
      [p.id],
    );
    expect(entry!.after.idNumber).toBe(`110105********${idNumber.slice(-4)}`);
    expect(entry!.after.phone).toBe('139****5678');
    expect(JSON.stringify(entry!.after)).not.toContain(idNumber);
  });

  it('names each bad field: bad check digit, mismatched sex and birth date, unknown category', async () => {
    const good = makeIdNumber('110118', '19900101', 123);
    const checkDigit = await create(tokens.community, { idNumber: `${good.slice(0, 17)}${good.endsWith('5') ? '6' : '5'}` });
    expect(checkDigit.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'idNumber', message: '身份证号校验位错误' }] });
    const mismatch = await create(tokens.community, { idNumber: good, sex: 'FEMALE', birthDate: '1990-01-02', categoryCode: '99' });
    expect(fieldsOf(mismatch)).toEqual(['sex', 'birthDate', 'categoryCode']);
    // The expected value in the reader's words, not the enum's (the panel showed "应为 MALE").
    expect(mismatch.errors?.[0]?.extensions.fields?.[0]?.message).toBe('与身份证号不一致（应为 男）');
    const mismatchEn = await app.gql(
      CREATE,
      { i: { name: 'x', idNumber: good, sex: 'FEMALE', gridId: id.grid1, categoryCode: '01' } },
      { token: tokens.community, lang: 'en' },
    );
    expect(mismatchEn.errors?.[0]?.extensions.fields).toEqual([{ field: 'sex', message: 'does not match the ID number (expected male)' }]);
    const en = await app.gql(
      CREATE,
      { i: { name: 'x', idNumber: makeIdNumber('110118', '19900230', 1), gridId: id.grid1, categoryCode: '01' } },
      { token: tokens.community, lang: 'en' },
    );
    expect(en.errors?.[0]?.extensions.fields).toEqual([{ field: 'idNumber', message: 'the birth date in the ID number is not a real past date' }]);
  });

  it('keeps one ACTIVE record per ID number and category; the conflict says only that a transfer is needed, and is audited', async () => {
    const idNumber = newIdNumber();
    expect((await create(tokens.community, { idNumber })).errors).toBeUndefined();
    const again = await create(tokens.community, { idNumber, gridId: id.grid2 });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', fields: [{ field: 'idNumber', message: '此人已有在管记录，需提出转移申请' }] });
    expect(again.errors?.[0]?.message).toBe('此人已有在管记录，需提出转移申请');
    const [hit] = await app.query<{ target_id: string; success: boolean }>(
      "select a.target_id, a.success from audit_log a join user_account u on u.id = a.user_id where u.username = 'community' and a.operation = 'idNumberClash' order by a.id desc limit 1",
    );
    const [holder] = await app.query<{ id: string }>("select id::text from supervised_person where id_number = ? and status = 'ACTIVE'", [idNumber]);
    expect(hit).toEqual({ target_id: holder!.id, success: false });
    // Another category is another record.
    expect((await create(tokens.community, { idNumber, categoryCode: '06' })).errors).toBeUndefined();
    expect(await app.query('select id from supervised_person where id_number = ?', [idNumber])).toHaveLength(2);
  });

  it('answers an ID number active in another township with no more than "needs a transfer request", audited, 10 an hour', async () => {
    // 11 people under supervision in 果园街道, outside the grid leader's township.
    const elsewhere: { id: string; id_number: string; code: string }[] = [];
    for (let i = 0; i < 11; i++) {
      const idNumber = newIdNumber('19690909');
      const res = await create(tokens.admin, { idNumber, gridId: id.guoyuanGrid1 });
      elsewhere.push({ id: res.data.createSupervisedPerson.id, id_number: idNumber, code: '01' });
    }
    const [{ id: leader }] = await app.query<{ id: string }>("select id::text from user_account where username = 'gridleader'");
    for (const p of elsewhere.slice(0, 10)) {
      const res = await create(tokens.gridleader, { idNumber: p.id_number, categoryCode: p.code });
      expect(res.errors?.[0]?.extensions).toEqual({ code: 'CONFLICT', fields: [{ field: 'idNumber', message: '此人已有在管记录，需提出转移申请' }] });
      expect(JSON.stringify(res.errors)).not.toContain(p.id_number.slice(-4));
    }
    const hits = await app.query<{ target_id: string }>("select target_id from audit_log where user_id = ? and operation = 'idNumberClash' order by id", [
      leader,
    ]);
    expect(hits.map((h) => h.target_id)).toEqual(elsewhere.slice(0, 10).map((p) => p.id));
    // The 11th look-up is not made at all, hit or not.
    expect((await create(tokens.gridleader, { idNumber: elsewhere[10]!.id_number, categoryCode: elsewhere[10]!.code })).errors?.[0]?.extensions.code).toBe(
      'RATE_LIMITED',
    );
    expect((await create(tokens.gridleader, { idNumber: newIdNumber() })).errors?.[0]?.extensions.code).toBe('RATE_LIMITED');
    await app.query("delete from audit_log where user_id = ? and operation = 'idNumberClash'", [leader]);
    await app.query('delete from supervised_person where id in (?)', [elsewhere.map((p) => p.id)]);
    expect(await app.query('select id from supervised_person where id in (?)', [elsewhere.map((p) => p.id)])).toEqual([]);
  });

  it('treats a grid outside the caller scope like an unknown one', async () => {
    const res = await create(tokens.gridworker, { idNumber: newIdNumber(), gridId: id.grid2 });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'gridId' }] });
  });

  it('lets the judicial officer create correction cases but not key persons', async () => {
    expect((await create(tokens.judicial, { idNumber: newIdNumber(), categoryCode: '02' })).errors).toBeUndefined();
    expect((await create(tokens.judicial, { idNumber: newIdNumber(), categoryCode: '07' })).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect((await create(tokens.police, { idNumber: newIdNumber(), categoryCode: '07' })).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });
});

describe('updating, transfers and status', () => {
  it('updates with optimistic locking and re-derives from a new ID number', async () => {
    const created = (await create(tokens.judicial, { idNumber: newIdNumber('19700505') })).data.createSupervisedPerson;
    const UPDATE =
      'mutation($id: ID!, $i: UpdateSupervisedPersonInput!, $v: Int) { updateSupervisedPerson(id: $id, input: $i, version: $v) { idNumber sex birthDate riskLevel version } }';
    const newId = makeIdNumber('110118', '19920202', 246);
    const ok = await app.gql(UPDATE, { id: created.id, i: { idNumber: newId, riskLevel: 'HIGH' }, v: created.version }, { token: tokens.judicial });
    expect(ok.data.updateSupervisedPerson).toEqual({
      idNumber: newId,
      sex: 'FEMALE',
      birthDate: '1992-02-02',
      riskLevel: 'HIGH',
      version: created.version + 1,
    });
    const stale = await app.gql(UPDATE, { id: created.id, i: { riskLevel: 'LOW' }, v: created.version }, { token: tokens.judicial });
    expect(stale.errors?.[0]?.extensions.code).toBe('CONFLICT');
    const mismatch = await app.gql(UPDATE, { id: created.id, i: { sex: 'MALE' } }, { token: tokens.judicial });
    expect(fieldsOf(mismatch)).toEqual(['sex']);
  });

  it('transfers between grids only with rights on both sides, and keeps the history', async () => {
    const p = (await create(tokens.gridworker, { idNumber: newIdNumber(), categoryCode: '05' })).data.createSupervisedPerson;
    const TRANSFER =
      'mutation($id: ID!, $g: ID!, $r: String!) { transferSupervisedPerson(id: $id, toGridId: $g, reason: $r) { grid { number } history { kind username reason fromGrid { number } toGrid { number } } } }';
    const notThere = await app.gql(TRANSFER, { id: p.id, g: id.grid2, r: '搬家' }, { token: tokens.gridworker });
    expect(notThere.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'toGridId' }] });
    expect((await app.gql(TRANSFER, { id: p.id, g: id.grid2, r: '搬家' }, { token: tokens.police })).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect(fieldsOf(await app.gql(TRANSFER, { id: p.id, g: id.grid2, r: '  ' }, { token: tokens.gridleader }))).toEqual(['reason']);
    const moved = await app.gql(TRANSFER, { id: p.id, g: id.grid2, r: '搬家到2号网格' }, { token: tokens.gridleader });
    expect(moved.errors).toBeUndefined();
    expect(moved.data.transferSupervisedPerson).toEqual({
      grid: { number: 2 },
      history: [
        { kind: 'CREATED', username: 'gridworker', reason: null, fromGrid: null, toGrid: { number: 1 } },
        { kind: 'TRANSFER', username: 'gridleader', reason: '搬家到2号网格', fromGrid: { number: 1 }, toGrid: { number: 2 } },
      ],
    });
    expect(
      (await app.gql('query($id: ID!) { supervisedPerson(id: $id) { id } }', { id: p.id }, { token: tokens.gridworker })).data.supervisedPerson,
    ).toBeNull();
  });

  it('lets the judicial officer move a correction case to another community of the township, changing its org', async () => {
    const p = (await create(tokens.community, { idNumber: newIdNumber(), categoryCode: '03' })).data.createSupervisedPerson;
    const res = await app.gql(
      'mutation($id: ID!, $g: ID!) { transferSupervisedPerson(id: $id, toGridId: $g, reason: "居住地变更") { org { name } } }',
      { id: p.id, g: id.neighbourGrid },
      { token: tokens.judicial },
    );
    expect(res.errors).toBeUndefined();
    const [row] = await app.query<{ code: string }>('select o.code from supervised_person p join org o on o.id = p.org_id where p.id = ?', [p.id]);
    expect(row!.code).toBe('110118001003');
    expect((await app.gql('query($id: ID!) { supervisedPerson(id: $id) { id } }', { id: p.id }, { token: tokens.community })).data.supervisedPerson).toBeNull();
  });

  it('lets the township move a key person between its communities; the community secretary cannot', async () => {
    const p = (await create(tokens.community, { idNumber: newIdNumber(), categoryCode: '07' })).data.createSupervisedPerson;
    const TRANSFER = 'mutation($id: ID!, $g: ID!) { transferSupervisedPerson(id: $id, toGridId: $g, reason: "搬迁") { grid { id } } }';
    expect(fieldsOf(await app.gql(TRANSFER, { id: p.id, g: id.neighbourGrid }, { token: tokens.community }))).toEqual(['toGridId']);
    expect((await app.gql(TRANSFER, { id: p.id, g: id.neighbourGrid }, { token: tokens.township })).data.transferSupervisedPerson).toEqual({
      grid: { id: id.neighbourGrid },
    });
    expect((await app.gql(TRANSFER, { id: p.id, g: id.guoyuanGrid1 }, { token: tokens.township })).errors?.[0]?.extensions.fields).toEqual([
      { field: 'toGridId', message: expect.any(String) },
    ]);
  });

  it('changes status along the allowed transitions only', async () => {
    const p = (await create(tokens.community, { idNumber: newIdNumber() })).data.createSupervisedPerson;
    const CHANGE =
      'mutation($id: ID!, $s: SupervisionStatus!, $r: String!) { changeSupervisionStatus(id: $id, status: $s, reason: $r) { status history { kind fromStatus toStatus reason } } }';
    const ended = await app.gql(CHANGE, { id: p.id, s: 'ENDED', r: '矫正期满' }, { token: tokens.community });
    expect(ended.data.changeSupervisionStatus).toEqual({
      status: 'ENDED',
      history: [
        { kind: 'CREATED', fromStatus: null, toStatus: 'ACTIVE', reason: null },
        { kind: 'STATUS', fromStatus: 'ACTIVE', toStatus: 'ENDED', reason: '矫正期满' },
      ],
    });
    const back = await app.gql(CHANGE, { id: p.id, s: 'ACTIVE', r: '误操作' }, { token: tokens.community });
    expect(back.errors?.[0]?.extensions.code).toBe('CONFLICT');
    expect(back.errors?.[0]?.message).toBe('不能从 解除 变为 在管');
    // Ended, the ID number may start a new ACTIVE record in the same category.
    expect(
      (
        await create(tokens.community, {
          idNumber: (await app.query<{ id_number: string }>('select id_number from supervised_person where id = ?', [p.id]))[0]!.id_number,
        })
      ).errors,
    ).toBeUndefined();
  });
});

describe('"五帮一" support groups', () => {
  const SET = `mutation($p: ID!, $r: HelperRole!, $u: ID, $c: SupportGroupContactInput) { setSupportGroupMember(personId: $p, role: $r, userId: $u, contact: $c) {
    missingRoles members { id role name phone relation user { username } } } }`;
  const INCOMPLETE = 'query($o: ID) { incompleteSupportGroups(orgId: $o, limit: 500) { total items { person { id } missingRoles } } }';
  const missingFor = async (personId: string, token = tokens.community) =>
    (await app.gql(INCOMPLETE, { o: id.community }, { token })).data.incompleteSupportGroups.items.find(
      (g: { person: { id: string } }) => g.person.id === personId,
    )?.missingRoles;

  it('reports what is missing until all five helpers are there', async () => {
    const p = (await create(tokens.community, { idNumber: newIdNumber() })).data.createSupervisedPerson;
    expect(await missingFor(p.id)).toEqual(['JUDICIAL_OFFICER', 'CORRECTION_MANAGER', 'COMMUNITY_POLICE', 'VOLUNTEER', 'FAMILY']);
    // The community secretary cannot see the 司法所's accounts; the judicial officer joins the group himself.
    expect(fieldsOf(await app.gql(SET, { p: p.id, r: 'JUDICIAL_OFFICER', u: id.judicialUser }, { token: tokens.community }))).toEqual(['userId']);
    expect((await app.gql(SET, { p: p.id, r: 'JUDICIAL_OFFICER', u: id.judicialUser }, { token: tokens.judicial })).errors).toBeUndefined();
    await app.gql(SET, { p: p.id, r: 'VOLUNTEER', c: { name: '周志愿', phone: '13800001111' } }, { token: tokens.community });
    const twice = await app.gql(SET, { p: p.id, r: 'VOLUNTEER', c: { name: '周志愿', phone: '13800002222' } }, { token: tokens.community });
    expect(twice.data.setSupportGroupMember.members.filter((m: { role: string }) => m.role === 'VOLUNTEER')).toEqual([
      { id: expect.any(String), role: 'VOLUNTEER', name: '周志愿', phone: '138****2222', relation: null, user: null },
    ]);
    expect(await missingFor(p.id)).toEqual(['CORRECTION_MANAGER', 'COMMUNITY_POLICE', 'FAMILY']);
    await app.gql(SET, { p: p.id, r: 'COMMUNITY_POLICE', u: id.policeUser }, { token: tokens.community });
    await app.gql(SET, { p: p.id, r: 'CORRECTION_MANAGER', c: { name: '李网格长' } }, { token: tokens.community });
    const done = await app.gql(SET, { p: p.id, r: 'FAMILY', c: { name: '张母', phone: '13700003333', relation: '母亲' } }, { token: tokens.community });
    expect(done.data.setSupportGroupMember.missingRoles).toEqual([]);
    // The 司法所 account is named, but outside the secretary's user scope it does not resolve.
    expect(
      done.data.setSupportGroupMember.members.map((m: { role: string; name: string; user: { username: string } | null }) => [
        m.role,
        m.name,
        m.user?.username ?? null,
      ]),
    ).toEqual([
      ['JUDICIAL_OFFICER', '鼓楼司法所干部', null],
      ['CORRECTION_MANAGER', '李网格长', null],
      ['COMMUNITY_POLICE', '鼓楼社区民警', 'police'],
      ['VOLUNTEER', '周志愿', null],
      ['FAMILY', '张母', null],
    ]);
    expect(await missingFor(p.id)).toBeUndefined();

    // The composition is configurable: two volunteers make the group incomplete again.
    const REQ = 'mutation($r: HelperRole!, $n: Int!) { setSupportGroupRequirement(role: $r, required: $n) { role required } }';
    expect((await app.gql(REQ, { r: 'VOLUNTEER', n: 2 }, { token: tokens.community })).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect((await app.gql(REQ, { r: 'VOLUNTEER', n: 2 }, { token: tokens.admin })).data.setSupportGroupRequirement).toContainEqual({
      role: 'VOLUNTEER',
      required: 2,
    });
    expect(await missingFor(p.id)).toEqual(['VOLUNTEER']);
    await app.gql(REQ, { r: 'VOLUNTEER', n: 1 }, { token: tokens.admin });

    const member = done.data.setSupportGroupMember.members.find((m: { role: string }) => m.role === 'FAMILY');
    const removed = await app.gql(
      'mutation($p: ID!, $m: ID!) { removeSupportGroupMember(personId: $p, memberId: $m) { missingRoles } }',
      { p: p.id, m: member.id },
      { token: tokens.community },
    );
    expect(removed.data.removeSupportGroupMember.missingRoles).toEqual(['FAMILY']);
  });

  it('needs an account or a contact, not both, and rights on the person', async () => {
    const p = (await create(tokens.community, { idNumber: newIdNumber() })).data.createSupervisedPerson;
    expect(fieldsOf(await app.gql(SET, { p: p.id, r: 'FAMILY' }, { token: tokens.community }))).toEqual(['userId']);
    expect(fieldsOf(await app.gql(SET, { p: p.id, r: 'FAMILY', c: { name: ' ' } }, { token: tokens.community }))).toEqual(['contact.name']);
    expect((await app.gql(SET, { p: p.id, r: 'FAMILY', c: { name: '张三' } }, { token: tokens.county })).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });
});

describe('visits, monthly compliance and service hours', () => {
  /**
   * A fixture in 果园街道 (no seeded people) with known answers for 2026-10:
   * grid 1: A visited, B visited only in September, G visited → 3 due, 2 visited;
   * grid 2: C visited twice, F never, D starts in November (not due), E ended (not counted) → 2 due, 1 visited.
   */
  const people: Record<string, string> = {};
  const VISIT =
    'mutation($i: CreateVisitInput!) { createVisit(input: $i) { id date kind participants psychologicalState person { name } recordedBy { username } } }';
  const visit = (who: string, date: string, token = tokens.admin) =>
    app.gql(
      VISIT,
      { i: { personId: people[who], date, kind: 'HOME_VISIT', participants: ['网格员'], findings: '正常', psychologicalState: '稳定' } },
      { token },
    );

  beforeAll(async () => {
    const plan: [string, string, string | null][] = [
      ['A', 'guoyuanGrid1', '2026-01-01'],
      ['B', 'guoyuanGrid1', '2026-01-01'],
      ['G', 'guoyuanGrid1', '2026-03-01'],
      ['C', 'guoyuanGrid2', '2026-01-01'],
      ['D', 'guoyuanGrid2', '2026-11-02'],
      ['E', 'guoyuanGrid2', '2026-01-01'],
      ['F', 'guoyuanGrid2', null],
    ];
    for (const [name, grid, start] of plan) {
      const res = await create(tokens.admin, { name: `果园${name}`, idNumber: newIdNumber(), gridId: id[grid], supervisionStart: start });
      people[name] = res.data.createSupervisedPerson.id;
    }
    for (const [who, date] of [
      ['A', '2026-10-05'],
      ['B', '2026-09-30'],
      ['G', '2026-10-15'],
      ['C', '2026-10-01'],
      ['C', '2026-10-31'],
      ['E', '2026-10-10'],
    ]) {
      expect((await visit(who!, date!)).errors).toBeUndefined();
    }
    await app.gql(
      'mutation($id: ID!) { changeSupervisionStatus(id: $id, status: ENDED, reason: "期满") { status } }',
      { id: people.E },
      { token: tokens.admin },
    );
  });

  const COMPLIANCE = `query($o: ID, $m: String!) { visitCompliance(orgId: $o, month: $m) { month active visited rate
    overdue { total items { name grid { number } } } byGrid { grid { number } active visited rate } } }`;

  it('gives the month’s figures, by grid, with the overdue people', async () => {
    const res = await app.gql(COMPLIANCE, { o: id.guoyuanCommunity, m: '2026-10' }, { token: tokens.admin });
    expect(res.errors).toBeUndefined();
    expect(res.data.visitCompliance).toEqual({
      month: '2026-10',
      active: 5,
      visited: 3,
      rate: 60,
      overdue: {
        total: 2,
        items: [
          { name: '果园B', grid: { number: 1 } },
          { name: '果园F', grid: { number: 2 } },
        ],
      },
      byGrid: [
        { grid: { number: 1 }, active: 3, visited: 2, rate: 66.67 },
        { grid: { number: 2 }, active: 2, visited: 1, rate: 50 },
      ],
    });
    const november = await app.gql(COMPLIANCE, { o: id.guoyuanCommunity, m: '2026-11' }, { token: tokens.admin });
    expect(november.data.visitCompliance).toMatchObject({ active: 6, visited: 0, rate: 0, overdue: { total: 6 } });
  });

  it('lists the same overdue people through the ledger filter', async () => {
    const res = await app.gql(
      'query($o: ID!) { supervisedPeople(filter: { orgId: $o, visitOverdueMonth: "2026-10" }) { total items { name } } }',
      { o: id.guoyuanCommunity },
      { token: tokens.admin },
    );
    expect(res.data.supervisedPeople).toEqual({ total: 2, items: [{ name: '果园B' }, { name: '果园F' }] });
    const bad = await app.gql('{ supervisedPeople(filter: { visitOverdueMonth: "2026-13" }) { total } }', {}, { token: tokens.admin });
    expect(fieldsOf(bad)).toEqual(['filter.visitOverdueMonth']);
  });

  it('counts nothing outside the caller scope', async () => {
    const res = await app.gql(COMPLIANCE, { o: id.guoyuanCommunity, m: '2026-10' }, { token: tokens.township });
    expect(res.data.visitCompliance).toMatchObject({ active: 0, visited: 0, rate: null, overdue: { total: 0, items: [] }, byGrid: [] });
    const visits = await app.gql('query($o: ID!) { visits(filter: { orgId: $o }) { total } }', { o: id.guoyuanCommunity }, { token: tokens.township });
    expect(visits.data.visits.total).toBe(0);
  });

  it('records visits for people in scope, not in the future, and lists them', async () => {
    const p = (await create(tokens.gridworker, { idNumber: newIdNumber(), categoryCode: '06' })).data.createSupervisedPerson;
    const ok = await app.gql(
      VISIT,
      { i: { personId: p.id, date: '2026-11-02', kind: 'TALK', participants: ['网格员', ' '], psychologicalState: '情绪稳定' } },
      { token: tokens.gridworker },
    );
    // The grid worker records the psychological state but, like every role but the 司法所, does not read it back.
    expect(ok.data.createVisit).toMatchObject({
      date: '2026-11-02',
      kind: 'TALK',
      participants: ['网格员'],
      psychologicalState: null,
      person: { name: '测试人员' },
      recordedBy: { username: 'gridworker' },
    });
    expect(await app.query('select psychological_state from visit where id = ?', [ok.data.createVisit.id])).toEqual([{ psychological_state: '情绪稳定' }]);
    const future = await app.gql(VISIT, { i: { personId: p.id, date: '2999-01-01', kind: 'TALK' } }, { token: tokens.gridworker });
    expect(fieldsOf(future)).toEqual(['date']);
    const elsewhere = await app.gql(VISIT, { i: { personId: people.A, date: '2026-11-02', kind: 'TALK' } }, { token: tokens.gridworker });
    expect(fieldsOf(elsewhere)).toEqual(['personId']);
    const list = await app.gql(
      'query($p: ID!) { visits(filter: { personId: $p }) { total items { kind psychologicalState } } }',
      { p: p.id },
      { token: tokens.police },
    );
    expect(list.data.visits).toEqual({ total: 1, items: [{ kind: 'TALK', psychologicalState: null }] });
    const [entry] = await app.query<{ after: Record<string, unknown> }>("select after from audit_log where operation = 'createVisit' and target_id = ?", [
      ok.data.createVisit.id,
    ]);
    expect(String(entry!.after.psychologicalState)).toMatch(/^sha256:/);
  });

  it('records service hours per person and month, replacing a second entry, with a monthly total', async () => {
    const HOURS = 'mutation($p: ID!, $m: String!, $h: Float!) { recordServiceHours(personId: $p, month: $m, hours: $h) { month hours } }';
    expect((await app.gql(HOURS, { p: people.A, m: '2026-10', h: 12.5 }, { token: tokens.admin })).data.recordServiceHours).toEqual({
      month: '2026-10',
      hours: 12.5,
    });
    await app.gql(HOURS, { p: people.A, m: '2026-10', h: 10 }, { token: tokens.admin });
    await app.gql(HOURS, { p: people.C, m: '2026-10', h: 8 }, { token: tokens.admin });
    expect(fieldsOf(await app.gql(HOURS, { p: people.C, m: '2026-10', h: 1.25 }, { token: tokens.admin }))).toEqual(['hours']);
    expect(fieldsOf(await app.gql(HOURS, { p: people.C, m: '10/2026', h: 1 }, { token: tokens.admin }))).toEqual(['month']);
    const person = await app.gql('query($id: ID!) { supervisedPerson(id: $id) { serviceHours { month hours } } }', { id: people.A }, { token: tokens.admin });
    expect(person.data.supervisedPerson.serviceHours).toEqual([{ month: '2026-10', hours: 10 }]);
    const total = await app.gql('query($o: ID!) { serviceHoursTotal(orgId: $o, month: "2026-10") }', { o: id.guoyuanCommunity }, { token: tokens.admin });
    expect(total.data.serviceHoursTotal).toBe(18);
    expect(
      (await app.gql('query($o: ID!) { serviceHoursTotal(orgId: $o, month: "2026-10") }', { o: id.guoyuanCommunity }, { token: tokens.township })).data
        .serviceHoursTotal,
    ).toBe(0);
  });
});

import { checkCharacter, makeIdNumber } from '../../../api/src/modules/person/id-number';
import { startTestApp, type TestApp } from '../../support/app';

/**
 * Who sees which people, and how much of them. Known answers from the seed (api/src/modules/person/person.seed.ts):
 * 244 people over 鼓楼街道's grids, 100 of them community-correction cases; 鼓楼社区 holds 25
 * (grid 1: 5, grid 2: 8), 17 of them key persons.
 */
const EXPECTED: Record<string, { people: number; counted: number }> = {
  admin: { people: 244, counted: 244 },
  county: { people: 244, counted: 244 },
  township: { people: 244, counted: 244 },
  dispatcher: { people: 0, counted: 0 },
  community: { people: 25, counted: 25 },
  gridleader: { people: 13, counted: 13 },
  gridworker: { people: 5, counted: 5 },
  judicial: { people: 100, counted: 100 },
  police: { people: 17, counted: 17 },
  assessor: { people: 0, counted: 244 },
  auditor: { people: 0, counted: 0 },
};
const ACCOUNTS = Object.keys(EXPECTED);

let app: TestApp;
const tokens: Record<string, string> = {};
const ids: Record<string, string> = {};
const full: Record<string, { id_number: string; phone: string; offence_summary: string | null }> = {};

const PERSON = `query($id: ID!) { supervisedPerson(id: $id) { id name idNumber phone offenceSummary birthDate sex visits { psychologicalState } } }`;

beforeAll(async () => {
  app = await startTestApp();
  for (const a of ACCOUNTS) tokens[a] = await app.login(a);
  const first = async (name: string, where: string) => {
    const [row] = await app.query<{ id: string; id_number: string; phone: string; offence_summary: string | null }>(
      `select p.id::text, p.id_number, p.phone, p.offence_summary from supervised_person p join grid g on g.id = p.grid_id join org o on o.id = p.org_id
        where ${where} and exists (select 1 from visit v where v.person_id = p.id) order by p.id limit 1`,
    );
    ids[name] = row!.id;
    full[name] = row!;
  };
  await first('grid1Correction', "o.code = '110118001002' and g.number = 1 and p.kind = 'CORRECTION'");
  await first('grid1Key', "o.code = '110118001002' and g.number = 1 and p.kind = 'KEY_PERSON'");
  await first('grid2Correction', "o.code = '110118001002' and g.number = 2 and p.kind = 'CORRECTION'");
  await first('otherCommunity', "o.code <> '110118001002' and p.kind = 'CORRECTION'");
});
afterAll(() => app.stop());

describe('people: lists and totals', () => {
  it('require authentication', async () => {
    const res = await app.gql('{ supervisedPeople { total } }');
    expect(res.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it.each(ACCOUNTS)('%s sees exactly its scope and counts the same', async (account) => {
    const res = await app.gql('{ supervisedPeople(limit: 500) { total items { id } } supervisionStats { total } }', {}, { token: tokens[account] });
    expect(res.errors).toBeUndefined();
    expect({ people: res.data.supervisedPeople.total, counted: res.data.supervisionStats.total }).toEqual(EXPECTED[account]);
    expect(res.data.supervisedPeople.items).toHaveLength(EXPECTED[account]!.people);
  });

  it('lets the judicial officer see correction cases only, and the police key persons only', async () => {
    const judicial = await app.gql('{ supervisedPeople(limit: 500) { items { kind } } }', {}, { token: tokens.judicial });
    expect(new Set(judicial.data.supervisedPeople.items.map((p: { kind: string }) => p.kind))).toEqual(new Set(['CORRECTION']));
    const police = await app.gql('{ supervisedPeople(limit: 500) { items { kind } } }', {}, { token: tokens.police });
    expect(new Set(police.data.supervisedPeople.items.map((p: { kind: string }) => p.kind))).toEqual(new Set(['KEY_PERSON']));
  });

  it('gives the assessor counts by category and status, and no person', async () => {
    const res = await app.gql(
      '{ supervisionStats { total byKind { key count } byStatus { key count } } supervisedPeople { total } }',
      {},
      { token: tokens.assessor },
    );
    expect(res.data.supervisionStats.byKind).toEqual([
      { key: 'CORRECTION', count: 100 },
      { key: 'KEY_PERSON', count: 144 },
    ]);
    expect(res.data.supervisionStats.byStatus.find((s: { key: string }) => s.key === 'ACTIVE').count).toBe(219);
    expect(res.data.supervisedPeople.total).toBe(0);
    expect((await app.gql(PERSON, { id: ids.grid1Correction }, { token: tokens.assessor })).data.supervisedPerson).toBeNull();
  });

  it.each([
    ['admin', 81],
    ['community', 9],
    ['gridleader', 4],
    ['gridworker', 2],
    ['judicial', 39],
    ['police', 5],
    ['assessor', 0],
  ])('%s finds %d seeded people whose support group is incomplete', async (account, total) => {
    const res = await app.gql(
      '{ incompleteSupportGroups(limit: 500) { total items { missingRoles supportGroupPerson: person { id } } } }',
      {},
      { token: tokens[account] },
    );
    expect(res.data.incompleteSupportGroups.total).toBe(total);
    expect(res.data.incompleteSupportGroups.items).toHaveLength(total);
    expect(res.data.incompleteSupportGroups.items.every((g: { missingRoles: string[] }) => g.missingRoles.length > 0)).toBe(true);
  });

  it('intersects an orgId filter with the scope instead of widening it', async () => {
    const [{ id: county }] = await app.query<{ id: string }>("select id::text from org where code = '110118000000'");
    const res = await app.gql('query($o: ID!) { supervisedPeople(filter: { orgId: $o }) { total } }', { o: county }, { token: tokens.gridworker });
    expect(res.data.supervisedPeople.total).toBe(5);
  });

  it('loads a page with nested relations in a fixed number of statements', async () => {
    const q = (limit: number) =>
      app.gql(
        `{ supervisedPeople(limit: ${limit}) { items { grid { number } org { name } category { code } responsible { name } supportGroup { missingRoles members { role user { name } } } visits { date } history { kind } serviceHours { hours } } } }`,
        {},
        { token: tokens.township },
      );
    await q(1);
    await app.trust(tokens.township!);
    app.sql.count = 0;
    await q(25);
    const few = app.sql.count;
    app.sql.count = 0;
    const res = await q(100);
    expect(res.errors).toBeUndefined();
    if (app.sql.count !== few) console.log(app.sql.statements.slice(-app.sql.count).map((x) => x.slice(0, 160)));
    expect(app.sql.count).toBe(few);
    expect(few).toBeLessThanOrEqual(16);
  });
});

describe('people: single reads and field masking', () => {
  const masked = (f: { id_number: string; phone: string }) => ({
    idNumber: `${f.id_number.slice(0, 6)}********${f.id_number.slice(-4)}`,
    phone: `${f.phone.slice(0, 3)}****${f.phone.slice(-4)}`,
    offenceSummary: null,
    birthDate: null,
  });
  const bornOn = (idNumber: string) => `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`;

  // Only the 司法所 sees everything; the police see key persons' numbers; every other role sees them masked, with no birth date (the masked digits), offence details or psychological notes.
  it.each(['county', 'township', 'community', 'gridleader', 'gridworker'])(
    'shows %s ID number and phone masked, no birth date, offence details or psychological notes',
    async (account) => {
      const res = await app.gql(PERSON, { id: ids.grid1Correction }, { token: tokens[account] });
      expect(res.errors).toBeUndefined();
      const { id, name, sex, visits, ...sensitive } = res.data.supervisedPerson;
      expect(sensitive).toEqual(masked(full.grid1Correction!));
      expect(visits.length).toBeGreaterThan(0);
      expect(visits.every((v: { psychologicalState: string | null }) => v.psychologicalState === null)).toBe(true);
    },
  );

  it('shows the admin everything, birth date included', async () => {
    const p = (await app.gql(PERSON, { id: ids.grid1Correction }, { token: tokens.admin })).data.supervisedPerson;
    const f = full.grid1Correction!;
    expect(p).toMatchObject({ idNumber: f.id_number, phone: f.phone, offenceSummary: f.offence_summary, birthDate: bornOn(f.id_number) });
  });

  it('leaves no path to the birth date of a masked number: list, visits.person, audit entries', async () => {
    const list = await app.gql(
      '{ supervisedPeople(limit: 500) { items { idNumber birthDate } } visits(limit: 500) { items { person { idNumber birthDate } } } }',
      {},
      { token: tokens.community },
    );
    expect(list.errors).toBeUndefined();
    const rows = [...list.data.supervisedPeople.items, ...list.data.visits.items.map((v: { person: unknown }) => v.person)];
    expect(rows.length).toBeGreaterThan(25);
    expect(rows.every((r: { idNumber: string; birthDate: string | null }) => /^\d{6}\*{8}[\dX]{4}$/.test(r.idNumber) && r.birthDate === null)).toBe(true);
    const [{ id: gridId }] = await app.query<{ id: string }>(
      "select g.id::text from grid g join org o on o.id = g.org_id where o.code = '110118001002' and g.number = 1",
    );
    const CREATE = 'mutation($i: CreateSupervisedPersonInput!) { createSupervisedPerson(input: $i) { id birthDate } }';
    const idNumber = makeIdNumber('110105', '19770707', 313);
    const created = await app.gql(CREATE, { i: { name: '生日不入日志', idNumber, gridId, categoryCode: '01' } }, { token: tokens.judicial });
    const personId = created.data.createSupervisedPerson.id;
    expect(created.data.createSupervisedPerson.birthDate).toBe('1977-07-07');
    const [entry] = await app.query<{ after: Record<string, unknown> }>(
      "select after from audit_log where operation = 'createSupervisedPerson' and target_id = ?",
      [personId],
    );
    // The audit keeps that the birth date was set, not its value, whoever reads the entry later.
    expect(entry!.after).toMatchObject({ idNumber: `110105********${idNumber.slice(-4)}`, birthDate: null });
    // The counts of the other tests are the seed's.
    await app.query('delete from supervision_history where person_id = ?', [personId]);
    await app.query('delete from supervised_person where id = ?', [personId]);
  });

  it('leaves at least 1,000 candidates for a masked ID number given every other field a masked reader sees', async () => {
    const p = (await app.gql(PERSON, { id: ids.grid1Correction }, { token: tokens.gridworker })).data.supervisedPerson;
    const [region, tail] = [p.idNumber.slice(0, 6), p.idNumber.slice(-4)];
    expect(p.birthDate).toBeNull();
    let candidates = 0;
    for (let d = Date.UTC(1900, 0, 1); d <= Date.now(); d += 86_400_000) {
      const first17 = `${region}${new Date(d).toISOString().slice(0, 10).replace(/-/g, '')}${tail.slice(0, 3)}`;
      if (checkCharacter(first17) === tail[3]) candidates++;
    }
    expect(candidates).toBeGreaterThanOrEqual(1000);
  });

  it('refuses a birth date from one who sees the ID number masked (it would be checked against the hidden digits)', async () => {
    const f = full.grid1Key!;
    const UPDATE = 'mutation($id: ID!, $b: Date) { updateSupervisedPerson(id: $id, input: { birthDate: $b }) { id } }';
    const right = await app.gql(UPDATE, { id: ids.grid1Key, b: bornOn(f.id_number) }, { token: tokens.gridworker });
    const wrong = await app.gql(UPDATE, { id: ids.grid1Key, b: '1901-01-01' }, { token: tokens.gridworker });
    expect(right.errors?.[0]?.extensions).toEqual(wrong.errors?.[0]?.extensions);
    expect(right.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'birthDate', message: '出生日期由身份证号得出；如需更正，请填写完整的身份证号' }],
    });
  });

  it("masks a support-group contact's phone as the person's phone is masked", async () => {
    const admin = await app.login('admin');
    const SET = 'mutation($p: ID!, $c: SupportGroupContactInput) { setSupportGroupMember(personId: $p, role: FAMILY, contact: $c) { person { id } } }';
    const set = await app.gql(SET, { p: ids.grid1Correction, c: { name: '测试家属', phone: '13911112222', relation: '配偶' } }, { token: admin });
    expect(set.errors).toBeUndefined();
    const READ = 'query($id: ID!) { supervisedPerson(id: $id) { supportGroup { members { name phone } } } }';
    const phoneAs = async (account: string) =>
      (await app.gql(READ, { id: ids.grid1Correction }, { token: tokens[account] })).data.supervisedPerson.supportGroup.members.find(
        (m: { name: string }) => m.name === '测试家属',
      ).phone;
    expect(await phoneAs('gridworker')).toBe('139****2222');
    expect(await phoneAs('judicial')).toBe('13911112222');
    const [entry] = await app.query<{ after: { phone: string } }>(
      "select after from audit_log where operation = 'setSupportGroupMember' order by id desc limit 1",
    );
    expect(entry!.after.phone).toBe('139****2222');
  });

  it('shows the judicial officer everything of correction cases', async () => {
    const p = (await app.gql(PERSON, { id: ids.grid1Correction }, { token: tokens.judicial })).data.supervisedPerson;
    expect(p).toMatchObject({
      idNumber: full.grid1Correction!.id_number,
      phone: full.grid1Correction!.phone,
      offenceSummary: full.grid1Correction!.offence_summary,
      birthDate: bornOn(full.grid1Correction!.id_number),
    });
    expect(p.offenceSummary).toBeTruthy();
    expect(p.visits[0].psychologicalState).toBeTruthy();
  });

  it('shows the police key persons with ID number but without offence details or psychological notes', async () => {
    const p = (await app.gql(PERSON, { id: ids.grid1Key }, { token: tokens.police })).data.supervisedPerson;
    expect(p).toMatchObject({
      idNumber: full.grid1Key!.id_number,
      phone: full.grid1Key!.phone,
      offenceSummary: null,
      birthDate: bornOn(full.grid1Key!.id_number),
    });
    expect(p.visits[0].psychologicalState).toBeNull();
  });

  it.each([
    ['gridworker', 'grid2Correction'],
    ['gridworker', 'otherCommunity'],
    ['community', 'otherCommunity'],
    ['police', 'grid1Correction'],
    ['judicial', 'grid1Key'],
    ['assessor', 'grid1Key'],
    ['auditor', 'grid1Key'],
    ['dispatcher', 'grid1Key'],
  ])('%s cannot read %s: null, like a missing record', async (account, person) => {
    const res = await app.gql(PERSON, { id: ids[person] }, { token: tokens[account] });
    expect(res.errors).toBeUndefined();
    expect(res.data.supervisedPerson).toBeNull();
  });
});

describe('people: writes by scope', () => {
  const UPDATE = 'mutation($id: ID!) { updateSupervisedPerson(id: $id, input: { notes: "复核" }) { notes } }';

  it.each([
    ['gridworker', 'grid2Correction', 'NOT_FOUND'],
    ['community', 'otherCommunity', 'NOT_FOUND'],
    ['county', 'grid1Correction', 'FORBIDDEN'],
    ['police', 'grid1Key', 'FORBIDDEN'],
    ['judicial', 'grid1Key', 'NOT_FOUND'],
  ])('%s may not update %s (%s)', async (account, person, code) => {
    const row = async () => (await app.query('select notes, version from supervised_person where id = ?', [ids[person]]))[0];
    // The allowed updates below may have written these notes already; whatever they hold must not change.
    const before = await row();
    const res = await app.gql(UPDATE, { id: ids[person] }, { token: tokens[account] });
    expect(res.errors?.[0]?.extensions.code).toBe(code);
    expect(await row()).toEqual(before);
  });

  it.each([
    ['gridworker', 'grid1Key'],
    ['community', 'grid2Correction'],
    ['judicial', 'otherCommunity'],
    ['township', 'grid1Correction'],
  ])('%s updates %s', async (account, person) => {
    const res = await app.gql(UPDATE, { id: ids[person] }, { token: tokens[account] });
    expect(res.data.updateSupervisedPerson).toEqual({ notes: '复核' });
  });
});

import ExcelJS from 'exceljs';
import { startTestApp, type TestApp } from '../../support/app';

/**
 * Forms over HTTP with the demo accounts. Each test makes its own template (a fresh code) and round
 * over 鼓楼街道's 29 communities, and plants the values whose answers are worked out by hand below.
 */
let app: TestApp;
const tok: Record<string, string> = {};
const org: Record<string, string> = {};
let serial = 0;

const code = (res: { errors?: { extensions: { code: string } }[] }) => res.errors?.[0]?.extensions.code;
const fieldsOf = (res: { errors?: { extensions: { fields?: { field: string }[] } }[] }) => res.errors?.[0]?.extensions.fields?.map((f) => f.field);

async function ok<T = Record<string, unknown>>(who: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await app.gql(query, variables, { token: tok[who] });
  if (res.errors) throw new Error(`${who}: ${JSON.stringify(res.errors)}`);
  return res.data as T;
}

const FIELDS = [
  { key: 'a', type: 'INTEGER', label: 'A字段', required: true, min: 0 },
  { key: 'b', type: 'INTEGER', label: 'B字段' },
  { key: 'cum', type: 'INTEGER', label: '累计' },
  {
    key: 'entries',
    type: 'TABLE',
    label: '民情日志',
    rowKey: 'category',
    rows: ['城管', '计生'],
    columns: [
      {
        key: 'category',
        type: 'SELECT',
        label: '类别',
        options: [
          { value: '城管', label: '城管' },
          { value: '计生', label: '计生' },
        ],
      },
      { key: 'count', type: 'INTEGER', label: '条数' },
    ],
  },
];

/** A published template with a fresh code; returns its id and code. */
async function template(): Promise<{ id: string; code: string }> {
  const c = `FX_${Date.now() % 100000}_${++serial}`;
  const created = await ok<{ createFormTemplate: { id: string; version: number } }>(
    'admin',
    'mutation($i: FormTemplateInput!) { createFormTemplate(input: $i) { id version } }',
    { i: { code: c, name: `测试报表${serial}`, periodType: 'MONTH', sections: [], fields: FIELDS } },
  );
  await ok('admin', 'mutation($id: ID!) { publishFormTemplate(id: $id) { status } }', { id: created.createFormTemplate.id });
  return { id: created.createFormTemplate.id, code: c };
}

/** township opens a round over 鼓楼街道's communities; submission ids by community code. */
async function round(templateId: string, period = '2026-11', who = 'township', orgId = org.township!) {
  const dueAt = new Date(Date.now() + 7 * 86_400_000).toISOString();
  const opened = await ok<{ openReportingRound: { id: string } }>(who, 'mutation($i: OpenReportingRoundInput!) { openReportingRound(input: $i) { id } }', {
    i: { templateId, period, orgId, targetLevel: 'COMMUNITY', dueAt },
  });
  const roundId = opened.openReportingRound.id;
  const rows = await app.query<{ id: string; code: string }>(
    'select s.id::text, o.code from form_submission s join org o on o.id = s.org_id where s.round_id = ?',
    [roundId],
  );
  return { roundId, sub: Object.fromEntries(rows.map((r) => [r.code, r.id])) as Record<string, string> };
}

/** Plants a submission's values and status as if filed at `submitted` (null: never handed in). */
async function plant(id: string, values: object, status: string, submitted: string | null) {
  await app.query(
    `update form_submission set values = ?::jsonb, status = ?::submission_status, first_submitted_at = ?::timestamptz, submitted_at = ?::timestamptz where id = ?`,
    [JSON.stringify(values), status, submitted, submitted, id],
  );
}

beforeAll(async () => {
  app = await startTestApp();
  for (const u of ['admin', 'county', 'township', 'community', 'assessor', 'gridworker', 'dispatcher', 'auditor']) tok[u] = await app.login(u);
  for (const [k, c] of Object.entries({ county: '110118000000', township: '110118001000', c1: '110118001001', c2: '110118001002', other: '110118002000' }))
    org[k] = (await app.query<{ id: string }>('select id::text from org where code = ?', [c]))[0]!.id;
});
afterAll(() => app.stop());

test('requires authentication', async () => {
  const res = await app.gql('{ formTemplates { total } }');
  expect(code(res)).toBe('UNAUTHENTICATED');
});

describe('reporting rate, aggregate and period comparison', () => {
  test('by child org and in total, with a table column by row key, and the planted 漏报 and jump', async () => {
    const t = await template();
    const { roundId, sub } = await round(t.id);
    expect(Object.keys(sub)).toHaveLength(29);
    const due = new Date((await app.query<{ due_at: string }>('select due_at from reporting_round where id = ?', [roundId]))[0]!.due_at);
    const before = new Date(due.getTime() - 3_600_000).toISOString();
    const after = new Date(due.getTime() + 3_600_000).toISOString();
    // 001 approved on time, 002 approved late, 003 submitted on time, 004 returned; the other 25 not handed in.
    await plant(
      sub['110118001001']!,
      {
        a: 10,
        entries: [
          { category: '城管', count: 3 },
          { category: '计生', count: 1 },
        ],
      },
      'APPROVED',
      before,
    );
    await plant(sub['110118001002']!, { a: 20, entries: [{ category: '城管', count: 2 }] }, 'APPROVED', after);
    await plant(sub['110118001003']!, { a: 5 }, 'SUBMITTED', before);
    await plant(sub['110118001004']!, { a: 1 }, 'RETURNED', before);

    const RATE = `query($r: ID!, $o: ID) { reportingRate(roundId: $r, orgId: $o, groupBy: CHILD_ORG) {
      total { label expected submitted onTime late approved missing rate } groups { key expected submitted onTime late approved rate } } }`;
    const rate = (await ok<{ reportingRate: any }>('township', RATE, { r: roundId })).reportingRate;
    expect(rate.total).toEqual({ label: '鼓楼街道', expected: 29, submitted: 3, onTime: 2, late: 1, approved: 2, missing: 26, rate: 10.34 });
    expect(rate.groups).toHaveLength(29);
    expect(rate.groups.find((g: { key: string }) => g.key === org.c1)).toEqual({
      key: org.c1,
      expected: 1,
      submitted: 1,
      onTime: 1,
      late: 0,
      approved: 1,
      rate: 100,
    });
    expect(rate.groups.find((g: { key: string }) => g.key === org.c2)).toEqual({
      key: org.c2,
      expected: 1,
      submitted: 1,
      onTime: 0,
      late: 1,
      approved: 1,
      rate: 100,
    });
    // From the county: one child (鼓楼街道) holding all of it.
    const county = (await ok<{ reportingRate: any }>('county', RATE, { r: roundId, o: org.county })).reportingRate;
    expect(county.groups).toEqual([{ key: org.township, expected: 29, submitted: 3, onTime: 2, late: 1, approved: 2, rate: 10.34 }]);

    // Late: 002, handed in after the due time; the rest still have a week.
    const LATE =
      'query($r: ID!, $l: Boolean) { formSubmissions(filter: { roundId: $r, late: $l }, sort: [{ field: ORG, direction: ASC }], limit: 50) { total items { org { code } } } }';
    const late = (await ok<{ formSubmissions: any }>('township', LATE, { r: roundId, l: true })).formSubmissions;
    expect(late).toEqual({ total: 1, items: [{ org: { code: '110118001002' } }] });
    expect((await ok<{ formSubmissions: any }>('township', LATE, { r: roundId, l: false })).formSubmissions.total).toBe(28);

    const AGG = `query($r: ID!, $g: FormAggregateGroupBy, $s: Boolean) { formAggregate(roundId: $r, groupBy: $g, includeSubmitted: $s) {
      total { submissions values { field column rowKey sum count } } groups { key label submissions values { field column rowKey sum count } } } }`;
    const agg = (await ok<{ formAggregate: any }>('township', AGG, { r: roundId })).formAggregate;
    expect(agg.total).toEqual({
      submissions: 2,
      values: [
        { field: 'a', column: null, rowKey: null, sum: 30, count: 2 },
        { field: 'entries', column: 'count', rowKey: '城管', sum: 5, count: 2 },
        { field: 'entries', column: 'count', rowKey: '计生', sum: 1, count: 1 },
      ],
    });
    expect(agg.groups.map((g: { key: string }) => g.key).sort()).toEqual([org.c1, org.c2].sort());
    expect(agg.groups.find((g: { key: string }) => g.key === org.c1).values).toEqual([
      { field: 'a', column: null, rowKey: null, sum: 10, count: 1 },
      { field: 'entries', column: 'count', rowKey: '城管', sum: 3, count: 1 },
      { field: 'entries', column: 'count', rowKey: '计生', sum: 1, count: 1 },
    ]);
    const withSubmitted = (await ok<{ formAggregate: any }>('township', AGG, { r: roundId, s: true, g: 'LEVEL' })).formAggregate;
    expect(withSubmitted.groups.map((g: any) => [g.key, g.submissions, g.values[0]])).toEqual([
      ['COMMUNITY', 3, { field: 'a', column: null, rowKey: null, sum: 35, count: 3 }],
    ]);

    // The previous month: 001 unchanged, 002 doubles (a jump past 50 %), 003 had b and now has none (漏报) and a is new.
    const prev = await round(t.id, '2026-10');
    await plant(prev.sub['110118001001']!, { a: 10 }, 'APPROVED', before);
    await plant(prev.sub['110118001002']!, { a: 10 }, 'APPROVED', before);
    await plant(prev.sub['110118001003']!, { b: 7 }, 'APPROVED', before);
    const changes = (
      await ok<{ periodComparison: any[] }>(
        'township',
        'query($r: ID!) { periodComparison(roundId: $r, thresholdPercent: 50) { orgId field kind current previous changePercent } }',
        {
          r: roundId,
        },
      )
    ).periodComparison;
    const c3 = (await app.query<{ id: string }>("select id::text from org where code = '110118001003'"))[0]!.id;
    expect(changes).toEqual([
      { orgId: org.c2, field: 'a', kind: 'JUMP', current: 20, previous: 10, changePercent: 100 },
      { orgId: c3, field: 'a', kind: 'NEW', current: 5, previous: null, changePercent: null },
      { orgId: c3, field: 'b', kind: 'MISSING', current: null, previous: 7, changePercent: null },
    ]);
  });
});

const SAVE = `mutation($id: ID!, $v: Int!, $values: JSON!) { saveSubmission(id: $id, version: $v, values: $values) {
  submission { id version status } validation { errors { rule fields message level } warnings { rule fields message } } } }`;
const SUBMIT = 'mutation($id: ID!, $v: Int!, $e: [RuleExplanationInput!]) { submitSubmission(id: $id, version: $v, explanations: $e) { id version status } }';
const VERSION =
  'query($id: ID!) { formSubmission(id: $id) { version status allowedActions fieldReasons { field reason } returnReason approver { username } approvedAt } }';

async function current(who: string, id: string) {
  return (await ok<{ formSubmission: any }>(who, VERSION, { id })).formSubmission;
}

test('ERROR and unexplained WARNING block submit naming the fields; return → resubmit → approve → locked → unlock audited', async () => {
  const t = await template();
  const rule = (c: string, expression: string, severity: string, message: string) =>
    ok('admin', 'mutation($i: AddFormRuleInput!) { addFormRule(input: $i) { id } }', { i: { templateId: t.id, code: c, expression, severity, message } });
  await rule('B_LE_A', 'b <= a', 'ERROR', 'B不能大于A');
  await rule('A_LT_100', 'a < 100', 'WARNING', 'A超过100');
  const bad = await app.gql(
    'mutation($i: AddFormRuleInput!) { addFormRule(input: $i) { id } }',
    { i: { templateId: t.id, code: 'BROKEN', expression: 'a + * b', severity: 'ERROR', message: 'x' } },
    { token: tok.admin },
  );
  expect(code(bad)).toBe('BAD_USER_INPUT');
  expect(bad.errors![0]!.extensions.fields).toEqual([{ field: 'expression', message: '第 5 个字符处不应出现“*”' }]);
  const { sub } = await round(t.id);
  const id = sub['110118001002']!;

  let v = (await current('community', id)).version;
  const saved = (await ok<{ saveSubmission: any }>('community', SAVE, { id, v, values: { a: 150, b: 200 } })).saveSubmission;
  expect(saved.validation).toEqual({
    errors: [{ rule: 'B_LE_A', fields: ['b', 'a'], message: 'B不能大于A', level: 'PROVINCE' }],
    warnings: [{ rule: 'A_LT_100', fields: ['a'], message: 'A超过100' }],
  });
  v = saved.submission.version;
  const blocked = await app.gql(SUBMIT, { id, v }, { token: tok.community });
  expect(code(blocked)).toBe('BAD_USER_INPUT');
  expect(fieldsOf(blocked)).toEqual(['values.b', 'values.a', 'values.a']);

  v = (await ok<{ saveSubmission: any }>('community', SAVE, { id, v, values: { a: 150, b: 1 } })).saveSubmission.submission.version;
  const unexplained = await app.gql(SUBMIT, { id, v }, { token: tok.community });
  expect(code(unexplained)).toBe('BAD_USER_INPUT');
  expect(unexplained.errors![0]!.extensions.fields).toEqual([{ field: 'values.a', message: '提示“A超过100”需要填写说明' }]);
  expect((await current('community', id)).status).toBe('DRAFT');

  v = (await ok<{ submitSubmission: any }>('community', SUBMIT, { id, v, e: [{ rule: 'A_LT_100', text: '本月新入住小区' }] })).submitSubmission.version;
  expect((await current('township', id)).allowedActions).toEqual(['RETURN', 'APPROVE']);
  expect(code(await app.gql('mutation($id: ID!, $v: Int!) { approveSubmission(id: $id, version: $v) { status } }', { id, v }, { token: tok.community }))).toBe(
    'FORBIDDEN',
  );

  const returned = await ok<{ returnSubmission: any }>(
    'township',
    'mutation($id: ID!, $v: Int!) { returnSubmission(id: $id, version: $v, reason: "请核实", fieldReasons: [{ field: "a", reason: "A与上月差异大" }]) { version status } }',
    { id, v },
  );
  expect(returned.returnSubmission.status).toBe('RETURNED');
  const seen = await current('community', id);
  expect(seen).toMatchObject({
    status: 'RETURNED',
    returnReason: '请核实',
    fieldReasons: [{ field: 'a', reason: 'A与上月差异大' }],
    allowedActions: ['SAVE', 'SUBMIT'],
  });

  v = (await ok<{ saveSubmission: any }>('community', SAVE, { id, v: seen.version, values: { a: 50, b: 1 } })).saveSubmission.submission.version;
  v = (await ok<{ submitSubmission: any }>('community', SUBMIT, { id, v })).submitSubmission.version;
  const approved = await ok<{ approveSubmission: any }>(
    'township',
    'mutation($id: ID!, $v: Int!) { approveSubmission(id: $id, version: $v) { version status } }',
    { id, v },
  );
  expect(approved.approveSubmission.status).toBe('APPROVED');
  const locked = await current('community', id);
  expect(locked).toMatchObject({ status: 'APPROVED', approver: { username: 'township' }, allowedActions: [] });
  expect((await app.query<{ status: string }>('select t.status from task t join form_submission s on s.task_id = t.id where s.id = ?', [id]))[0]!.status).toBe(
    'CLOSED',
  );

  const late = await app.gql(SAVE, { id, v: locked.version, values: { a: 1 } }, { token: tok.community });
  expect(code(late)).toBe('CONFLICT');
  expect(late.errors?.[0]?.message).toBe('当前状态为已审核,不能保存');
  expect((await app.query<{ values: { a: number } }>('select values from form_submission where id = ?', [id]))[0]!.values.a).toBe(50);

  const unlocked = await ok<{ unlockSubmission: any }>('township', 'mutation($id: ID!) { unlockSubmission(id: $id, reason: "数据有误需更正") { status } }', {
    id,
  });
  expect(unlocked.unlockSubmission.status).toBe('RETURNED');
  const entries = await app.query<{ username: string; operation: string }>(
    "select username, operation from audit_log where target_type = 'FormSubmission' and target_id = ? and operation = 'unlockSubmission'",
    [id],
  );
  expect(entries).toEqual([{ username: 'township', operation: 'unlockSubmission' }]);
  const history = await ok<{ formSubmission: { history: { action: string; from: string; to: string; username: string }[] } }>(
    'township',
    'query($id: ID!) { formSubmission(id: $id) { history { action from to username } } }',
    { id },
  );
  expect(history.formSubmission.history.filter((h) => h.action !== 'SAVE').map((h) => `${h.action} ${h.from}→${h.to} ${h.username}`)).toEqual([
    'SUBMIT DRAFT→SUBMITTED community',
    'RETURN SUBMITTED→RETURNED township',
    'SUBMIT RETURNED→SUBMITTED community',
    'APPROVE SUBMITTED→APPROVED township',
    'UNLOCK APPROVED→RETURNED township',
  ]);
});

test('a township rule applies to its communities and not to another township’s; a community cannot remove it', async () => {
  const t = await template();
  const added = await ok<{ addFormRule: { id: string } }>('township', 'mutation($i: AddFormRuleInput!) { addFormRule(input: $i) { id } }', {
    i: { templateId: t.id, code: 'T_MIN', expression: 'a >= 5', severity: 'ERROR', message: '鼓楼街道要求A不少于5' },
  });
  const mine = await round(t.id);
  const theirs = await round(t.id, '2026-11', 'admin', org.other);
  const theirId = Object.values(theirs.sub)[0]!;
  const check = async (who: string, id: string) => {
    const v = (await current(who, id)).version;
    return (await ok<{ saveSubmission: any }>(who, SAVE, { id, v, values: { a: 1 } })).saveSubmission.validation.errors.map((e: { rule: string }) => e.rule);
  };
  expect(await check('community', mine.sub['110118001002']!)).toEqual(['T_MIN']);
  // The other township's community files itself; the admin (ALL) reads what applies to it.
  const rules = await ok<{ formSubmission: { rules: { code: string }[] } }>('admin', 'query($id: ID!) { formSubmission(id: $id) { rules { code } } }', {
    id: theirId,
  });
  expect(rules.formSubmission.rules).toEqual([]);
  const seen = await ok<{ formTemplate: { rules: { code: string; level: string; canRemove: boolean }[] } }>(
    'community',
    'query($id: ID!) { formTemplate(id: $id) { rules { code level canRemove } } }',
    { id: t.id },
  );
  expect(seen.formTemplate.rules).toEqual([{ code: 'T_MIN', level: 'TOWNSHIP', canRemove: false }]);
  const removal = await app.gql('mutation($id: ID!) { removeFormRule(id: $id) }', { id: added.addFormRule.id }, { token: tok.community });
  expect(code(removal)).toBe('FORBIDDEN');
  expect(await app.query('select 1 from form_rule where id = ?', [added.addFormRule.id])).toHaveLength(1);
  expect(await check('community', mine.sub['110118001002']!)).toEqual(['T_MIN']);
});

test('scope: each demo account’s view of the demo round 2026-11, out-of-scope ids null or NOT_FOUND', async () => {
  const [demo] = await app.query<{ id: string }>(
    "select r.id::text, t.id::text as template from reporting_round r join form_template t on t.id = r.template_id where t.code = 'COMMUNITY_MONTHLY' and r.period = '2026-11'",
  );
  const roundId = demo!.id;
  const SUBS = `query($r: ID!) { formSubmissions(filter: { roundId: $r }, limit: 100) { total } reportingRounds(filter: { templateId: "${(demo as unknown as { template: string }).template}" }) { total } }`;
  const RATE = 'query($r: ID!) { reportingRate(roundId: $r) { total { expected submitted onTime late approved missing rate } } }';
  const view: Record<string, unknown> = {};
  for (const who of ['admin', 'county', 'township', 'community', 'assessor', 'gridworker', 'dispatcher', 'auditor']) {
    const subs = await app.gql(SUBS, { r: roundId }, { token: tok[who] });
    const rate = await app.gql(RATE, { r: roundId }, { token: tok[who] });
    view[who] = [subs.data?.formSubmissions.total ?? code(subs), subs.data?.reportingRounds.total ?? code(subs), rate.data?.reportingRate.total ?? code(rate)];
  }
  const all = { expected: 29, submitted: 20, onTime: 16, late: 4, approved: 12, missing: 9, rate: 68.97 };
  // Rounds of the monthly template: 2026-10 and 2026-11, both opened at 鼓楼街道.
  expect(view).toEqual({
    admin: [29, 2, all],
    county: [29, 2, all],
    township: [29, 2, all],
    community: [1, 2, { expected: 1, submitted: 0, onTime: 0, late: 0, approved: 0, missing: 1, rate: 0 }],
    assessor: [0, 2, all],
    gridworker: [0, 0, 'NOT_FOUND'],
    dispatcher: [0, 0, 'NOT_FOUND'],
    auditor: [0, 0, 'NOT_FOUND'],
  });
  const other = (
    await app.query<{ id: string; version: number }>(
      "select s.id::text, s.version from form_submission s join org o on o.id = s.org_id where s.round_id = ? and o.code = '110118001001'",
      [roundId],
    )
  )[0]!;
  expect((await app.gql('query($id: ID!) { formSubmission(id: $id) { id } }', { id: other.id }, { token: tok.community })).data.formSubmission).toBeNull();
  const write = await app.gql(SAVE, { id: other.id, v: other.version, values: { households: 1 } }, { token: tok.community });
  expect(code(write)).toBe('NOT_FOUND');
  // The township sees the form but only its own org fills it.
  expect(code(await app.gql(SAVE, { id: other.id, v: other.version, values: { households: 1 } }, { token: tok.township }))).toBe('FORBIDDEN');
  expect((await app.query<{ version: number }>('select version from form_submission where id = ?', [other.id]))[0]!.version).toBe(other.version);
});

test('xlsx: the export opens with the hierarchy; an import with bad rows reports each and writes nothing', async () => {
  const t = await template();
  const { roundId, sub } = await round(t.id);
  await plant(sub['110118001001']!, { a: 10, entries: [{ category: '城管', count: 3 }] }, 'APPROVED', new Date().toISOString());
  const file = (
    await ok<{ exportRound: { filename: string; contentBase64: string } }>(
      'township',
      'query($r: ID!) { exportRound(roundId: $r) { filename contentBase64 } }',
      { r: roundId },
    )
  ).exportRound;
  expect(file.filename).toBe(`${t.code}-2026-11.xlsx`);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(file.contentBase64, 'base64') as never);
  const raw = wb.getWorksheet('填报')!;
  expect(raw.rowCount).toBe(30);
  expect(raw.getRow(1).values).toEqual([
    undefined,
    '上级',
    '组织',
    '组织代码',
    '状态',
    '上报时间',
    'A字段',
    'B字段',
    '累计',
    '民情日志/城管/条数',
    '民情日志/计生/条数',
  ]);
  expect((raw.getRow(2).values as unknown[]).slice(1, 5)).toEqual(['鼓楼街道', '白檀社区居民委员会', '110118001001', 'APPROVED']);
  expect((raw.getRow(2).values as unknown[]).slice(6)).toEqual([10, undefined, undefined, 3]);
  const sums = wb.getWorksheet('汇总')!;
  // The groups with approved or submitted forms, then the total.
  expect(sums.rowCount).toBe(3);
  expect((sums.getRow(1).values as unknown[]).slice(1)).toEqual(['组织', '份数', 'A字段', '民情日志/城管/条数']);
  expect((sums.getRow(2).values as unknown[]).slice(1)).toEqual(['白檀社区居民委员会', 1, 10, 3]);
  expect((sums.getRow(3).values as unknown[]).slice(1)).toEqual(['鼓楼街道 合计', 1, 10, 3]);

  const upload = new ExcelJS.Workbook();
  const ws = upload.addWorksheet('填报');
  ws.addRow(['组织代码', 'A字段', '民情日志/城管/条数']);
  ws.addRow(['110118001003', 4, 2]);
  ws.addRow(['999999999999', 1, 1]);
  ws.addRow(['110118001004', 'abc', 1]);
  ws.addRow(['110118001005', 3, -1.5]);
  const fileBase64 = Buffer.from(await upload.xlsx.writeBuffer()).toString('base64');
  const IMPORT =
    'mutation($r: ID!, $f: String!, $d: Boolean!) { importSubmissions(roundId: $r, fileBase64: $f, dryRun: $d) { updated errors { row column message } nothingWritten } }';
  const report = (await ok<{ importSubmissions: any }>('township', IMPORT, { r: roundId, f: fileBase64, d: false })).importSubmissions;
  expect(report).toEqual({
    updated: 0,
    nothingWritten: true,
    errors: [
      { row: 3, column: '组织代码', message: '该轮次没有此组织的填报' },
      { row: 4, column: 'A字段', message: '应为integer' },
      { row: 5, column: '民情日志/城管/条数', message: '应为integer' },
    ],
  });
  expect(await app.query("select 1 from form_submission where round_id = ? and values <> '{}'::jsonb", [roundId])).toHaveLength(1);
  const fixed = new ExcelJS.Workbook();
  fixed.addWorksheet('填报').addRows([
    ['组织代码', 'A字段', '民情日志/城管/条数'],
    ['110118001003', 4, 2],
  ]);
  const good = Buffer.from(await fixed.xlsx.writeBuffer()).toString('base64');
  expect((await ok<{ importSubmissions: any }>('township', IMPORT, { r: roundId, f: good, d: false })).importSubmissions).toEqual({
    updated: 1,
    errors: [],
    nothingWritten: false,
  });
  expect((await app.query<{ values: unknown }>('select values from form_submission where id = ?', [sub['110118001003']]))[0]!.values).toEqual({
    a: 4,
    entries: [{ category: '城管', count: 2 }],
  });
});

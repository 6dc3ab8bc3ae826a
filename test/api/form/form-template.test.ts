import { startTestApp, type TestApp } from '../../support/app';

let app: TestApp;
const tok: Record<string, string> = {};
const code = (res: { errors?: { extensions: { code: string } }[] }) => res.errors?.[0]?.extensions.code;

const FIELDS = [
  { key: 'households', type: 'INTEGER', label: '户数', labelEn: 'Households', min: 0 },
  {
    key: 'mood',
    type: 'SELECT',
    label: '满意度',
    options: [
      { value: 'good', label: '满意', score: 10 },
      { value: 'bad', label: '不满意', score: 0 },
    ],
  },
  { key: 'double', type: 'COMPUTED', label: '两倍', expression: 'households * 2' },
];
const CREATE = 'mutation($i: FormTemplateInput!) { createFormTemplate(input: $i) { id version revision status fields { key options { value score } } } }';
const UPDATE =
  'mutation($id: ID!, $i: FormTemplateInput!, $v: Int) { updateFormTemplate(id: $id, input: $i, version: $v) { id version revision status rules { code } } }';

beforeAll(async () => {
  app = await startTestApp();
  for (const u of ['admin', 'township', 'community']) tok[u] = await app.login(u);
});
afterAll(() => app.stop());

test('requires authentication', async () => {
  expect(code(await app.gql('{ formTemplate(id: "1") { id } }'))).toBe('UNAUTHENTICATED');
});

test('a published template is immutable: editing it makes the next revision as a DRAFT, with its rules', async () => {
  const input = { code: 'TPL_REVISION', name: '修订测试', periodType: 'QUARTER', fields: FIELDS };
  const created = (await app.gql(CREATE, { i: input }, { token: tok.admin })).data.createFormTemplate;
  expect(created).toMatchObject({
    revision: 1,
    status: 'DRAFT',
    fields: [
      { key: 'households' },
      {
        key: 'mood',
        options: [
          { value: 'good', score: 10 },
          { value: 'bad', score: 0 },
        ],
      },
      { key: 'double' },
    ],
  });
  expect(code(await app.gql(CREATE, { i: input }, { token: tok.admin }))).toBe('CONFLICT');
  expect(code(await app.gql(CREATE, { i: { ...input, code: 'TPL_OTHER' } }, { token: tok.township }))).toBe('FORBIDDEN');
  await app.gql('mutation($id: ID!) { publishFormTemplate(id: $id) { status } }', { id: created.id }, { token: tok.admin });
  await app.gql(
    'mutation($i: AddFormRuleInput!) { addFormRule(input: $i) { id } }',
    {
      i: { templateId: created.id, code: 'POSITIVE', expression: 'households > 0', severity: 'ERROR', message: '户数应大于0' },
    },
    { token: tok.admin },
  );
  const edited = (await app.gql(UPDATE, { id: created.id, i: { ...input, name: '修订测试二' } }, { token: tok.admin })).data.updateFormTemplate;
  expect(edited).toMatchObject({ revision: 2, status: 'DRAFT', rules: [{ code: 'POSITIVE' }] });
  expect(edited.id).not.toBe(created.id);
  const [original] = await app.query<{ name: string; status: string }>('select name, status from form_template where id = ?', [created.id]);
  expect(original).toEqual({ name: '修订测试', status: 'PUBLISHED' });
  // A second draft of the same code is refused; the draft itself changes in place.
  expect(code(await app.gql(UPDATE, { id: created.id, i: input }, { token: tok.admin }))).toBe('CONFLICT');
  const again = (await app.gql(UPDATE, { id: edited.id, i: { ...input, name: '修订测试三' }, v: edited.version }, { token: tok.admin })).data
    .updateFormTemplate;
  expect(again).toMatchObject({ id: edited.id, revision: 2 });
  await app.gql('mutation($id: ID!) { publishFormTemplate(id: $id) { status } }', { id: edited.id }, { token: tok.admin });
  const statuses = await app.query<{ revision: number; status: string }>(
    "select revision, status from form_template where code = 'TPL_REVISION' order by revision",
  );
  expect(statuses).toEqual([
    { revision: 1, status: 'RETIRED' },
    { revision: 2, status: 'PUBLISHED' },
  ]);
});

test('bad definitions name each field, in the caller’s language', async () => {
  const res = await app.gql(
    CREATE,
    {
      i: {
        code: 'TPL_BAD',
        name: '坏模板',
        periodType: 'MONTH',
        fields: [
          { key: 'a', type: 'INTEGER', label: 'A', min: 5, max: 1 },
          { key: 'a', type: 'TABLE', label: 'T' },
          { key: 'c', type: 'COMPUTED', label: 'C', expression: 'a + missing' },
        ],
      },
    },
    { token: tok.admin, lang: 'en' },
  );
  expect(code(res)).toBe('BAD_USER_INPUT');
  expect(res.errors![0]!.extensions.fields).toEqual([
    { field: 'fields.0.max', message: expect.stringMatching(/5/) },
    { field: 'fields.1.key', message: '"a" is repeated' },
    { field: 'fields.1.columns', message: expect.any(String) },
    { field: 'fields.2.expression', message: 'No field "missing" in this form (at character 5)' },
  ]);
});

test('export → import makes a new draft revision with the rules the caller sees', async () => {
  const [demo] = await app.query<{ id: string }>("select id::text from form_template where code = 'COMMUNITY_MONTHLY'");
  const exported = (await app.gql('query($id: ID!) { exportFormTemplate(id: $id) }', { id: demo!.id }, { token: tok.community })).data.exportFormTemplate;
  expect(exported.rules.map((r: { code: string }) => r.code)).toEqual([
    'CLOSED_LE_RECEIVED',
    'CUMULATIVE_GE_PREV',
    'YEAR_START_EQ_ANNUAL',
    'FLOATING_LE_2X',
    'DIARY_MIN',
  ]);
  expect(code(await app.gql('mutation($j: JSON!) { importFormTemplate(json: $j) { id } }', { j: exported }, { token: tok.community }))).toBe('FORBIDDEN');
  const imported = (
    await app.gql(
      'mutation($j: JSON!) { importFormTemplate(json: $j) { id code revision status rules { code level } } }',
      { j: exported },
      { token: tok.admin },
    )
  ).data.importFormTemplate;
  expect(imported).toMatchObject({ code: 'COMMUNITY_MONTHLY', revision: 2, status: 'DRAFT' });
  expect(imported.rules).toHaveLength(5);
  expect(imported.rules.every((r: { level: string }) => r.level === 'PROVINCE')).toBe(true);
  const broken = await app.gql('mutation($j: JSON!) { importFormTemplate(json: $j) { id } }', { j: { nonsense: true } }, { token: tok.admin });
  expect(broken.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'json' }] });
});

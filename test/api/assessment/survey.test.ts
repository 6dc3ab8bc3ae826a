import { startTestApp, type GqlResult, type TestApp } from '../../support/app';
import { createUser } from '../../support/factories';
import { rows } from '../../support/rows';

/**
 * Fixture: a community C under 鼓楼街道 with grids G1 (3 households, leader L1, who can sign in), G2
 * and G3 (leaders L2, L3). The questionnaire is a published form template: one SELECT question `q`
 * whose options score 100, 90, 80, 78, 75 or 70, so a response's score is the option's, and a TEXT
 * field `remark`, which is no survey question. Requests come from per-test addresses (X-Forwarded-For behind a
 * trusted loopback proxy), so the per-address limit of one test never touches another.
 */

let app: TestApp;
const tok = {} as Record<'assessor' | 'township' | 'admin' | 'gridworker', string>;
const id = {} as Record<'C' | 'G1' | 'G2' | 'G3' | 'L1' | 'L2' | 'L3' | 'template', string>;
let l1Token: string;
let address = 0;
let year = 2000;

const ok = (res: GqlResult): any => {
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data;
};
const code = (res: GqlResult) => res.errors?.[0]?.extensions.code;
const fields = (res: GqlResult) => res.errors?.[0]?.extensions.fields?.map((f) => f.field);

const OPEN = 'mutation($t: ID!, $p: String!, $o: ID!) { openSurveyRound(templateId: $t, period: $p, orgId: $o) { id } }';
const LINKS = 'query($id: ID!) { surveyRound(id: $id) { id status links { id token codesIssued grid { id } } } }';
const CODES = 'mutation($l: ID!, $n: Int!) { issueSurveyCodes(linkId: $l, count: $n) }';
const SUBMIT = 'mutation($t: String!, $c: String!, $a: [SurveyAnswerInput!]!) { submitSurveyResponse(token: $t, code: $c, answers: $a) }';
const PAPER = 'mutation($l: ID!, $a: [SurveyAnswerInput!]!) { enterSurveyResponse(linkId: $l, answers: $a) { id score channel } }';
const CLOSE = 'mutation($id: ID!) { closeSurveyRound(id: $id) { id status } }';
const SCORES = 'query($r: ID!, $g: SurveyScoresGroupBy!) { surveyScores(roundId: $r, groupBy: $g) { key responses score } }';
const FLAGS =
  'query($f: ConsequenceFlagFilter) { consequenceFlags(filter: $f, limit: 100) { total items { id version userId consequence period status evidence allowedActions } } }';
const RULES = 'query { consequenceRules { id code threshold version } }';

const answer = (value: string) => [{ question: 'q', value }];

/** A form template made by the admin, published unless `draft`. */
async function formTemplate(code: string, fields: unknown[], { draft = false } = {}) {
  const created = ok(
    await app.gql(
      'mutation($i: FormTemplateInput!) { createFormTemplate(input: $i) { id } }',
      { i: { code, name: '群众满意度测评', periodType: 'HALF_YEAR', fields } },
      { token: tok.admin },
    ),
  ).createFormTemplate.id as string;
  if (!draft) ok(await app.gql('mutation($id: ID!) { publishFormTemplate(id: $id) { id } }', { id: created }, { token: tok.admin }));
  return created;
}

const select = (key: string, scores: (number | null)[], extra: Record<string, unknown> = {}) => ({
  key,
  type: 'SELECT',
  label: `问题 ${key}`,
  required: true,
  options: scores.map((score, i) => ({ value: `o${i}`, label: `选项 ${i}`, score })),
  ...extra,
});

async function round(period: string, template = id.template) {
  const r = ok(await app.gql(OPEN, { t: template, p: period, o: id.C }, { token: tok.assessor })).openSurveyRound.id as string;
  const links = ok(await app.gql(LINKS, { id: r }, { token: tok.assessor })).surveyRound.links as { id: string; token: string; grid: { id: string } }[];
  const by = Object.fromEntries(links.map((l) => [l.grid.id, l]));
  return { id: r, G1: by[id.G1]!, G2: by[id.G2]!, G3: by[id.G3]! };
}

async function paper(linkId: string, value: string) {
  return ok(await app.gql(PAPER, { l: linkId, a: answer(value) }, { token: tok.assessor })).enterSurveyResponse;
}

const fromAddress = () => ({ 'x-forwarded-for': `203.0.113.${++address}` });

/** The user's flags of one year: each test works in a year of its own. */
async function flagsOf(userId: string, y: number) {
  const list = ok(await app.gql(FLAGS, { f: { userId, orgId: id.C } }, { token: tok.township })).consequenceFlags.items as {
    consequence: string;
    period: string;
  }[];
  return list
    .filter((f) => f.period.startsWith(String(y)))
    .map((f) => `${f.consequence} ${f.period}`)
    .sort();
}

beforeAll(async () => {
  app = await startTestApp({ trustProxy: 'loopback' });
  for (const u of ['assessor', 'township', 'admin', 'gridworker'] as const) tok[u] = await app.login(u);
  const r = rows(app);
  const [gulou] = await app.query<{ id: string }>("select id::text from org where code = '110118001000'");
  id.C = await r.org(gulou!.id, 'COMMUNITY');
  for (const g of ['G1', 'G2', 'G3'] as const) id[g] = await r.grid(id.C);
  await app.query('update grid set households = 3 where id = ?', [id.G1]);
  const l1 = await createUser(app, tok.admin, { orgId: id.C, roles: ['grid_leader'], gridIds: [id.G1] });
  id.L1 = l1.id;
  l1Token = await app.login(l1.username, l1.password);
  id.L2 = await r.user(id.C, [id.G2]);
  id.L3 = await r.user(id.C, [id.G3]);
  for (const g of ['1', '2', '3'] as const) await app.query('update grid set leader_id = ? where id = ?', [id[`L${g}`], id[`G${g}`]]);
  const options = [100, 90, 80, 78, 75, 70].map((score) => ({ value: `v${score}`, label: `${score} 分`, score }));
  id.template = await formTemplate('SURVEY_FIXTURE', [
    { key: 'q', type: 'SELECT', label: '您对网格员的工作满意吗？', required: true, options },
    { key: 'remark', type: 'TEXT', label: '意见建议' },
  ]);
});
afterAll(() => app.stop());

describe('questionnaires', () => {
  it('are published form templates with a SELECT field whose options all carry a score; others are refused naming templateId', async () => {
    const draft = await formTemplate('SURVEY_DRAFT', [select('q', [10, 0])], { draft: true });
    const unscored = await formTemplate('SURVEY_UNSCORED', [
      select('partly', [10, null]),
      { key: 'many', type: 'MULTI_SELECT', label: '多选', options: [{ value: 'a', label: 'A', score: 1 }] },
      { key: 'remark', type: 'TEXT', label: '意见建议' },
    ]);
    const p = `${++year}-H1`;
    const notPublished = await app.gql(OPEN, { t: draft, p, o: id.C }, { token: tok.assessor, lang: 'en' });
    expect([code(notPublished), notPublished.errors?.[0]?.extensions.fields]).toEqual([
      'BAD_USER_INPUT',
      [{ field: 'templateId', message: 'the questionnaire template is not published' }],
    ]);
    const noQuestion = await app.gql(OPEN, { t: unscored, p, o: id.C }, { token: tok.assessor });
    expect([code(noQuestion), fields(noQuestion)]).toEqual(['BAD_USER_INPUT', ['templateId']]);
    expect(noQuestion.errors?.[0]?.extensions.fields?.[0]?.message).toContain('单选字段');
    expect(await app.query('select id from survey_round where period = ?', [p])).toEqual([]);
  });

  it('check answers against the template: unknown or repeated questions, options not offered and required questions unanswered', async () => {
    const r = await round(`${++year}-H1`);
    const enter = (a: unknown) => app.gql(PAPER, { l: r.G1.id, a }, { token: tok.assessor });
    const unknown = await enter([
      { question: 'q', value: 'v90' },
      { question: 'remark', value: '很好' },
    ]);
    expect([code(unknown), fields(unknown)]).toEqual(['BAD_USER_INPUT', ['answers.1.question']]);
    expect(fields(await enter([{ question: 'nope', value: 'v90' }]))).toEqual(['answers.0.question', 'answers']);
    expect(
      fields(
        await enter([
          { question: 'q', value: 'v90' },
          { question: 'q', value: 'v80' },
        ]),
      ),
    ).toEqual(['answers.1.question']);
    expect(fields(await enter([{ question: 'q', value: 'v1' }]))).toEqual(['answers.0.value']);
    expect(fields(await enter([]))).toEqual(['answers']);
    expect(await app.query('select id from survey_response where round_id = ?', [r.id])).toEqual([]);
  });

  it('score a response as its options’ points over each answered question’s best, 0–100 with two decimals', async () => {
    const template = await formTemplate('SURVEY_TWO', [
      select('a', [10, 5, 0]),
      select('b', [4, 2, 0]),
      select('c', [3, 1], { required: false }),
      { key: 'remark', type: 'TEXT', label: '意见建议' },
    ]);
    const r = await round(`${++year}-H1`, template);
    const page = ok(await app.gql('query($t: String!) { publicSurvey(token: $t) { questions { code required } } }', { t: r.G1.token }));
    expect(page.publicSurvey.questions).toEqual([
      { code: 'a', required: true },
      { code: 'b', required: true },
      { code: 'c', required: false },
    ]);
    const enter = async (a: { question: string; value: string }[]) =>
      ok(await app.gql(PAPER, { l: r.G1.id, a }, { token: tok.assessor })).enterSurveyResponse.score as number;
    // (5 + 4) / (10 + 4) × 100; c left out counts neither way.
    expect(
      await enter([
        { question: 'b', value: 'o0' },
        { question: 'a', value: 'o1' },
      ]),
    ).toBe(64.29);
    // (0 + 2 + 1) / (10 + 4 + 3) × 100
    expect(
      await enter([
        { question: 'a', value: 'o2' },
        { question: 'b', value: 'o1' },
        { question: 'c', value: 'o1' },
      ]),
    ).toBe(17.65);
    const [stored] = await app.query<{ answers: unknown }>('select answers from survey_response where round_id = ? order by id limit 1', [r.id]);
    expect(stored!.answers).toEqual([
      { question: 'a', value: 'o1' },
      { question: 'b', value: 'o0' },
    ]);
  });
});

describe('public survey responses', () => {
  it('are stored with a valid token and code; a used code, a wrong token or a bad answer is refused', async () => {
    const r = await round(`${++year}-H1`);
    const codes = ok(await app.gql(CODES, { l: r.G1.id, n: 2 }, { token: tok.assessor })).issueSurveyCodes as string[];
    expect(codes).toHaveLength(2);
    const page = ok(
      await app.gql('query($t: String!) { publicSurvey(token: $t) { title gridName open questions { code text required options { value label } } } }', {
        t: r.G1.token,
      }),
    );
    expect(page.publicSurvey).toMatchObject({ title: '群众满意度测评', open: true });
    expect(page.publicSurvey.questions).toEqual([
      { code: 'q', text: '您对网格员的工作满意吗？', required: true, options: [100, 90, 80, 78, 75, 70].map((s) => ({ value: `v${s}`, label: `${s} 分` })) },
    ]);
    // Residents never see what an answer scores.
    expect(code(await app.gql('query($t: String!) { publicSurvey(token: $t) { questions { options { score } } } }', { t: r.G1.token }))).toBe('BAD_USER_INPUT');
    const headers = fromAddress();
    const bad = await app.gql(SUBMIT, { t: r.G1.token, c: codes[0], a: answer('nope') }, { headers });
    expect(fields(bad)).toEqual(['answers.0.value']);
    expect(ok(await app.gql(SUBMIT, { t: r.G1.token, c: codes[0], a: answer('v90') }, { headers })).submitSurveyResponse).toBe(true);
    const again = await app.gql(SUBMIT, { t: r.G1.token, c: codes[0], a: answer('v90') }, { headers });
    expect([code(again), fields(again)]).toEqual(['BAD_USER_INPUT', ['code']]);
    const wrong = await app.gql(SUBMIT, { t: `${r.G1.token}x`, c: codes[1], a: answer('v90') }, { headers });
    expect(fields(wrong)).toEqual(['token']);
    // A code belongs to its grid's link.
    expect(fields(await app.gql(SUBMIT, { t: r.G2.token, c: codes[1], a: answer('v90') }, { headers }))).toEqual(['code']);
    const stored = await app.query<{ score: number; channel: string; grid_id: string }>(
      'select score, channel, grid_id::text from survey_response where round_id = ?',
      [r.id],
    );
    expect(stored).toEqual([{ score: 90, channel: 'ONLINE', grid_id: id.G1 }]);
  });

  it('issue at most the grid’s household count of codes', async () => {
    const r = await round(`${++year}-H1`);
    ok(await app.gql(CODES, { l: r.G1.id, n: 3 }, { token: tok.assessor }));
    const res = await app.gql(CODES, { l: r.G1.id, n: 1 }, { token: tok.assessor });
    expect(fields(res)).toEqual(['count']);
    expect(code(await app.gql(CODES, { l: r.G2.id, n: 1 }, { token: tok.gridworker }))).toBe('NOT_FOUND');
  });

  it('are refused once the round is closed', async () => {
    const r = await round(`${++year}-H1`);
    const [c] = ok(await app.gql(CODES, { l: r.G1.id, n: 1 }, { token: tok.assessor })).issueSurveyCodes as string[];
    ok(await app.gql(CLOSE, { id: r.id }, { token: tok.assessor }));
    const res = await app.gql(SUBMIT, { t: r.G1.token, c, a: answer('v90') }, { headers: fromAddress() });
    expect(code(res)).toBe('CONFLICT');
    const [row] = await app.query<{ used_at: Date | null }>('select used_at from survey_code c join survey_link l on l.id = c.link_id where l.round_id = ?', [
      r.id,
    ]);
    expect(row!.used_at).toBeNull();
  });

  it('are rate-limited per address', async () => {
    const r = await round(`${++year}-H1`);
    const headers = fromAddress();
    const results: (string | undefined)[] = [];
    for (let i = 0; i < 11; i++) results.push(code(await app.gql(SUBMIT, { t: r.G1.token, c: 'WRONG', a: answer('v90') }, { headers })));
    expect(results).toEqual([...Array(10).fill('BAD_USER_INPUT'), 'RATE_LIMITED']);
    expect(code(await app.gql(SUBMIT, { t: r.G1.token, c: 'WRONG', a: answer('v90') }, { headers: fromAddress() }))).toBe('BAD_USER_INPUT');
  });

  it('need no sign-in, while everything else still does', async () => {
    expect(code(await app.gql(SCORES, { r: '1', g: 'GRID' }))).toBe('UNAUTHENTICATED');
    expect(code(await app.gql(CODES, { l: '1', n: 1 }))).toBe('UNAUTHENTICATED');
  });
});

describe('survey scores and consequences', () => {
  it('normalise per grid and raise exactly the expected flags (none at exactly 80)', async () => {
    const y = ++year;
    const h1 = await round(`${y}-H1`);
    await paper(h1.G1.id, 'v70');
    await paper(h1.G1.id, 'v80'); // G1 H1: 75
    await paper(h1.G2.id, 'v80'); // G2 H1: 80, not below
    await paper(h1.G3.id, 'v90');
    ok(await app.gql(CLOSE, { id: h1.id }, { token: tok.assessor }));
    const h2 = await round(`${y}-H2`);
    await paper(h2.G1.id, 'v78');
    await paper(h2.G2.id, 'v100');
    await paper(h2.G3.id, 'v78');
    await paper(h2.G3.id, 'v78'); // G3 H2: 78
    expect(
      ok(await app.gql(SCORES, { r: h1.id, g: 'GRID' }, { token: tok.township })).surveyScores.sort(
        (a: { key: string }, b: { key: string }) => Number(a.key) - Number(b.key),
      ),
    ).toEqual([
      { key: id.G1, responses: 2, score: 75 },
      { key: id.G2, responses: 1, score: 80 },
      { key: id.G3, responses: 1, score: 90 },
    ]);
    expect(ok(await app.gql(SCORES, { r: h2.id, g: 'CHILD_ORG' }, { token: tok.township })).surveyScores).toEqual([{ key: id.C, responses: 4, score: 83.5 }]);
    ok(await app.gql(CLOSE, { id: h2.id }, { token: tok.assessor }));
    expect(await flagsOf(id.L1, y)).toEqual([`CRITICISM ${y}-H1`, `CRITICISM ${y}-H2`, `DISMISSAL_OR_TRANSFER ${y}`]);
    expect(await flagsOf(id.L2, y)).toEqual([]);
    expect(await flagsOf(id.L3, y)).toEqual([`CRITICISM ${y}-H2`]);
    const [flag] = (
      ok(await app.gql(FLAGS, { f: { userId: id.L1, orgId: id.C } }, { token: tok.township })).consequenceFlags.items as { period: string; evidence: unknown }[]
    ).filter((f) => f.period === String(y));
    expect(flag!.evidence).toEqual({ gridId: id.G1, h1: 75, h2: 78, threshold: 80 });
  });

  it('follow the threshold in the rules: at 85 a grid at 80 is flagged', async () => {
    const rules = ok(await app.gql(RULES, {}, { token: tok.assessor })).consequenceRules as { id: string; code: string; version: number }[];
    const rule = rules.find((x) => x.code === 'SURVEY_BELOW_80')!;
    const set = (threshold: number) =>
      app.gql(
        'mutation($id: ID!, $t: Float!) { updateConsequenceRule(id: $id, threshold: $t) { threshold } }',
        { id: rule.id, t: threshold },
        { token: tok.assessor },
      );
    const r = await round(`${++year}-H1`);
    await paper(r.G2.id, 'v80');
    expect(ok(await set(85)).updateConsequenceRule.threshold).toBe(85);
    try {
      ok(await app.gql(CLOSE, { id: r.id }, { token: tok.assessor }));
    } finally {
      ok(await set(80));
    }
    expect(await flagsOf(id.L2, year)).toEqual([`CRITICISM ${year}-H1`]);
  });
});

describe('complaints and flags', () => {
  it('four substantiated complaints in a year flag the user named; three do not; an assessor cannot decide', async () => {
    const user = await rows(app).user(id.C, [id.G3]);
    const register = async (date: string) =>
      ok(
        await app.gql(
          'mutation($i: ComplaintInput!) { registerComplaint(input: $i) { id status } }',
          { i: { userId: user, date, source: '12345热线', text: '入户走访态度生硬' } },
          { token: tok.township },
        ),
      ).registerComplaint.id as string;
    const decide = (cid: string, substantiated: boolean, token = tok.township) =>
      app.gql(
        'mutation($id: ID!, $s: Boolean!) { decideComplaint(id: $id, substantiated: $s, reason: "经核查属实") { status } }',
        { id: cid, s: substantiated },
        { token },
      );
    const ids = [
      await register('2025-02-01'),
      await register('2025-05-01'),
      await register('2025-07-01'),
      await register('2025-09-01'),
      await register('2024-12-30'),
    ];
    expect(code(await decide(ids[0]!, true, tok.assessor))).toBe('FORBIDDEN');
    for (const cid of ids.slice(0, 3)) ok(await decide(cid, true));
    ok(await decide(ids[4]!, true)); // another year
    expect(await flagsOf(user, 2025)).toEqual([]);
    ok(await decide(ids[3]!, true));
    expect(await flagsOf(user, 2025)).toEqual(['DISMISSAL_OR_TRANSFER 2025']);
    expect(code(await decide(ids[3]!, false))).toBe('CONFLICT');
    const about = ok(await app.gql('query($id: ID!) { complaint(id: $id) { user { id } grid { id } } }', { id: ids[0] }, { token: tok.township })).complaint;
    expect(about).toEqual({ user: { id: user }, grid: null });
  });

  it('a flag is acknowledged and appealed by the person flagged and decided above, every step audited', async () => {
    const r = await round(`${++year}-H1`);
    await paper(r.G1.id, 'v70');
    ok(await app.gql(CLOSE, { id: r.id }, { token: tok.assessor }));
    const mine = ok(await app.gql(FLAGS, { f: { status: 'OPEN' } }, { token: l1Token })).consequenceFlags.items as {
      id: string;
      version: number;
      period: string;
      allowedActions: string[];
    }[];
    const flag = mine.find((f) => f.period === `${year}-H1`)!;
    expect(flag.allowedActions).toEqual(['ACKNOWLEDGE', 'APPEAL']);
    const MOVE = 'mutation($id: ID!, $a: ConsequenceFlagAction!, $t: String!) { moveConsequenceFlag(id: $id, action: $a, text: $t) { status } }';
    expect(code(await app.gql(MOVE, { id: flag.id, a: 'ACKNOWLEDGE', t: '检查' }, { token: tok.township }))).toBe('FORBIDDEN');
    const early = await app.gql(MOVE, { id: flag.id, a: 'UPHOLD', t: '维持' }, { token: tok.township });
    expect(code(early)).toBe('CONFLICT');
    expect(early.errors?.[0]?.message).toBe('当前状态（待处理）下不能执行 维持');
    expect(ok(await app.gql(MOVE, { id: flag.id, a: 'ACKNOWLEDGE', t: '书面检查：今后改进' }, { token: l1Token })).moveConsequenceFlag.status).toBe(
      'ACKNOWLEDGED',
    );
    expect(ok(await app.gql(MOVE, { id: flag.id, a: 'APPEAL', t: '测评样本过少' }, { token: l1Token })).moveConsequenceFlag.status).toBe('APPEALED');
    expect(code(await app.gql(MOVE, { id: flag.id, a: 'WITHDRAW', t: '撤销' }, { token: l1Token }))).toBe('FORBIDDEN');
    expect(ok(await app.gql(MOVE, { id: flag.id, a: 'UPHOLD', t: '维持原结论' }, { token: tok.township })).moveConsequenceFlag.status).toBe('UPHELD');
    const trail = await app.query<{ operation: string; username: string }>(
      'select operation, username from audit_log where target_type = ? and target_id = ? order by id',
      ['ConsequenceFlag', flag.id],
    );
    expect(trail.map((t) => `${t.operation} ${t.username}`)).toEqual([
      'raiseConsequenceFlag assessor',
      `acknowledgeConsequenceFlag ${trail[1]!.username}`,
      `appealConsequenceFlag ${trail[1]!.username}`,
      'upholdConsequenceFlag township',
    ]);
    // Flags are never deleted: the schema has no mutation for it.
    expect(code(await app.gql('mutation($id: ID!) { deleteConsequenceFlag(id: $id) }', { id: flag.id }, { token: tok.admin }))).toBe('BAD_USER_INPUT');
    expect(await app.query('select id from consequence_flag where id = ?', [flag.id])).toHaveLength(1);
  });
});

import { startTestApp, type GqlResult, type TestApp } from '../../support/app';
import { rows } from '../../support/rows';

/**
 * The REPORTING_RATE indicator scores a grid by the 上报率 of its org in the data rounds due in the period.
 * Fixture: communities C (grids G1, G2) and D (grid G3) under 鼓楼街道 (T); three rounds over T asking its communities:
 *   due 2025-11-30  C handed in on time, D never
 *   due 2025-12-20  C handed in late, D approved
 *   due 2026-01-10  (outside 2025-Q4) C never, D never
 * Hand-computed for 2025-Q4: C 2 of 2 = 100 %, D 1 of 2 = 50 %; linear over 0..100 with max 20: G1 and G2 20, G3 10.
 */
let app: TestApp;
const tok = {} as Record<'admin' | 'assessor' | 'gridworker', string>;
const id = {} as Record<'T' | 'C' | 'D' | 'G1' | 'G2' | 'G3', string>;

const ok = (res: GqlResult): any => {
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data;
};

async function roundDue(templateId: string, period: string, dueAt: string): Promise<Record<'C' | 'D', string>> {
  const opened = ok(
    await app.gql(
      'mutation($i: OpenReportingRoundInput!) { openReportingRound(input: $i) { id } }',
      { i: { templateId, period, orgId: id.T, targetLevel: 'COMMUNITY', dueAt: new Date(Date.now() + 86_400_000).toISOString() } },
      { token: tok.admin },
    ),
  ).openReportingRound.id as string;
  await app.query('update reporting_round set due_at = ? where id = ?', [dueAt, opened]);
  const subs = await app.query<{ id: string; org_id: string }>('select id::text, org_id::text from form_submission where round_id = ?', [opened]);
  const of = (org: string) => subs.find((s) => s.org_id === org)!.id;
  return { C: of(id.C), D: of(id.D) };
}

const handIn = (submission: string, status: 'SUBMITTED' | 'APPROVED', at: string) =>
  app.query('update form_submission set status = ?::submission_status, first_submitted_at = ?, submitted_at = ? where id = ?', [status, at, at, submission]);

beforeAll(async () => {
  app = await startTestApp();
  for (const u of ['admin', 'assessor', 'gridworker'] as const) tok[u] = await app.login(u);
  const r = rows(app);
  const [gulou] = await app.query<{ id: string }>("select id::text from org where code = '110118001000'");
  id.T = gulou!.id;
  id.C = await r.org(id.T, 'COMMUNITY');
  id.D = await r.org(id.T, 'COMMUNITY');
  id.G1 = await r.grid(id.C);
  id.G2 = await r.grid(id.C);
  id.G3 = await r.grid(id.D);

  const created = ok(
    await app.gql(
      'mutation($i: FormTemplateInput!) { createFormTemplate(input: $i) { id } }',
      {
        i: {
          code: `RR_${Date.now() % 100000}`,
          name: '上报率测试',
          periodType: 'MONTH',
          sections: [],
          fields: [{ key: 'n', type: 'INTEGER', label: '数量' }],
        },
      },
      { token: tok.admin },
    ),
  ).createFormTemplate.id as string;
  ok(await app.gql('mutation($id: ID!) { publishFormTemplate(id: $id) { status } }', { id: created }, { token: tok.admin }));
  const nov = await roundDue(created, '2025-11', '2025-11-30T10:00:00Z');
  await handIn(nov.C, 'SUBMITTED', '2025-11-29T10:00:00Z');
  const dec = await roundDue(created, '2025-12', '2025-12-20T10:00:00Z');
  await handIn(dec.C, 'SUBMITTED', '2025-12-22T10:00:00Z');
  await handIn(dec.D, 'APPROVED', '2025-12-19T10:00:00Z');
  await roundDue(created, '2026-01', '2026-01-10T10:00:00Z');
});
afterAll(() => app.stop());

it('scores each grid by its org’s 上报率 in the rounds due in the period', async () => {
  const scheme = ok(
    await app.gql(
      'mutation($i: AssessmentSchemeInput!) { createAssessmentScheme(input: $i) { id } }',
      {
        i: {
          code: `RRQ-${Date.now()}`,
          name: '上报率考核',
          periodType: 'QUARTER',
          subjectType: 'GRID',
          indicators: [{ code: 'reporting', name: '上报率', maxScore: 20, weight: 1, kind: 'AUTO', source: 'REPORTING_RATE' }],
        },
      },
      { token: tok.assessor },
    ),
  ).createAssessmentScheme.id as string;
  ok(await app.gql('mutation($id: ID!) { publishAssessmentScheme(id: $id) { id } }', { id: scheme }, { token: tok.assessor }));
  const cards = [];
  for (const orgId of [id.C, id.D]) {
    const round = ok(
      await app.gql(
        'mutation($i: OpenAssessmentRoundInput!) { openAssessmentRound(input: $i) { id } }',
        { i: { schemeId: scheme, period: '2025-Q4', orgId } },
        { token: tok.assessor },
      ),
    ).openAssessmentRound.id as string;
    const list = ok(
      await app.gql(
        'query($f: ScorecardFilter) { scorecards(filter: $f, limit: 10) { items { grid { id } total scores { indicator figure score } } } }',
        { f: { roundId: round } },
        { token: tok.assessor },
      ),
    ).scorecards.items as { grid: { id: string }; total: number; scores: { indicator: string; figure: number; score: number }[] }[];
    cards.push(...list);
  }
  const byGrid = Object.fromEntries(cards.map((c) => [c.grid.id, [c.scores[0]!.figure, c.scores[0]!.score, c.total]]));
  expect(byGrid).toEqual({ [id.G1]: [100, 20, 20], [id.G2]: [100, 20, 20], [id.G3]: [50, 10, 10] });
});

it('is the figure the forms module reports for each round itself', async () => {
  const rounds = await app.query<{ id: string }>(
    "select r.id::text from reporting_round r join form_template t on t.id = r.template_id where t.name = '上报率测试' and r.due_at < '2026-01-01' order by r.due_at",
  );
  const rates = [];
  for (const r of rounds) {
    const res = ok(
      await app.gql(
        'query($r: ID!, $o: ID) { reportingRate(roundId: $r, orgId: $o) { groups { key expected submitted onTime rate } } }',
        { r: r.id, o: id.T },
        { token: tok.admin },
      ),
    );
    rates.push((res.reportingRate.groups as { key: string }[]).filter((g) => g.key === id.C || g.key === id.D));
  }
  expect(rates).toEqual([
    [
      { key: id.C, expected: 1, submitted: 1, onTime: 1, rate: 100 },
      { key: id.D, expected: 1, submitted: 0, onTime: 0, rate: 0 },
    ],
    [
      { key: id.C, expected: 1, submitted: 1, onTime: 0, rate: 100 },
      { key: id.D, expected: 1, submitted: 1, onTime: 1, rate: 100 },
    ],
  ]);
});

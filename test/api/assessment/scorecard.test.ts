import ExcelJS from 'exceljs';
import { startTestApp, type GqlResult, type TestApp } from '../../support/app';
import { createRole, createUser } from '../../support/factories';
import { rows } from '../../support/rows';

/**
 * Fixture: a community C under 鼓楼街道 with grids G1–G4, data of 2025-Q4 (92 days):
 *   lights  G1 69 green days of 92 (75 %), G2 92 (100 %), G3 and G4 none (0 %)
 *   tasks   G1 4 reported, 3 closed (1 resolved late): closure 75 %, on time 2/3 = 66.67 %; G2 2 closed on time; G3, G4 none
 *   visits  G1 one person visited in Oct and Nov (2 of 3 months: 66.67 %); G2 one person every month (100 %); G3, G4 no people
 *   survey  2025-H2: G1 responses 70 and 80 (75), G2 one of 90; G3, G4 none
 * Scheme: green (linear, 20), closure (thresholds 90→20, 70→15, 0→5; max 20), on time (linear 50..100, max 10),
 *   visits (linear, 20), survey (linear, 20), ledger (MANUAL, 10); all weight 1.
 * Hand-computed: G1 15 + 15 + 3.33 + 13.33 + 15 + ledger 8 = 69.66 (合格); G2 20 + 20 + 10 + 20 + 18 + 10 = 98 (优秀);
 *   G3 and G4: only the ledger, 6 each (不合格), tied at rank 3.
 */

let app: TestApp;
const tok = {} as Record<'assessor' | 'township' | 'county' | 'community' | 'gridworker' | 'admin', string>;
const id = {} as Record<'C' | 'G1' | 'G2' | 'G3' | 'G4' | 'scheme' | 'round', string>;
let serial = 0;

const SCHEME = 'mutation($i: AssessmentSchemeInput!) { createAssessmentScheme(input: $i) { id code revision version } }';
const PUBLISH = 'mutation($id: ID!) { publishAssessmentScheme(id: $id) { id publishedAt } }';
const OPEN = 'mutation($i: OpenAssessmentRoundInput!) { openAssessmentRound(input: $i) { id period status } }';
const CARDS = `query($f: ScorecardFilter) { scorecards(filter: $f, limit: 100) { total items {
  id version subjectName status total grade fromQuarters allowedActions grid { id } scores { indicator score figure comment } } } }`;
const SET = 'mutation($id: ID!, $v: Int, $s: [ScoreInput!]!) { setScores(id: $id, version: $v, scores: $s) { id version total grade status } }';
const STEP = (name: string, reason = false) =>
  `mutation($id: ID!, $v: Int${reason ? ', $r: String!' : ''}) { ${name}(id: $id, version: $v${reason ? ', reason: $r' : ''}) { id version status total grade } }`;
const RANKING = `query($r: ID!, $f: AssessmentRankingFilter, $o: Int, $l: Int) { assessmentRanking(roundId: $r, filter: $f, offset: $o, limit: $l) {
  total items { rank total grade previousTotal change scorecard { subjectName } } } }`;
const SUMMARY = 'query($r: ID!) { assessmentSummary(roundId: $r, groupBy: CHILD_ORG) { key label count mean min max grades { grade count } } }';

const code = (res: { errors?: { extensions: { code: string } }[] }) => res.errors?.[0]?.extensions.code;
const ok = (res: GqlResult): any => {
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data;
};

const AUTO = (code: string, source: string, maxScore: number, mapping?: Record<string, unknown>) => ({
  code,
  name: code,
  maxScore,
  weight: 1,
  kind: 'AUTO',
  source,
  mapping,
});
const INDICATORS = [
  AUTO('green', 'GREEN_LIGHT_RATE', 20),
  AUTO('closure', 'CLOSURE_RATE', 20, {
    type: 'THRESHOLDS',
    steps: [
      { min: 90, score: 20 },
      { min: 70, score: 15 },
      { min: 0, score: 5 },
    ],
  }),
  AUTO('ontime', 'ON_TIME_RATE', 10, { type: 'LINEAR', from: 50, to: 100 }),
  AUTO('visits', 'VISIT_COMPLIANCE', 20),
  AUTO('survey', 'SURVEY_SCORE', 20),
  { code: 'ledger', name: '台账规范', maxScore: 10, weight: 1, kind: 'MANUAL' },
];

async function scheme(input: Record<string, unknown> = {}): Promise<{ id: string; code: string }> {
  const s = ok(
    await app.gql(
      SCHEME,
      { i: { code: `Q${++serial}-${Date.now()}`, name: '网格季度考核', periodType: 'QUARTER', subjectType: 'GRID', indicators: INDICATORS, ...input } },
      { token: tok.assessor },
    ),
  ).createAssessmentScheme;
  ok(await app.gql(PUBLISH, { id: s.id }, { token: tok.assessor }));
  return s;
}

async function openRound(schemeId: string, period = '2025-Q4', orgId = id.C) {
  return ok(await app.gql(OPEN, { i: { schemeId, period, orgId } }, { token: tok.assessor })).openAssessmentRound.id as string;
}

type Card = {
  id: string;
  version: number;
  subjectName: string;
  status: string;
  total: number;
  grade: string;
  fromQuarters: number | null;
  allowedActions: string[];
  grid: { id: string };
  scores: { indicator: string; score: number | null; figure: number | null }[];
};
async function cards(roundId: string, token = tok.assessor): Promise<Record<string, Card>> {
  const list = ok(await app.gql(CARDS, { f: { roundId } }, { token })).scorecards.items as Card[];
  const byGrid = Object.fromEntries(Object.entries(id).map(([k, v]) => [v, k]));
  return Object.fromEntries(list.map((c) => [byGrid[c.grid.id]!, c]));
}

async function ledger(card: Card, score: number, indicator = 'ledger') {
  return ok(await app.gql(SET, { id: card.id, v: card.version, s: [{ indicator, score }] }, { token: tok.assessor })).setScores;
}

beforeAll(async () => {
  app = await startTestApp();
  for (const u of ['assessor', 'township', 'county', 'community', 'gridworker', 'admin'] as const) tok[u] = await app.login(u);
  const r = rows(app);
  const [gulou] = await app.query<{ id: string }>("select id::text from org where code = '110118001000'");
  id.C = await r.org(gulou!.id, 'COMMUNITY');
  for (const g of ['G1', 'G2', 'G3', 'G4'] as const) id[g] = await r.grid(id.C);
  const day = (n: number) => `(date '2025-10-01' + ${n})`;
  await app.query(`insert into grid_day_light (grid_id, date, light) select ?, ${day(0)} + i, 'GREEN' from generate_series(0, 68) i`, [id.G1]);
  await app.query(`insert into grid_day_light (grid_id, date, light) select ?, ${day(0)} + i, 'GREEN' from generate_series(0, 91) i`, [id.G2]);
  const task = (grid: string, status: string, late: boolean | null) =>
    app.query(
      `insert into task (kind, title, org_id, grid_id, status, reported_at, resolved_at, resolved_late)
       values ('EVENT', 'fixture', ?, ?, ?, '2025-11-10T02:00:00Z', ${late === null ? 'null' : "'2025-11-12T02:00:00Z'"}, ?)`,
      [id.C, grid, status, late ?? false],
    );
  await task(id.G1!, 'CLOSED', false);
  await task(id.G1!, 'CLOSED', false);
  await task(id.G1!, 'CLOSED', true);
  await task(id.G1!, 'REPORTED', null);
  await task(id.G2!, 'CLOSED', false);
  await task(id.G2!, 'CLOSED', false);
  const p1 = await r.person({ orgId: id.C, gridId: id.G1! });
  const p2 = await r.person({ orgId: id.C, gridId: id.G2! });
  for (const [person, dates] of [
    [p1, ['2025-10-05', '2025-11-05']],
    [p2, ['2025-10-06', '2025-11-06', '2025-12-06']],
  ] as const) {
    for (const date of dates) await app.query("insert into visit (person_id, date, kind, participants) values (?, ?, 'TALK', '[]')", [person, date]);
  }
  const [tpl] = await app.query<{ id: string }>(
    `insert into form_template (code, name, period_type, revision, status, sections, fields, published_at)
     values ('SCORECARD_SURVEY', '满意度', 'HALF_YEAR', 1, 'PUBLISHED', '[]', '[{"key":"q","type":"SELECT","label":"满意吗","options":[{"value":"a","label":"满意","score":10}]}]', now())
     returning id::text`,
  );
  const [round] = await app.query<{ id: string }>("insert into survey_round (template_id, period, org_id) values (?, '2025-H2', ?) returning id::text", [
    tpl!.id,
    id.C,
  ]);
  for (const [grid, score] of [
    [id.G1, 70],
    [id.G1, 80],
    [id.G2, 90],
  ] as const) {
    await app.query("insert into survey_response (round_id, grid_id, org_id, answers, score, channel) values (?, ?, ?, '[]', ?, 'PAPER')", [
      round!.id,
      grid,
      id.C,
      score,
    ]);
  }
  const main = await scheme();
  id.scheme = main.id;
  id.round = await openRound(main.id);
  const c = await cards(id.round);
  await ledger(c.G1!, 8);
  await ledger(c.G2!, 10);
  await ledger(c.G3!, 6);
  await ledger(c.G4!, 6);
});
afterAll(() => app.stop());

describe('AUTO scores', () => {
  it('equal the other modules’ figures mapped by the scheme', async () => {
    const c = await cards(id.round);
    const figures = (card: Card) => Object.fromEntries(card.scores.map((s) => [s.indicator, [s.figure ?? null, s.score]]));
    expect(figures(c.G1!)).toEqual({ green: [75, 15], closure: [75, 15], ontime: [66.67, 3.33], visits: [66.67, 13.33], survey: [75, 15], ledger: [null, 8] });
    expect(figures(c.G2!)).toEqual({ green: [100, 20], closure: [100, 20], ontime: [100, 10], visits: [100, 20], survey: [90, 18], ledger: [null, 10] });
    expect(figures(c.G3!)).toEqual({
      green: [0, 0],
      closure: [null, null],
      ontime: [null, null],
      visits: [null, null],
      survey: [null, null],
      ledger: [null, 6],
    });
  });

  it('give totals and grades by the bands', async () => {
    const c = await cards(id.round);
    expect([c.G1!.total, c.G1!.grade, c.G2!.total, c.G2!.grade, c.G3!.total, c.G3!.grade]).toEqual([69.66, '合格', 98, '优秀', 6, '不合格']);
  });

  it('match taskStats per grid, the figure the task module reports itself', async () => {
    const res = ok(
      await app.gql(
        'query($o: ID) { taskStats(orgId: $o, from: "2025-10-01", to: "2025-12-31", groupBy: GRID) { groups { key closureRate onTimeRate } } }',
        { o: id.C },
        { token: tok.assessor },
      ),
    );
    expect(res.taskStats.groups).toEqual([
      { key: id.G1, closureRate: 75, onTimeRate: 66.67 },
      { key: id.G2, closureRate: 100, onTimeRate: 100 },
    ]);
  });

  it('are refreshed from new data while a scorecard is in DRAFT', async () => {
    const s = await scheme();
    const round = await openRound(s.id);
    expect((await cards(round)).G3!.scores.find((x) => x.indicator === 'green')!.score).toBe(0);
    await app.query("insert into grid_day_light (grid_id, date, light) select ?, date '2025-10-01' + i, 'GREEN' from generate_series(0, 91) i", [id.G4]);
    try {
      const refreshed = ok(await app.gql('mutation($r: ID!) { refreshAutoScores(roundId: $r) }', { r: round }, { token: tok.assessor }));
      expect(refreshed.refreshAutoScores).toBe(4);
      expect((await cards(round)).G4!.scores.find((x) => x.indicator === 'green')!.score).toBe(20);
    } finally {
      await app.query("delete from grid_day_light where grid_id = ? and date between '2025-10-01' and '2025-12-31'", [id.G4]);
    }
  });
});

describe('setScores', () => {
  it('refuses a score out of range, naming the indicator, and writes nothing', async () => {
    const s = await scheme();
    const card = (await cards(await openRound(s.id))).G1!;
    const res = await app.gql(SET, { id: card.id, v: card.version, s: [{ indicator: 'ledger', score: 11 }] }, { token: tok.assessor, lang: 'en' });
    expect(code(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.extensions.fields).toEqual([{ field: 'scores.0.ledger', message: 'the score of "台账规范" must lie between 0 and 10' }]);
    const [row] = await app.query<{ version: number; scores: { indicator: string; score: number | null }[] }>(
      'select version, scores from scorecard where id = ?',
      [card.id],
    );
    expect(row!.version).toBe(card.version);
    expect(row!.scores.find((x) => x.indicator === 'ledger')!.score).toBeNull();
  });

  it('refuses AUTO and unknown indicators', async () => {
    const s = await scheme();
    const card = (await cards(await openRound(s.id))).G1!;
    const res = await app.gql(
      SET,
      {
        id: card.id,
        s: [
          { indicator: 'green', score: 1 },
          { indicator: 'nope', score: 1 },
        ],
      },
      { token: tok.assessor },
    );
    expect(res.errors![0]!.extensions.fields!.map((f) => f.field)).toEqual(['scores.0.green', 'scores.1.nope']);
  });
});

describe('the scorecard lifecycle', () => {
  it('submit → confirm → locked → reopen with a reason (audited) → edit → confirm', async () => {
    const s = await scheme();
    let card = (await cards(await openRound(s.id))).G2!;
    expect(card.allowedActions).toEqual(['SCORE', 'SUBMIT']);
    card = { ...card, ...(await ledger(card, 9)) };
    const submitted = ok(await app.gql(STEP('submitScorecard'), { id: card.id, v: card.version }, { token: tok.assessor })).submitScorecard;
    expect(submitted.status).toBe('SUBMITTED');
    expect(code(await app.gql(STEP('confirmScorecard'), { id: card.id, v: submitted.version }, { token: tok.assessor }))).toBe('FORBIDDEN');
    const confirmed = ok(await app.gql(STEP('confirmScorecard'), { id: card.id, v: submitted.version }, { token: tok.township })).confirmScorecard;
    expect(confirmed).toMatchObject({ status: 'CONFIRMED', total: 97, grade: '优秀' });
    const locked = await app.gql(SET, { id: card.id, v: confirmed.version, s: [{ indicator: 'ledger', score: 5 }] }, { token: tok.assessor });
    expect(code(locked)).toBe('CONFLICT');
    expect(locked.errors?.[0]?.message).toBe('考核表当前状态（已确认）下不能执行 评分');
    expect(code(await app.gql(STEP('reopenScorecard', true), { id: card.id, v: confirmed.version, r: ' ' }, { token: tok.township }))).toBe('BAD_USER_INPUT');
    expect(code(await app.gql(STEP('reopenScorecard', true), { id: card.id, v: confirmed.version, r: '台账复核有误' }, { token: tok.assessor }))).toBe(
      'FORBIDDEN',
    );
    const reopened = ok(
      await app.gql(STEP('reopenScorecard', true), { id: card.id, v: confirmed.version, r: '台账复核有误' }, { token: tok.township }),
    ).reopenScorecard;
    expect(reopened.status).toBe('DRAFT');
    const [entry] = await app.query<{ username: string; before: { status: string }; after: { status: string; reason: string } }>(
      "select username, before, after from audit_log where operation = 'reopenScorecard' and target_id = ?",
      [card.id],
    );
    expect(entry).toEqual({
      username: 'township',
      before: expect.objectContaining({ status: 'CONFIRMED' }),
      after: expect.objectContaining({ status: 'DRAFT', reason: '台账复核有误' }),
    });
    const edited = ok(await app.gql(SET, { id: card.id, v: reopened.version, s: [{ indicator: 'ledger', score: 5 }] }, { token: tok.assessor })).setScores;
    expect(edited.total).toBe(93);
    const again = ok(await app.gql(STEP('submitScorecard'), { id: card.id, v: edited.version }, { token: tok.assessor })).submitScorecard;
    expect(ok(await app.gql(STEP('confirmScorecard'), { id: card.id, v: again.version }, { token: tok.township })).confirmScorecard.status).toBe('CONFIRMED');
  });

  it('refuses confirmation below the township, even to a role holding confirm', async () => {
    const s = await scheme();
    const card = (await cards(await openRound(s.id))).G1!;
    await ledger(card, 5);
    const submitted = ok(await app.gql(STEP('submitScorecard'), { id: card.id }, { token: tok.assessor })).submitScorecard;
    const role = await createRole(app, tok.admin!, { scope: 'ORG_SUBTREE', rules: [{ action: ['read', 'confirm'], subject: ['Scorecard'] }] });
    const user = await createUser(app, tok.admin!, { orgId: id.C!, roleIds: [role.id] });
    const res = await app.gql(STEP('confirmScorecard'), { id: card.id, v: submitted.version }, { token: await app.login(user.username, user.password) });
    expect(code(res)).toBe('FORBIDDEN');
    const [row] = await app.query<{ status: string }>('select status from scorecard where id = ?', [card.id]);
    expect(row!.status).toBe('SUBMITTED');
  });

  it('needs every MANUAL indicator scored before submission', async () => {
    const s = await scheme();
    const card = (await cards(await openRound(s.id))).G3!;
    const res = await app.gql(STEP('submitScorecard'), { id: card.id }, { token: tok.assessor });
    expect(code(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.extensions.fields!.map((f) => f.field)).toEqual(['ledger']);
  });
});

describe('ranking and summary', () => {
  it('ranks by total with ties sharing a rank', async () => {
    const res = ok(await app.gql(RANKING, { r: id.round }, { token: tok.township })).assessmentRanking;
    expect(res.total).toBe(4);
    expect(res.items.map((i: { rank: number; total: number; grade: string }) => [i.rank, i.total, i.grade])).toEqual([
      [1, 98, '优秀'],
      [2, 69.66, '合格'],
      [3, 6, '不合格'],
      [3, 6, '不合格'],
    ]);
    const page2 = ok(await app.gql(RANKING, { r: id.round, o: 2, l: 2 }, { token: tok.township })).assessmentRanking;
    expect(page2.items.map((i: { rank: number }) => i.rank)).toEqual([3, 3]);
    const failing = ok(await app.gql(RANKING, { r: id.round, f: { grade: '不合格' } }, { token: tok.township })).assessmentRanking;
    expect(failing.total).toBe(2);
    // "this org and below": the round's org holds all four; an id that is no org holds none
    const inOrg = ok(await app.gql(RANKING, { r: id.round, f: { orgId: id.C } }, { token: tok.township })).assessmentRanking;
    expect(inOrg.total).toBe(4);
    const nowhere = ok(await app.gql(RANKING, { r: id.round, f: { orgId: 'abc' } }, { token: tok.township })).assessmentRanking;
    expect(nowhere).toEqual({ total: 0, items: [] });
  });

  it('summarises per child org', async () => {
    const res = ok(await app.gql(SUMMARY, { r: id.round }, { token: tok.county })).assessmentSummary;
    expect(res).toEqual([
      {
        key: id.C,
        label: expect.any(String),
        count: 4,
        mean: 44.92,
        min: 6,
        max: 98,
        grades: [
          { grade: '优秀', count: 1 },
          { grade: '良好', count: 0 },
          { grade: '合格', count: 1 },
          { grade: '不合格', count: 2 },
        ],
      },
    ]);
  });
});

describe('annual from quarters', () => {
  it('takes weight × the mean of the confirmed quarterly totals, plus annual-only indicators; change against the previous quarter', async () => {
    const q = await scheme();
    const q3 = await openRound(q.id, '2025-Q3');
    const q4 = await openRound(q.id, '2025-Q4');
    for (const [round, score] of [
      [q3, 10],
      [q4, 10],
    ] as const) {
      const card = (await cards(round)).G2!;
      await ledger(card, score);
      const sub = ok(await app.gql(STEP('submitScorecard'), { id: card.id }, { token: tok.assessor })).submitScorecard;
      ok(await app.gql(STEP('confirmScorecard'), { id: card.id, v: sub.version }, { token: tok.township }));
    }
    // 2025-Q3: no lights, tasks or visits (its person was due and not visited: 0 %), the H2 survey (18) and the ledger (10): 28; 2025-Q4 98.
    const ranking = ok(await app.gql(RANKING, { r: q4, l: 1 }, { token: tok.assessor })).assessmentRanking;
    expect(ranking.items[0]).toMatchObject({ total: 98, previousTotal: 28, change: 70 });
    const annual = ok(
      await app.gql(
        SCHEME,
        {
          i: {
            code: `Y${++serial}-${Date.now()}`,
            name: '网格年度考核',
            periodType: 'YEAR',
            subjectType: 'GRID',
            quarterSchemeCode: q.code,
            quartersWeight: 0.8,
            indicators: [{ code: 'annual', name: '年度述职', maxScore: 20, weight: 1, kind: 'MANUAL' }],
          },
        },
        { token: tok.assessor },
      ),
    ).createAssessmentScheme;
    ok(await app.gql(PUBLISH, { id: annual.id }, { token: tok.assessor }));
    const year = await openRound(annual.id, '2025');
    const card = (await cards(year)).G2!;
    // 0.8 × (28 + 98) / 2 = 50.4; with the annual indicator's 15: 65.4 (合格).
    expect(card.fromQuarters).toBe(50.4);
    expect(await ledger(card, 15, 'annual')).toMatchObject({ total: 65.4, grade: '合格' });
    // G1 has no confirmed quarter: only its annual indicator counts.
    expect((await cards(year)).G1!.fromQuarters).toBeNull();
  });

  it('refuses a period that does not fit the scheme, and a draft scheme', async () => {
    const s = await scheme();
    expect(code(await app.gql(OPEN, { i: { schemeId: s.id, period: '2025', orgId: id.C } }, { token: tok.assessor }))).toBe('BAD_USER_INPUT');
    const draft = ok(
      await app.gql(
        SCHEME,
        { i: { code: `D${++serial}-${Date.now()}`, name: '草稿', periodType: 'QUARTER', subjectType: 'GRID', indicators: INDICATORS } },
        { token: tok.assessor },
      ),
    ).createAssessmentScheme;
    const res = await app.gql(OPEN, { i: { schemeId: draft.id, period: '2025-Q4', orgId: id.C } }, { token: tok.assessor });
    expect(res.errors![0]!.extensions.fields!.map((f) => f.field)).toEqual(['schemeId']);
    expect(code(await app.gql(OPEN, { i: { schemeId: s.id, period: '2025-Q4', orgId: id.C } }, { token: tok.township }))).toBe('FORBIDDEN');
  });

  it('keeps a deadline as a day and reads it back (the panel lists it)', async () => {
    const s = await scheme();
    const opened = ok(
      await app.gql(
        'mutation($i: OpenAssessmentRoundInput!) { openAssessmentRound(input: $i) { id deadline } }',
        {
          i: { schemeId: s.id, period: '2026-Q1', orgId: id.C, deadline: '2026-04-15' },
        },
        { token: tok.assessor },
      ),
    ).openAssessmentRound;
    expect(opened.deadline).toBe('2026-04-15');
    const read = ok(await app.gql('query($id: ID!) { assessmentRound(id: $id) { deadline } }', { id: opened.id }, { token: tok.assessor })).assessmentRound;
    expect(read.deadline).toBe('2026-04-15');
  });
});

describe('scope', () => {
  it('grid staff read only their own grids’ scorecards; out-of-scope ids are null', async () => {
    const county = await cards(id.round, tok.county);
    expect(Object.keys(county).sort()).toEqual(['G1', 'G2', 'G3', 'G4']);
    const worker = ok(await app.gql(CARDS, { f: { roundId: id.round } }, { token: tok.gridworker })).scorecards;
    expect(worker.total).toBe(0);
    const one = county.G1!.id;
    expect(ok(await app.gql('query($id: ID!) { scorecard(id: $id) { id } }', { id: one }, { token: tok.gridworker })).scorecard).toBeNull();
    expect(ok(await app.gql('query($id: ID!) { scorecard(id: $id) { id } }', { id: one }, { token: tok.community })).scorecard).toBeNull();
    expect(code(await app.gql(SET, { id: one, s: [{ indicator: 'ledger', score: 1 }] }, { token: tok.gridworker }))).toBe('NOT_FOUND');
    expect(code(await app.gql(SET, { id: one, s: [{ indicator: 'ledger', score: 1 }] }, { token: tok.county }))).toBe('FORBIDDEN');
    const [row] = await app.query<{ total: number }>('select total from scorecard where id = ?', [one]);
    expect(row!.total).toBe(69.66);
  });
});

describe('xlsx', () => {
  const EXPORT = 'query($r: ID!) { exportAssessmentRound(roundId: $r) { filename contentBase64 } }';
  const IMPORT =
    'mutation($r: ID!, $f: String!) { importAssessmentScores(roundId: $r, fileBase64: $f) { updated unchanged nothingWritten errors { row column message } } }';
  async function sheet(roundId: string) {
    const file = ok(await app.gql(EXPORT, { r: roundId }, { token: tok.assessor })).exportAssessmentRound;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.contentBase64, 'base64') as never);
    return wb;
  }
  const values = (wb: ExcelJS.Workbook) =>
    wb.worksheets[0]!.getSheetValues()
      .slice(1)
      .map((r) => (r as unknown[]).slice(1));

  it('exports subjects × indicators with totals and grades', async () => {
    const rowsOf = values(await sheet(id.round));
    expect(rowsOf[0]).toEqual([
      '编号',
      '考核对象',
      'green（green）',
      'closure（closure）',
      'ontime（ontime）',
      'visits（visits）',
      'survey（survey）',
      '台账规范（ledger）',
      '总分',
      '等级',
      '状态',
    ]);
    const c = await cards(id.round);
    const g1 = rowsOf.find((r) => r[0] === c.G1!.id)!;
    expect(g1.slice(2)).toEqual([15, 15, 3.33, 13.33, 15, 8, 69.66, '合格', 'DRAFT']);
    expect(rowsOf).toHaveLength(5);
  });

  it('imports MANUAL scores all or nothing, naming row and column', async () => {
    const s = await scheme();
    const round = await openRound(s.id);
    const wb = await sheet(round);
    const ws = wb.worksheets[0]!;
    const ledgerColumn = 8;
    ws.getRow(2).getCell(ledgerColumn).value = 7;
    ws.getRow(3).getCell(ledgerColumn).value = 11;
    const bad = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    const report = ok(await app.gql(IMPORT, { r: round, f: bad }, { token: tok.assessor, lang: 'en' })).importAssessmentScores;
    expect(report).toEqual({
      updated: 0,
      unchanged: 0,
      nothingWritten: true,
      errors: [{ row: 3, column: '台账规范（ledger）', message: 'the score of "台账规范" must lie between 0 and 10' }],
    });
    expect(
      (
        await app.query<{ n: number }>('select count(*)::int as n from scorecard where round_id = ? and scores @> \'[{"indicator": "ledger", "score": 7}]\'', [
          round,
        ])
      )[0]!.n,
    ).toBe(0);
    ws.getRow(3).getCell(ledgerColumn).value = 9;
    const good = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    const done = ok(await app.gql(IMPORT, { r: round, f: good }, { token: tok.assessor })).importAssessmentScores;
    expect(done).toMatchObject({ updated: 2, unchanged: 2, nothingWritten: false, errors: [] });
    const after = values(await sheet(round));
    expect([after[1]![7], after[2]![7]]).toEqual([7, 9]);
    // The township confirms but does not score: every row is one it may not write.
    const refused = ok(await app.gql(IMPORT, { r: round, f: good }, { token: tok.township })).importAssessmentScores;
    expect(refused.nothingWritten).toBe(true);
    expect(refused.errors.map((e: { row: number; column: string }) => `${e.row} ${e.column}`)).toEqual(['2 编号', '3 编号', '4 编号', '5 编号']);
  });

  it('takes back the exported sheet with submitted scorecards as they are, and refuses a change to one', async () => {
    const s = await scheme();
    const round = await openRound(s.id);
    const byGrid = await cards(round);
    await ledger(byGrid.G1!, 6);
    ok(await app.gql(STEP('submitScorecard'), { id: byGrid.G1!.id }, { token: tok.assessor }));
    const wb = await sheet(round);
    const ws = wb.worksheets[0]!;
    const g1 = values(wb).findIndex((r) => r[0] === byGrid.G1!.id) + 1;
    const other = g1 === 2 ? 3 : 2;
    ws.getRow(other).getCell(8).value = 4;
    const asExported = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    const done = ok(await app.gql(IMPORT, { r: round, f: asExported }, { token: tok.assessor })).importAssessmentScores;
    expect(done).toMatchObject({ updated: 1, unchanged: 3, nothingWritten: false, errors: [] });

    ws.getRow(g1).getCell(8).value = 9;
    const changed = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    const refused = ok(await app.gql(IMPORT, { r: round, f: changed }, { token: tok.assessor, lang: 'en' })).importAssessmentScores;
    expect(refused).toEqual({ updated: 0, unchanged: 0, nothingWritten: true, errors: [{ row: g1, column: '状态', message: 'the scorecard is SUBMITTED' }] });
    expect(values(await sheet(round))[g1 - 1]![7]).toBe(6);
  });
});

import type { EntityManager } from '@mikro-orm/postgresql';
import { callerFor, createContext, type Context } from '../../core/context';
import { seededRandom } from '../../core/random';
import { loadActor } from '../auth/actor';
import { FormFieldType, type FormField } from '../form/form.definition';
import { FormPeriodType } from '../form/form.entity';
import * as forms from '../form/form-template.service';
// A cycle (index → module → seed → index) that is safe: the registry is read only when the seed runs.
import { registry } from '../index';
import { IndicatorKind, MappingType, PeriodType, SubjectKind, AutoSource } from './assessment.scoring';
import * as assessments from './assessment.service';
import type { IndicatorShape } from './assessment.shapes';
import { Scorecard } from './assessment.entity';
import { registerComplaint, decideComplaint } from './consequence.service';
import { scoreAnswers } from './survey.questionnaire';
import * as surveys from './survey.service';

const TOWNSHIP_CODE = '110118001000'; // 鼓楼街道
const COMMUNITY_CODE = '110118001002'; // 鼓楼社区

/** Demo data goes through the services as the demo accounts would, so scores, flags and audit entries are what the API makes. */
async function as(em: EntityManager, username: string): Promise<Context> {
  const [user] = await em.execute<{ id: string }[]>('select id::text from user_account where username = ?', [username]);
  const actor = await loadActor(em, user!.id);
  return createContext(registry, em, { authSecret: '', tokenTtlHours: 0 } as never, {
    caller: callerFor(registry, actor),
    sessionId: null,
    lang: 'zh',
    ip: null,
  });
}

const auto = (code: string, name: string, source: AutoSource): IndicatorShape => ({
  code,
  name,
  maxScore: 20,
  weight: 1,
  kind: IndicatorKind.AUTO,
  source,
  mapping: { type: MappingType.LINEAR, from: 0, to: 100 },
});
const manual = (code: string, name: string, maxScore: number, guidance: string): IndicatorShape => ({
  code,
  name,
  maxScore,
  weight: 1,
  kind: IndicatorKind.MANUAL,
  guidance,
});

/** 网格员满意度测评: five SELECT questions 满意 (20) / 基本满意 (12) / 不满意 (0); k 满意 and 5 − k 基本满意 give 60 + 8k of 100. */
const OPTIONS = [
  { value: 'satisfied', label: '满意', labelEn: 'Satisfied', score: 20 },
  { value: 'fair', label: '基本满意', labelEn: 'Fairly satisfied', score: 12 },
  { value: 'unsatisfied', label: '不满意', labelEn: 'Unsatisfied', score: 0 },
];
const QUESTIONS: FormField[] = [
  ['网格员入户走访情况', 'Home visits by the grid worker'],
  ['矛盾纠纷化解情况', 'Settling disputes'],
  ['环境卫生治理情况', 'Sanitation'],
  ['安全隐患排查情况', 'Safety hazard checks'],
  ['服务群众态度', 'Attitude towards residents'],
].map(([label, labelEn], i) => ({ key: `q${i + 1}`, type: FormFieldType.SELECT, label: label!, labelEn, required: true, options: OPTIONS }));
/** Five households per grid: mostly satisfied (mean 93.6), or, for the grids below 80, 77.6. */
const SATISFIED = [5, 4, 4, 5, 3];
const UNSATISFIED = [2, 2, 3, 1, 3];

/**
 * 鼓楼街道: a quarterly grid scheme (green-light rate, closure, visit compliance, survey 20 each, and
 * 台账规范/走访记录 10 each by hand) and an annual one taking the quarters; 2026-Q3 confirmed and 2026-Q4 in
 * progress; the 2026 H1 and H2 surveys, 鼓楼社区's grid 1 below 80 in both, grid 3 in H1 and grid 4 in H2;
 * five complaints about gridworker2, four substantiated; the flags that follow.
 */
export async function seedAssessments(em: EntityManager): Promise<void> {
  const assessor = await as(em, 'assessor');
  const township = await as(em, 'township');
  const [gulou] = await em.execute<{ id: string }[]>('select id::text from org where code = ?', [TOWNSHIP_CODE]);
  const grids = await em.execute<{ id: string; number: number; community: string }[]>(
    'select g.id::text, g.number, o.code as community from grid g join org o on o.id = g.org_id where o.path like (select path from org where code = ?) || ? order by g.id',
    [TOWNSHIP_CODE, '%'],
  );
  const gridOf = (n: number) => grids.find((g) => g.community === COMMUNITY_CODE && g.number === n)!.id;
  const rnd = seededRandom(2026_10);

  const quarterly = await assessments.createScheme(assessor, {
    code: 'GRID_QUARTER',
    name: '网格季度考核',
    periodType: PeriodType.QUARTER,
    subjectType: SubjectKind.GRID,
    indicators: [
      auto('green', '平安报送绿灯率', AutoSource.GREEN_LIGHT_RATE),
      auto('closure', '事件结案率', AutoSource.CLOSURE_RATE),
      auto('visits', '重点人员走访率', AutoSource.VISIT_COMPLIANCE),
      auto('survey', '群众满意度', AutoSource.SURVEY_SCORE),
      manual('ledger', '台账规范', 10, '台账齐全、填写规范；缺一项扣 2 分'),
      manual('visitRecords', '走访记录', 10, '走访记录真实完整；弄虚作假不得分'),
    ],
  });
  await assessments.publishScheme(assessor, quarterly.id);
  const annual = await assessments.createScheme(assessor, {
    code: 'GRID_YEAR',
    name: '网格年度考核',
    periodType: PeriodType.YEAR,
    subjectType: SubjectKind.GRID,
    quarterSchemeCode: 'GRID_QUARTER',
    quartersWeight: 0.8,
    indicators: [manual('annualReport', '年度述职', 20, '年度述职评议')],
  });
  await assessments.publishScheme(assessor, annual.id);

  // Surveys first: the quarters' survey indicator takes their scores.
  // The questionnaire is a form template, which the admin keeps; a half-year survey fits the HALF_YEAR period type.
  const admin = await as(em, 'admin');
  const draft = await forms.createTemplate(admin, {
    code: 'SATISFACTION',
    name: '网格员满意度测评',
    periodType: FormPeriodType.HALF_YEAR,
    sections: [],
    fields: QUESTIONS,
  });
  const template = await forms.publishTemplate(admin, draft.id);
  const low: Record<string, number[]> = { '2026-H1': [gridOf(1), gridOf(3)].map(Number), '2026-H2': [gridOf(1), gridOf(4)].map(Number) };
  for (const period of ['2026-H1', '2026-H2']) {
    const round = await surveys.openSurveyRound(assessor, template.id, period, gulou!.id);
    for (const link of await surveys.linksOf(assessor, round)) {
      const ks = low[period]!.includes(Number(link.grid.id)) ? UNSATISFIED : SATISFIED;
      for (const k of ks) {
        const scored = scoreAnswers(
          template.fields,
          QUESTIONS.map((q, i) => ({ question: q.key, value: i < k ? 'satisfied' : 'fair' })),
        );
        await em.execute("insert into survey_response (round_id, grid_id, org_id, answers, score, channel) values (?, ?, ?, ?, ?, 'PAPER')", [
          round.id,
          link.grid.id,
          link.org.id,
          JSON.stringify(scored.answers),
          scored.score,
        ]);
      }
    }
    await surveys.closeSurveyRound(assessor, round.id);
  }

  const q3 = await assessments.openAssessmentRound(assessor, { schemeId: quarterly.id, period: '2026-Q3', orgId: gulou!.id });
  const q4 = await assessments.openAssessmentRound(assessor, { schemeId: quarterly.id, period: '2026-Q4', orgId: gulou!.id });
  const manualScores = () => [
    { indicator: 'ledger', score: rnd.int(14, 20) / 2, comment: null },
    { indicator: 'visitRecords', score: rnd.int(14, 20) / 2, comment: null },
  ];
  for (const card of await em.find(Scorecard, { round: q3.id }, { orderBy: { id: 'asc' } })) {
    const scored = await assessments.setScores(assessor, card.id, null, manualScores());
    await assessments.submitScorecard(assessor, scored.id);
    await assessments.confirmScorecard(township, scored.id);
  }
  await assessments.closeAssessmentRound(assessor, q3.id);
  // 2026-Q4 in progress: a third scored, some of those submitted.
  const q4Cards = await em.find(Scorecard, { round: q4.id }, { orderBy: { id: 'asc' } });
  for (const [i, card] of q4Cards.slice(0, Math.ceil(q4Cards.length / 3)).entries()) {
    await assessments.setScores(assessor, card.id, null, manualScores());
    if (i % 2 === 0) await assessments.submitScorecard(assessor, card.id);
  }

  const [worker2] = await em.execute<{ id: string }[]>("select id::text from user_account where username = 'gridworker2'");
  const complaints = [
    ['2026-02-11', '12345热线', '入户走访敷衍，未登记居民反映的问题'],
    ['2026-04-03', '来访', '多次电话联系不上网格员'],
    ['2026-06-19', '来信', '矛盾纠纷调解时态度生硬'],
    ['2026-08-27', '12345热线', '承诺上门处理漏水纠纷未兑现'],
    ['2026-10-15', '来访', '反映网格员未按时报送平安信息'],
  ];
  for (const [i, [date, source, text]] of complaints.entries()) {
    const c = await registerComplaint(township, { userId: worker2!.id, date: date!, source: source!, text: text! });
    if (i < 4) await decideComplaint(township, c.id, null, true, '经街道核查属实');
  }
  const other = await registerComplaint(township, { gridId: gridOf(3), date: '2026-09-02', source: '12345热线', text: '网格内楼道堆物长期无人处理' });
  await decideComplaint(township, other.id, null, false, '经核查已于投诉前清理，不属实');
}

import type { EntityManager } from '@mikro-orm/postgresql';
import { seededRandom } from '../../core/random';
import { Org, OrgLevel } from '../org/org.entity';
import { FormFieldType, type FormField } from './form.definition';
import { FormPeriodType, FormRule, FormTemplate, FormTemplateStatus, RuleSeverity } from './form.entity';
import { insertRound } from './form-submission.service';
import { SubmissionStatus } from './form.workflow';

export const MONTHLY_CODE = 'COMMUNITY_MONTHLY';
export const ANNUAL_CODE = 'COMMUNITY_ANNUAL';
export const CATEGORIES = ['城管', '计生', '党群', '经济'];

const int = (key: string, label: string, section: string, extra: Partial<FormField> = {}): FormField => ({
  key,
  type: FormFieldType.INTEGER,
  label,
  section,
  required: true,
  min: 0,
  unit: extra.unit ?? '人',
  ...extra,
});

/** 社区基本情况月报: households and people, events, and 民情日志 entries by category (a TABLE keyed by category). */
export const MONTHLY_FIELDS: FormField[] = [
  int('households', '户数', 'basic', { labelEn: 'Households', unit: '户' }),
  int('yearStartHouseholds', '年初户数', 'basic', { labelEn: 'Households at the start of the year', unit: '户', help: '应与上年年报的年末户数一致' }),
  int('registeredPopulation', '户籍人口', 'basic', { labelEn: 'Registered population' }),
  int('floatingPopulation', '流动人口', 'basic', { labelEn: 'Floating population' }),
  int('keyPersons', '重点人员', 'basic', { labelEn: 'Key persons' }),
  int('eventsReceived', '本月受理事件', 'events', { labelEn: 'Events received this month', unit: '件' }),
  int('eventsClosed', '本月办结事件', 'events', { labelEn: 'Events closed this month', unit: '件' }),
  int('eventsCumulative', '本年累计受理事件', 'events', { labelEn: 'Events received this year', unit: '件' }),
  {
    key: 'closureRate',
    type: FormFieldType.COMPUTED,
    label: '办结率',
    labelEn: 'Closure rate',
    section: 'events',
    unit: '%',
    expression: 'if(eventsReceived > 0, round(eventsClosed / eventsReceived * 100, 2), null)',
  },
  {
    key: 'diary',
    type: FormFieldType.TABLE,
    label: '民情日志',
    labelEn: 'Community diary',
    section: 'diary',
    rowKey: 'category',
    rows: CATEGORIES,
    columns: [
      { key: 'category', type: FormFieldType.SELECT, label: '类别', labelEn: 'Category', options: CATEGORIES.map((c) => ({ value: c, label: c })) },
      { key: 'count', type: FormFieldType.INTEGER, label: '条数', labelEn: 'Entries', min: 0 },
    ],
  },
  { key: 'notes', type: FormFieldType.TEXT, label: '情况说明', labelEn: 'Notes', section: 'diary' },
];

export const MONTHLY_SECTIONS = [
  { key: 'basic', label: '基本情况', labelEn: 'Basics' },
  { key: 'events', label: '事件办理', labelEn: 'Events' },
  { key: 'diary', label: '民情日志', labelEn: 'Diary' },
];

export const ANNUAL_FIELDS: FormField[] = [
  int('yearEndHouseholds', '年末户数', 'basic', { labelEn: 'Households at year end', unit: '户' }),
  int('yearEndPopulation', '年末常住人口', 'basic', { labelEn: 'Residents at year end' }),
];

/** The rules of the monthly report: the city's (at the root org) and one 鼓楼街道 adds for its communities. */
export const MONTHLY_RULES = [
  { code: 'CLOSED_LE_RECEIVED', expression: 'eventsClosed <= eventsReceived', severity: RuleSeverity.ERROR, message: '本月办结事件不能多于本月受理事件' },
  {
    code: 'CUMULATIVE_GE_PREV',
    expression: 'eventsCumulative >= prev(eventsCumulative)',
    severity: RuleSeverity.ERROR,
    message: '本年累计受理事件不能小于上月的累计数',
  },
  {
    code: 'YEAR_START_EQ_ANNUAL',
    expression: `yearStartHouseholds == value("${ANNUAL_CODE}", yearEndHouseholds, "Y-1")`,
    severity: RuleSeverity.ERROR,
    message: '年初户数应等于上年年报的年末户数',
  },
  {
    code: 'FLOATING_LE_2X',
    expression: 'floatingPopulation <= registeredPopulation * 2',
    severity: RuleSeverity.WARNING,
    message: '流动人口超过户籍人口的两倍，请说明原因',
  },
];
export const TOWNSHIP_RULE = {
  code: 'DIARY_MIN',
  expression: 'sum(diary.count) >= 4',
  severity: RuleSeverity.WARNING,
  message: '民情日志本月少于 4 条，请说明',
};

const at = (iso: string) => new Date(iso);

/**
 * Demo forms: the two templates, the 2025 annual report (approved), 2026-10 (approved) and 2026-11
 * over 鼓楼街道's communities, where most are handed in on time, some late, two returned and some
 * missing; 鼓楼社区 (the `community` account) still has 2026-11 to fill. A few statements per round.
 */
export async function seedForms(em: EntityManager): Promise<void> {
  const rnd = seededRandom(9);
  const root = await em.findOneOrFail(Org, { parent: null }, { orderBy: { id: 'asc' } });
  const township = await em.findOneOrFail(Org, { code: '110118001000' });
  const communities = await em.find(Org, { parent: township.id, level: OrgLevel.COMMUNITY }, { orderBy: { code: 'asc' } });
  const [townshipUser] = await em.execute<{ id: string }[]>("select id::text from user_account where username = 'township'");
  const published = at('2025-12-01T00:00:00Z');
  const monthly = em.create(FormTemplate, {
    code: MONTHLY_CODE,
    name: '社区基本情况月报',
    periodType: FormPeriodType.MONTH,
    revision: 1,
    status: FormTemplateStatus.PUBLISHED,
    publishedAt: published,
    sections: MONTHLY_SECTIONS,
    fields: MONTHLY_FIELDS,
  });
  const annual = em.create(FormTemplate, {
    code: ANNUAL_CODE,
    name: '社区基本情况年报',
    periodType: FormPeriodType.YEAR,
    revision: 1,
    status: FormTemplateStatus.PUBLISHED,
    publishedAt: published,
    sections: [{ key: 'basic', label: '基本情况', labelEn: 'Basics' }],
    fields: ANNUAL_FIELDS,
  });
  for (const r of MONTHLY_RULES) em.create(FormRule, { ...r, template: monthly, org: root });
  em.create(FormRule, { ...TOWNSHIP_RULE, template: monthly, org: township });
  await em.flush();

  // Per community: households at the end of 2025, and a base for each figure.
  const base = communities.map((c) => {
    const households = rnd.int(600, 2400);
    return { org: c, households, registered: Math.round(households * 2.6), floating: rnd.int(100, 900), keyPersons: rnd.int(0, 12) };
  });
  const monthValues = (b: (typeof base)[number], month: number, cumulativeBefore: number) => {
    const received = rnd.int(5, 40);
    const closed = received - rnd.int(0, 3);
    const diary = CATEGORIES.map((category) => ({ category, count: rnd.int(0, 9) }));
    return {
      households: b.households + month - 9,
      yearStartHouseholds: b.households,
      registeredPopulation: b.registered,
      floatingPopulation: b.floating,
      keyPersons: b.keyPersons,
      eventsReceived: received,
      eventsClosed: closed,
      eventsCumulative: cumulativeBefore + received,
      closureRate: Math.round((closed / received) * 10000) / 100,
      diary,
    };
  };

  const rounds = async (template: FormTemplate, period: string, dueAt: Date, openedAt: Date) => {
    const id = await insertRound(em, {
      template,
      period,
      org: township,
      targetLevel: OrgLevel.COMMUNITY,
      dueAt,
      openedById: townshipUser!.id,
      targetOrgIds: communities.map((c) => c.id),
      now: openedAt,
    });
    await em.execute('update task set reported_at = ?, dispatched_at = ? where id in (select task_id from form_submission where round_id = ?)', [
      openedAt,
      openedAt,
      id,
    ]);
    return id;
  };
  type Filled = { orgId: string; values: object; status: SubmissionStatus; submittedAt: Date | null; approvedAt: Date | null; returnReason?: string };
  const fill = async (roundId: string, rows: Filled[]) => {
    const filled = rows.filter((r) => r.status !== SubmissionStatus.DRAFT);
    if (!filled.length) return;
    await em.execute(
      `update form_submission s set values = v.values::jsonb, status = v.status::submission_status, submitted_at = v.submitted::timestamptz, first_submitted_at = v.submitted::timestamptz,
              approved_at = v.approved::timestamptz, approver_id = case when v.approved is null then null else ?::bigint end, return_reason = v.reason, version = 2
         from jsonb_to_recordset(?::jsonb) v(org_id bigint, values text, status text, submitted text, approved text, reason text)
        where s.round_id = ? and s.org_id = v.org_id`,
      [
        townshipUser!.id,
        JSON.stringify(
          filled.map((r) => ({
            org_id: Number(r.orgId),
            values: JSON.stringify(r.values),
            status: r.status,
            submitted: r.submittedAt?.toISOString() ?? null,
            approved: r.approvedAt?.toISOString() ?? null,
            reason: r.returnReason ?? null,
          })),
        ),
        roundId,
      ],
    );
    await em.execute(
      `insert into form_submission_history (submission_id, at, user_id, username, action, "from", "to", comment)
       select s.id, s.submitted_at, null::bigint, 'community', 'SUBMIT'::submission_action, 'DRAFT'::submission_status, 'SUBMITTED'::submission_status, null from form_submission s where s.round_id = ? and s.submitted_at is not null
       union all
       select s.id, s.approved_at, s.approver_id, 'township', 'APPROVE'::submission_action, 'SUBMITTED'::submission_status, 'APPROVED'::submission_status, null from form_submission s where s.round_id = ? and s.approved_at is not null
       union all
       select s.id, s.submitted_at + interval '1 day', ?::bigint, 'township', 'RETURN'::submission_action, 'SUBMITTED'::submission_status, 'RETURNED'::submission_status, s.return_reason from form_submission s where s.round_id = ? and s.status = 'RETURNED'`,
      [roundId, roundId, townshipUser!.id, roundId],
    );
    await em.execute(
      "update task t set status = 'CLOSED', closed_at = s.approved_at, resolved_at = s.approved_at from form_submission s where s.round_id = ? and s.task_id = t.id and s.approved_at is not null",
      [roundId],
    );
  };

  const annualRound = await rounds(annual, '2025', at('2026-01-31T16:00:00Z'), at('2026-01-05T01:00:00Z'));
  await fill(
    annualRound,
    base.map((b) => ({
      orgId: b.org.id,
      values: { yearEndHouseholds: b.households, yearEndPopulation: b.registered + b.floating },
      status: SubmissionStatus.APPROVED,
      submittedAt: at('2026-01-20T02:00:00Z'),
      approvedAt: at('2026-01-25T02:00:00Z'),
    })),
  );

  const october = await rounds(monthly, '2026-10', at('2026-11-05T09:00:00Z'), at('2026-10-25T01:00:00Z'));
  const cumulativeOctober = new Map<string, number>();
  await fill(
    october,
    base.map((b) => {
      const values = monthValues(b, 10, rnd.int(150, 300));
      cumulativeOctober.set(b.org.id, values.eventsCumulative);
      return { orgId: b.org.id, values, status: SubmissionStatus.APPROVED, submittedAt: at('2026-11-03T03:00:00Z'), approvedAt: at('2026-11-06T03:00:00Z') };
    }),
  );

  // 2026-11, due 2026-12-01 18:00 Beijing: on time, late, returned and missing ones; 鼓楼社区 (code …002) left to the demo.
  const november = await rounds(monthly, '2026-11', at('2026-12-01T10:00:00Z'), at('2026-11-25T01:00:00Z'));
  await fill(
    november,
    base.map((b, i): Filled => {
      const values = monthValues(b, 11, cumulativeOctober.get(b.org.id)!);
      if (b.org.code === '110118001002' || i % 7 === 6) return { orgId: b.org.id, values, status: SubmissionStatus.DRAFT, submittedAt: null, approvedAt: null };
      if (i % 7 === 5)
        return {
          orgId: b.org.id,
          values,
          status: SubmissionStatus.RETURNED,
          submittedAt: at('2026-11-30T02:00:00Z'),
          approvedAt: null,
          returnReason: '流动人口与上月差异较大，请核实',
        };
      if (i % 7 === 4) return { orgId: b.org.id, values, status: SubmissionStatus.SUBMITTED, submittedAt: at('2026-12-01T12:30:00Z'), approvedAt: null };
      if (i % 7 === 3) return { orgId: b.org.id, values, status: SubmissionStatus.SUBMITTED, submittedAt: at('2026-11-29T02:00:00Z'), approvedAt: null };
      return { orgId: b.org.id, values, status: SubmissionStatus.APPROVED, submittedAt: at('2026-11-28T02:00:00Z'), approvedAt: at('2026-11-30T06:00:00Z') };
    }),
  );
}

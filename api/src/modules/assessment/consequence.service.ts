import { subject as asSubject } from '@casl/ability';
import type { EntityManager } from '@mikro-orm/postgresql';
import { assertCan, findForWrite, findPage, findReadable, findReferenced } from '../../core/access';
import { isDate, isoDay } from '../../core/calendar';
import type { Context } from '../../core/context';
import { AppError, forbidden } from '../../core/errors';
import { t } from '../../core/i18n';
import { page } from '../../core/pagination';
import { FieldErrors, isId, text } from '../../core/validate';
import { audit } from '../audit/audit.service';
import { Grid } from '../grid/grid.entity';
import { Org } from '../org/org.entity';
import { subtreeCondition } from '../org/org.service';
import { User } from '../user/user.entity';
import { atConfirmLevel } from './assessment.policy';
import { Complaint, ComplaintStatus, ConsequenceFlag, ConsequenceRule, FlagStatus, RuleKind } from './consequence.entity';
import type { SurveyRound } from './survey.entity';
import { withRelation } from '../../core/rows';

// ---- evaluation ---------------------------------------------------------------------------------

interface Raise {
  rule: ConsequenceRule;
  userId: string;
  gridId: string | null;
  orgId: string;
  period: string;
  evidence: Record<string, unknown>;
}

/** Raises a flag unless the same rule already flagged the user for the period; audited as the rules' doing. */
async function raise(ctx: Context, em: EntityManager, r: Raise): Promise<void> {
  const [row] = await em.execute<{ id: string }[]>(
    `insert into consequence_flag (user_id, grid_id, org_id, rule_code, consequence, period, evidence)
     values (?, ?, ?, ?, ?, ?, ?) on conflict (user_id, rule_code, period) do nothing returning id::text`,
    [r.userId, r.gridId, r.orgId, r.rule.code, r.rule.consequence, r.period, JSON.stringify(r.evidence)],
  );
  if (row) {
    audit(ctx, em, {
      operation: 'raiseConsequenceFlag',
      targetType: 'ConsequenceFlag',
      targetId: row.id,
      after: { userId: r.userId, rule: r.rule.code, consequence: r.rule.consequence, period: r.period, evidence: r.evidence },
    });
  }
}

const rulesOf = (em: EntityManager, kinds: RuleKind[]) => em.find(ConsequenceRule, { kind: { $in: kinds }, enabled: true }, { orderBy: { id: 'asc' } });

/**
 * After a survey round closes: each grid of the round scoring below a SURVEY_BELOW threshold flags its
 * leader; a grid below a SURVEY_BELOW_BOTH_HALVES threshold in both halves of the year (the other half
 * from its closed rounds) flags its leader for the year. A grid without a leader flags its workers.
 */
export async function evaluateSurveyRound(ctx: Context, em: EntityManager, round: SurveyRound): Promise<void> {
  const rules = await rulesOf(em, [RuleKind.SURVEY_BELOW, RuleKind.SURVEY_BELOW_BOTH_HALVES]);
  if (!rules.length) return;
  const year = round.period.slice(0, 4);
  const grids = await em.execute<{ grid_id: string; org_id: string; user_ids: string[]; score: number; h1: number | null; h2: number | null }[]>(
    `select r.grid_id::text, g.org_id::text,
            case when g.leader_id is not null then array[g.leader_id::text]
                 else array(select w.user_id::text from user_grid w where w.grid_id = g.id order by w.user_id) end as user_ids,
            avg(r.score)::float as score,
            (select avg(x.score)::float from survey_response x join survey_round s on s.id = x.round_id
              where x.grid_id = r.grid_id and s.period = ? and (s.status = 'CLOSED' or s.id = ?)) as h1,
            (select avg(x.score)::float from survey_response x join survey_round s on s.id = x.round_id
              where x.grid_id = r.grid_id and s.period = ? and (s.status = 'CLOSED' or s.id = ?)) as h2
       from survey_response r join grid g on g.id = r.grid_id
      where r.round_id = ? group by r.grid_id, g.id, g.org_id, g.leader_id`,
    [`${year}-H1`, round.id, `${year}-H2`, round.id, round.id],
  );
  for (const g of grids) {
    for (const userId of g.user_ids) {
      for (const rule of rules) {
        const base = { rule, userId, gridId: g.grid_id, orgId: g.org_id };
        if (rule.kind === RuleKind.SURVEY_BELOW && g.score < rule.threshold) {
          await raise(ctx, em, {
            ...base,
            period: round.period,
            evidence: { surveyRoundId: round.id, period: round.period, gridId: g.grid_id, score: round2(g.score), threshold: rule.threshold },
          });
        }
        if (rule.kind === RuleKind.SURVEY_BELOW_BOTH_HALVES && g.h1 != null && g.h2 != null && g.h1 < rule.threshold && g.h2 < rule.threshold) {
          await raise(ctx, em, { ...base, period: year, evidence: { gridId: g.grid_id, h1: round2(g.h1), h2: round2(g.h2), threshold: rule.threshold } });
        }
      }
    }
  }
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** After a complaint about `userId` is substantiated: COMPLAINTS_AT_LEAST rules over that year's substantiated complaints naming the user. */
async function evaluateComplaints(ctx: Context, em: EntityManager, userId: string, year: string): Promise<void> {
  const rules = await rulesOf(em, [RuleKind.COMPLAINTS_AT_LEAST]);
  if (!rules.length) return;
  const complaints = await em.execute<{ id: string }[]>(
    "select id::text from complaint where user_id = ? and status = 'SUBSTANTIATED' and date between ? and ? order by date, id",
    [userId, `${year}-01-01`, `${year}-12-31`],
  );
  const [user] = await em.execute<{ org_id: string }[]>('select org_id::text from user_account where id = ?', [userId]);
  for (const rule of rules) {
    if (complaints.length >= rule.threshold) {
      await raise(ctx, em, {
        rule,
        userId,
        gridId: null,
        orgId: user!.org_id,
        period: year,
        evidence: { complaintIds: complaints.map((c) => c.id), count: complaints.length, threshold: rule.threshold },
      });
    }
  }
}

// ---- rules --------------------------------------------------------------------------------------

export const listRules = (ctx: Context) =>
  findPage(ctx, ConsequenceRule, 'ConsequenceRule', [], { offset: 0, limit: 100, orderBy: [{ id: 'asc' }] }).then((p) => p.items);

export async function updateRule(ctx: Context, id: string, version: number | null | undefined, threshold: number, enabled: boolean): Promise<ConsequenceRule> {
  return ctx.em.transactional(async (em) => {
    const rule = await findForWrite(ctx, em, ConsequenceRule, 'ConsequenceRule', 'update', id, { version });
    const errors = new FieldErrors();
    if (!Number.isFinite(threshold) || threshold < 0 || threshold > 100) errors.add('threshold', 'field.max', { max: 100 });
    errors.throwIfAny();
    const before = { threshold: rule.threshold, enabled: rule.enabled };
    Object.assign(rule, { threshold, enabled });
    await em.flush();
    audit(ctx, em, { operation: 'updateConsequenceRule', targetType: 'ConsequenceRule', targetId: rule.id, before, after: { threshold, enabled } });
    return rule;
  });
}

// ---- complaints ---------------------------------------------------------------------------------

export interface ComplaintFields {
  userId?: string | null;
  gridId?: string | null;
  date: string | Date;
  source: string;
  text: string;
}

export async function registerComplaint(ctx: Context, input: ComplaintFields): Promise<Complaint> {
  return ctx.em.transactional(async (em) => {
    const errors = new FieldErrors();
    const date = input.date ? isoDay(input.date) : '';
    if (!isDate(date)) errors.add('date', 'field.format');
    const source = text(errors, 'source', input.source, { required: true, max: 50 });
    const body = text(errors, 'text', input.text, { required: true, max: 5000 });
    if (!input.userId === !input.gridId) errors.add('userId', 'field.required');
    const user = input.userId ? await findReferenced(ctx, em, User, 'User', 'userId', input.userId) : null;
    const grid = input.gridId ? await findReferenced(ctx, em, Grid, 'Grid', 'gridId', input.gridId) : null;
    errors.throwIfAny();
    const org = await em.findOneOrFail(Org, (user?.org ?? grid!.org).id);
    assertCan(ctx, 'create', 'Complaint', { org: { id: org.id, path: org.path }, user: user && { id: user.id }, grid: grid && { id: grid.id } });
    const complaint = em.create(Complaint, { user, grid, org, date, source: source!, text: body! } as never);
    await em.flush();
    audit(ctx, em, {
      operation: 'registerComplaint',
      targetType: 'Complaint',
      targetId: complaint.id,
      after: { userId: user?.id ?? null, gridId: grid?.id ?? null, date, source },
    });
    return complaint;
  });
}

/** A higher level (a role holding `confirm` on complaints, at a township or above) decides, with a reason. */
export async function decideComplaint(
  ctx: Context,
  id: string,
  version: number | null | undefined,
  substantiated: boolean,
  reason: string,
): Promise<Complaint> {
  return ctx.em.transactional(async (em) => {
    const complaint = await findForWrite(ctx, em, Complaint, 'Complaint', 'confirm', id, { version, populate: ['org'] });
    if (!(await atConfirmLevel(ctx))) throw new AppError('FORBIDDEN', 'assessment.confirmLevel');
    if (complaint.status !== ComplaintStatus.PENDING) throw new AppError('CONFLICT', 'complaint.decided');
    const errors = new FieldErrors();
    const why = text(errors, 'reason', reason, { required: true, max: 2000 });
    errors.throwIfAny();
    Object.assign(complaint, {
      status: substantiated ? ComplaintStatus.SUBSTANTIATED : ComplaintStatus.UNSUBSTANTIATED,
      decisionReason: why,
      decidedBy: em.getReference(User, ctx.actor!.id),
      decidedAt: new Date(),
    });
    await em.flush();
    audit(ctx, em, {
      operation: 'decideComplaint',
      targetType: 'Complaint',
      targetId: complaint.id,
      before: { status: ComplaintStatus.PENDING },
      after: { status: complaint.status, reason: why },
    });
    if (substantiated && complaint.user) await evaluateComplaints(ctx, em, complaint.user.id, complaint.date.slice(0, 4));
    return complaint;
  });
}

export async function listComplaints(
  ctx: Context,
  filter: { orgId?: string; userId?: string; status?: ComplaintStatus } = {},
  offset?: number,
  limit?: number,
) {
  const conds: Record<string, unknown>[] = [];
  if (filter.orgId) conds.push(await subtreeCondition(ctx.em, filter.orgId, 'org'));
  if (filter.userId) conds.push({ user: isId(filter.userId) ? filter.userId : null });
  if (filter.status) conds.push({ status: filter.status });
  return findPage(ctx, Complaint, 'Complaint', conds, { ...page(offset, limit), orderBy: [{ date: 'desc' }, { id: 'desc' }] });
}

export const getComplaint = (ctx: Context, id: string) => findReadable(ctx, Complaint, 'Complaint', id);

// ---- flags --------------------------------------------------------------------------------------

export enum FlagAction {
  ACKNOWLEDGE = 'ACKNOWLEDGE',
  APPEAL = 'APPEAL',
  UPHOLD = 'UPHOLD',
  WITHDRAW = 'WITHDRAW',
}

/** Who moves a flag: the person flagged (`self`) or a higher level (`decide`). */
const FLAG_TRANSITIONS: readonly {
  action: FlagAction;
  from: FlagStatus;
  to: FlagStatus;
  by: 'self' | 'decide';
  field: 'selfReview' | 'appealReason' | 'decisionReason';
}[] = [
  { action: FlagAction.ACKNOWLEDGE, from: FlagStatus.OPEN, to: FlagStatus.ACKNOWLEDGED, by: 'self', field: 'selfReview' },
  { action: FlagAction.APPEAL, from: FlagStatus.OPEN, to: FlagStatus.APPEALED, by: 'self', field: 'appealReason' },
  { action: FlagAction.APPEAL, from: FlagStatus.ACKNOWLEDGED, to: FlagStatus.APPEALED, by: 'self', field: 'appealReason' },
  { action: FlagAction.UPHOLD, from: FlagStatus.APPEALED, to: FlagStatus.UPHELD, by: 'decide', field: 'decisionReason' },
  { action: FlagAction.WITHDRAW, from: FlagStatus.APPEALED, to: FlagStatus.WITHDRAWN, by: 'decide', field: 'decisionReason' },
];

function caslFlag(flag: ConsequenceFlag) {
  return asSubject('ConsequenceFlag', {
    id: flag.id,
    status: flag.status,
    org: { id: flag.org.id, path: flag.org.path },
    user: { id: flag.user.id },
    grid: flag.grid ? { id: flag.grid.id } : null,
  });
}

async function may(ctx: Context, flag: ConsequenceFlag, by: 'self' | 'decide'): Promise<boolean> {
  if (!ctx.actor) return false;
  if (by === 'self') return flag.user.id === ctx.actor.id && ctx.ability.can('update', caslFlag(flag));
  return ctx.ability.can('confirm', caslFlag(flag)) && (await atConfirmLevel(ctx));
}

export async function flagAllowedActions(ctx: Context, flag: ConsequenceFlag): Promise<FlagAction[]> {
  await withRelation(ctx.em, flag, 'org');
  const out: FlagAction[] = [];
  for (const t of FLAG_TRANSITIONS) if (t.from === flag.status && (await may(ctx, flag, t.by))) out.push(t.action);
  return out;
}

/** One step of a flag, with the text it needs; audited; flags are never deleted. */
export async function moveFlag(ctx: Context, id: string, version: number | null | undefined, action: FlagAction, words: string): Promise<ConsequenceFlag> {
  return ctx.em.transactional(async (em) => {
    const flag = await findForWrite(ctx, em, ConsequenceFlag, 'ConsequenceFlag', 'read', id, { version, populate: ['org'] });
    const move = FLAG_TRANSITIONS.find((m) => m.from === flag.status && m.action === action);
    if (!move) throw new AppError('CONFLICT', 'flag.illegalTransition', { action: t(`flag.action.${action}`), status: t(`flag.status.${flag.status}`) });
    if (!(await may(ctx, flag, move.by))) throw forbidden();
    const errors = new FieldErrors();
    const value = text(errors, 'text', words, { required: true, max: 5000 });
    errors.throwIfAny();
    const before = { status: flag.status };
    flag.status = move.to;
    flag[move.field] = value;
    if (move.by === 'decide') flag.decidedBy = em.getReference(User, ctx.actor!.id);
    await em.flush();
    audit(ctx, em, {
      operation: `${action.toLowerCase()}ConsequenceFlag`,
      targetType: 'ConsequenceFlag',
      targetId: flag.id,
      before,
      after: { status: flag.status, [move.field]: value },
    });
    return flag;
  });
}

export async function listFlags(ctx: Context, filter: { orgId?: string; userId?: string; status?: FlagStatus } = {}, offset?: number, limit?: number) {
  const conds: Record<string, unknown>[] = [];
  if (filter.orgId) conds.push(await subtreeCondition(ctx.em, filter.orgId, 'org'));
  if (filter.userId) conds.push({ user: isId(filter.userId) ? filter.userId : null });
  if (filter.status) conds.push({ status: filter.status });
  return findPage(ctx, ConsequenceFlag, 'ConsequenceFlag', conds, {
    ...page(offset, limit),
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    populate: ['org'],
  });
}

export const getFlag = (ctx: Context, id: string) => findReadable(ctx, ConsequenceFlag, 'ConsequenceFlag', id);

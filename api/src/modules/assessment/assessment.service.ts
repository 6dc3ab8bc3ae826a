import type { EntityManager } from '@mikro-orm/postgresql';
import { assertCan, findForWrite, findPage, findReadable, findReferenced, scopedSelect } from '../../core/access';
import { isoDay } from '../../core/calendar';
import type { Context } from '../../core/context';
import { AppError, badField, forbidden } from '../../core/errors';
import { t } from '../../core/i18n';
import { like, page } from '../../core/pagination';
import { subtreeRange } from '../../core/rules';
import { FieldErrors, isId, text } from '../../core/validate';
import { audit } from '../audit/audit.service';
import { Grid } from '../grid/grid.entity';
import { Org, OrgLevel } from '../org/org.entity';
import { subtreeCondition } from '../org/org.service';
import { User } from '../user/user.entity';
import { gridFigures, meanFigures, type Figures } from './assessment.figures';
import { AssessmentRound, AssessmentScheme, RoundStatus, Scorecard } from './assessment.entity';
import type { AssessmentRoundFilter, AssessmentSchemeFilter, AssessmentSchemeInput, OpenAssessmentRoundInput, ScorecardFilter } from './assessment.inputs';
import {
  AutoSource,
  DEFAULT_GRADES,
  gradeOf,
  IndicatorKind,
  mapFigure,
  MappingType,
  periodFits,
  PeriodType,
  quartersShare,
  round2,
  SubjectKind,
  totalOf,
  type GradeBand,
  type Indicator,
  type Score,
} from './assessment.scoring';
import type { ScoreInput } from './assessment.shapes';
import { scorecardActions, scorecardTransition, ScorecardAction, ScorecardStatus } from './assessment.workflow';
import { asCaslScorecard, atConfirmLevel, holds } from './assessment.policy';
import { withRelation } from '../../core/rows';

// ---- schemes ------------------------------------------------------------------------------------

const CODE = /^[A-Za-z0-9_-]{1,50}$/;

function validIndicators(errors: FieldErrors, indicators: Indicator[]): Indicator[] {
  const codes = new Set<string>();
  const out: Indicator[] = [];
  indicators.forEach((i, n) => {
    const at = `indicators.${n}`;
    const code = i.code?.trim() ?? '';
    const name = text(errors, `${at}.name`, i.name, { required: true });
    if (!CODE.test(code) || codes.has(code)) errors.add(`${at}.code`, 'assessment.indicators');
    codes.add(code);
    if (!(i.maxScore > 0) || i.maxScore > 1000) errors.add(`${at}.maxScore`, 'assessment.indicators');
    if (!(i.weight >= 0) || i.weight > 100) errors.add(`${at}.weight`, 'field.max', { max: 100 });
    if (i.kind === IndicatorKind.AUTO && !i.source) errors.add(`${at}.source`, 'assessment.indicators');
    if (i.mapping?.type === MappingType.LINEAR && (i.mapping.from ?? 0) >= (i.mapping.to ?? 100)) errors.add(`${at}.mapping`, 'field.format');
    if (i.mapping?.type === MappingType.THRESHOLDS && !i.mapping.steps?.length) errors.add(`${at}.mapping`, 'field.required');
    const guidance = text(errors, `${at}.guidance`, i.guidance, { max: 2000 });
    out.push({
      code,
      name: name ?? '',
      maxScore: i.maxScore,
      weight: i.weight,
      guidance,
      kind: i.kind,
      source: i.kind === IndicatorKind.AUTO ? i.source : null,
      mapping:
        i.kind === IndicatorKind.AUTO
          ? i.mapping
            ? { ...i.mapping, steps: i.mapping.steps?.map((s) => ({ min: s.min, score: s.score })) ?? null }
            : null
          : null,
    });
  });
  if (!indicators.length) errors.add('indicators', 'field.required');
  return out;
}

function validGrades(errors: FieldErrors, grades: GradeBand[] | null | undefined): GradeBand[] {
  if (!grades) return DEFAULT_GRADES;
  const mins = new Set(grades.map((g) => g.min));
  if (!grades.length || mins.size !== grades.length || grades.some((g) => !g.grade?.trim() || g.grade.length > 20)) errors.add('grades', 'assessment.grades');
  return [...grades].map((g) => ({ grade: g.grade.trim(), min: g.min })).sort((a, b) => b.min - a.min);
}

async function schemeFields(em: EntityManager, input: AssessmentSchemeInput) {
  const errors = new FieldErrors();
  const name = text(errors, 'name', input.name, { required: true });
  if (!CODE.test(input.code ?? '')) errors.add('code', 'field.format');
  const indicators = validIndicators(errors, input.indicators ?? []);
  const grades = validGrades(errors, input.grades);
  let quarterSchemeCode: string | null = null;
  let quartersWeight: number | null = null;
  if (input.periodType === PeriodType.YEAR && input.quarterSchemeCode) {
    const quarterly = await em.findOne(AssessmentScheme, { code: input.quarterSchemeCode, periodType: PeriodType.QUARTER }, { orderBy: { revision: 'desc' } });
    if (!quarterly) errors.add('quarterSchemeCode', 'field.unknown');
    else if (quarterly.subjectType !== input.subjectType) errors.add('quarterSchemeCode', 'assessment.subjectType');
    quarterSchemeCode = input.quarterSchemeCode;
    quartersWeight = input.quartersWeight ?? 1;
    if (quartersWeight < 0 || quartersWeight > 10) errors.add('quartersWeight', 'field.max', { max: 10 });
  }
  errors.throwIfAny();
  return { code: input.code, name: name!, periodType: input.periodType, subjectType: input.subjectType, indicators, grades, quarterSchemeCode, quartersWeight };
}

export function listSchemes(ctx: Context, filter: AssessmentSchemeFilter = {}, offset?: number, limit?: number) {
  const conds: Record<string, unknown>[] = [];
  if (filter.code) conds.push({ code: filter.code });
  if (filter.published != null) conds.push({ publishedAt: filter.published ? { $ne: null } : null });
  return findPage(ctx, AssessmentScheme, 'AssessmentScheme', conds, {
    ...page(offset, limit),
    orderBy: [{ code: 'asc' }, { revision: 'desc' }, { id: 'asc' }],
  });
}

export const getScheme = (ctx: Context, id: string) => findReadable(ctx, AssessmentScheme, 'AssessmentScheme', id);

/** A draft scheme: a new code starts at revision 1, an existing code gets its next revision. */
export async function createScheme(ctx: Context, input: AssessmentSchemeInput): Promise<AssessmentScheme> {
  return ctx.em.transactional(async (em) => {
    const fields = await schemeFields(em, input);
    assertCan(ctx, 'create', 'AssessmentScheme', { code: fields.code });
    const [{ revision }] = await em.execute<{ revision: number }[]>(
      'select coalesce(max(revision), 0)::int + 1 as revision from assessment_scheme where code = ?',
      [fields.code],
    );
    const scheme = em.create(AssessmentScheme, { ...fields, revision } as never);
    await em.flush();
    audit(ctx, em, { operation: 'createAssessmentScheme', targetType: 'AssessmentScheme', targetId: scheme.id, after: { ...fields, revision } });
    return scheme;
  });
}

export async function updateScheme(ctx: Context, id: string, input: AssessmentSchemeInput, version?: number | null): Promise<AssessmentScheme> {
  return ctx.em.transactional(async (em) => {
    const scheme = await findForWrite(ctx, em, AssessmentScheme, 'AssessmentScheme', 'update', id, { version });
    if (scheme.publishedAt) throw new AppError('CONFLICT', 'assessment.published');
    const fields = await schemeFields(em, input);
    if (fields.code !== scheme.code) throw badField('code', 'field.format');
    em.assign(scheme, fields);
    await em.flush();
    audit(ctx, em, { operation: 'updateAssessmentScheme', targetType: 'AssessmentScheme', targetId: scheme.id, after: fields });
    return scheme;
  });
}

export async function publishScheme(ctx: Context, id: string, version?: number | null): Promise<AssessmentScheme> {
  return ctx.em.transactional(async (em) => {
    const scheme = await findForWrite(ctx, em, AssessmentScheme, 'AssessmentScheme', 'update', id, { version });
    if (scheme.publishedAt) throw new AppError('CONFLICT', 'assessment.published');
    scheme.publishedAt = new Date();
    await em.flush();
    audit(ctx, em, {
      operation: 'publishAssessmentScheme',
      targetType: 'AssessmentScheme',
      targetId: scheme.id,
      after: { code: scheme.code, revision: scheme.revision },
    });
    return scheme;
  });
}

// ---- rounds -------------------------------------------------------------------------------------

interface Subject {
  key: string;
  kind: SubjectKind;
  orgId: string;
  gridId: string | null;
  userId: string | null;
  name: string;
  /** The grids whose figures it takes. */
  gridIds: string[];
}

/** Every subject of `org`'s subtree the caller may reach: its grids, the users working in them, or its child orgs. */
async function subjectsOf(ctx: Context, em: EntityManager, kind: SubjectKind, org: Org): Promise<Subject[]> {
  const scope = ctx.where('read', 'Grid');
  if (!scope) return [];
  const grids = scopedSelect(em, Grid, scope, [{ org: { path: subtreeRange(org.path) } }]);
  if (kind === SubjectKind.GRID) {
    const rows = await em.execute<{ id: string; org_id: string; name: string }[]>(
      `select g.id::text, g.org_id::text, o.name || ' ' || g.name as name from grid g join org o on o.id = g.org_id where g.id in (${grids.sql}) order by o.path, g.number`,
      grids.params,
    );
    return rows.map((r) => ({ key: `GRID:${r.id}`, kind, orgId: r.org_id, gridId: r.id, userId: null, name: r.name, gridIds: [r.id] }));
  }
  if (kind === SubjectKind.USER) {
    // A grid worker is scored through the grids the caller reaches: no account read is needed (an assessor has none).
    const rows = await em.execute<{ id: string; org_id: string; name: string; grid_ids: string[] }[]>(
      `select u.id::text, u.org_id::text, u.name, array_agg(w.grid_id::text order by w.grid_id) as grid_ids
         from (select user_id, grid_id from user_grid where grid_id in (${grids.sql})
               union select leader_id, id from grid where leader_id is not null and id in (${grids.sql})) w
         join user_account u on u.id = w.user_id
        group by u.id order by u.name, u.id`,
      [...grids.params, ...grids.params],
    );
    return rows.map((r) => ({ key: `USER:${r.id}`, kind, orgId: r.org_id, gridId: null, userId: r.id, name: r.name, gridIds: r.grid_ids }));
  }
  const orgScope = ctx.where('read', 'Org');
  if (!orgScope) return [];
  const children = await em.find(Org, { $and: [{ parent: org.id, level: { $ne: OrgLevel.DEPARTMENT } }, orgScope] } as never, { orderBy: { name: 'asc' } });
  const out: Subject[] = [];
  for (const c of children) {
    const rows = await em.execute<{ id: string }[]>(
      `select g.id::text from grid g join org o on o.id = g.org_id where g.id in (${grids.sql}) and o.path >= ? and o.path < ?`,
      [...grids.params, c.path, `${c.path.slice(0, -1)}0`],
    );
    out.push({ key: `ORG:${c.id}`, kind, orgId: c.id, gridId: null, userId: null, name: c.name, gridIds: rows.map((r) => r.id) });
  }
  return out;
}

const sourcesOf = (scheme: AssessmentScheme) => new Set(scheme.indicators.filter((i) => i.kind === IndicatorKind.AUTO).map((i) => i.source!));

/** AUTO scores from `figures`, MANUAL scores kept from `previous`. */
function scoresFor(scheme: AssessmentScheme, figures: Figures, previous: Score[]): Score[] {
  const kept = new Map(previous.map((s) => [s.indicator, s]));
  return scheme.indicators.map((i) => {
    if (i.kind === IndicatorKind.MANUAL) return { indicator: i.code, score: kept.get(i.code)?.score ?? null, comment: kept.get(i.code)?.comment ?? null };
    const figure = figures[i.source as AutoSource] ?? null;
    return { indicator: i.code, score: mapFigure(i, figure), comment: null, figure };
  });
}

export function settle(card: Scorecard, scheme: AssessmentScheme) {
  card.total = totalOf(scheme.indicators, card.scores, card.fromQuarters ?? null);
  card.grade = gradeOf(scheme.grades, card.total);
}

/** A YEAR scheme's quarter share per subject key: weight × mean of the confirmed totals of its quarterly scheme in that year. */
async function quarterShares(em: EntityManager, scheme: AssessmentScheme, year: string, keys: string[]): Promise<Map<string, number | null>> {
  const out = new Map<string, number | null>();
  if (!scheme.quarterSchemeCode || !keys.length) return out;
  const rows = await em.execute<{ subject_key: string; totals: number[] }[]>(
    `select s.subject_key, array_agg(s.total order by r.period) as totals
       from scorecard s join assessment_round r on r.id = s.round_id join assessment_scheme q on q.id = r.scheme_id
      where q.code = ? and r.period like ? and s.status = 'CONFIRMED' and s.subject_key in (${keys.map(() => '?').join(', ')})
      group by s.subject_key`,
    [scheme.quarterSchemeCode, `${year}-Q%`, ...keys],
  );
  for (const r of rows) out.set(r.subject_key, quartersShare(scheme.quartersWeight ?? 1, r.totals.map(Number)));
  return out;
}

/** Recomputes the AUTO scores (and quarter shares) of `cards`, all of `round`, from the other modules' figures. */
async function computeAuto(ctx: Context, em: EntityManager, round: AssessmentRound, scheme: AssessmentScheme, cards: { card: Scorecard; gridIds: string[] }[]) {
  const sources = sourcesOf(scheme);
  const perGrid = sources.size ? await gridFigures(ctx, round.org.id, round.period, sources) : new Map<string, Figures>();
  const shares =
    scheme.periodType === PeriodType.YEAR
      ? await quarterShares(
          em,
          scheme,
          round.period,
          cards.map((c) => c.card.subjectKey),
        )
      : new Map();
  const now = new Date();
  for (const { card, gridIds } of cards) {
    card.scores = scoresFor(scheme, meanFigures(perGrid, gridIds, sources), card.scores ?? []);
    if (scheme.quarterSchemeCode) card.fromQuarters = shares.get(card.subjectKey) ?? null;
    card.autoComputedAt = now;
    settle(card, scheme);
  }
}

async function gridIdsOfCards(em: EntityManager, round: AssessmentRound, cards: Scorecard[]): Promise<Map<string, string[]>> {
  const org = await em.findOneOrFail(Org, round.org.id);
  const out = new Map<string, string[]>();
  for (const c of cards) {
    if (c.grid) out.set(c.id, [c.grid.id]);
    else if (c.user) {
      const rows = await em.execute<{ id: string }[]>(
        `select g.id::text from grid g join org o on o.id = g.org_id where o.path >= ? and o.path < ?
            and (g.leader_id = ? or g.id in (select grid_id from user_grid where user_id = ?))`,
        [org.path, `${org.path.slice(0, -1)}0`, c.user.id, c.user.id],
      );
      out.set(
        c.id,
        rows.map((r) => r.id),
      );
    } else {
      const sub = await em.findOneOrFail(Org, c.org.id);
      const rows = await em.execute<{ id: string }[]>('select g.id::text from grid g join org o on o.id = g.org_id where o.path >= ? and o.path < ?', [
        sub.path,
        `${sub.path.slice(0, -1)}0`,
      ]);
      out.set(
        c.id,
        rows.map((r) => r.id),
      );
    }
  }
  return out;
}

/** One scorecard per subject of the org subtree, AUTO scores computed now. */
export async function openAssessmentRound(ctx: Context, input: OpenAssessmentRoundInput): Promise<AssessmentRound> {
  return ctx.em.transactional(async (em) => {
    const errors = new FieldErrors();
    const scheme = await findReferenced(ctx, em, AssessmentScheme, 'AssessmentScheme', 'schemeId', input.schemeId);
    const org = await findReferenced(ctx, em, Org, 'Org', 'orgId', input.orgId);
    if (!scheme.publishedAt) errors.add('schemeId', 'assessment.notPublished');
    if (!periodFits(scheme.periodType, input.period ?? '')) errors.add('period', 'assessment.period');
    errors.throwIfAny();
    assertCan(ctx, 'create', 'AssessmentRound', { org: { id: org.id, path: org.path } });
    if (await em.count(AssessmentRound, { scheme, period: input.period, org })) {
      throw new AppError('CONFLICT', 'conflict.duplicate', { field: 'period' }, { fields: [{ field: 'period', message: input.period }] });
    }
    const round = em.create(AssessmentRound, { scheme, period: input.period, org, deadline: input.deadline ? isoDay(input.deadline) : null } as never);
    const subjects = await subjectsOf(ctx, em, scheme.subjectType, org);
    const cards = subjects.map((s) => ({
      card: em.create(Scorecard, {
        round,
        org: em.getReference(Org, s.orgId),
        subjectType: s.kind,
        grid: s.gridId ? em.getReference(Grid, s.gridId) : null,
        user: s.userId ? em.getReference(User, s.userId) : null,
        subjectKey: s.key,
        subjectName: s.name,
        scores: [],
        total: 0,
      } as never),
      gridIds: s.gridIds,
    }));
    await computeAuto(ctx, em, round, scheme, cards);
    await em.flush();
    audit(ctx, em, {
      operation: 'openAssessmentRound',
      targetType: 'AssessmentRound',
      targetId: round.id,
      after: { schemeId: scheme.id, period: round.period, orgId: org.id, scorecards: cards.length },
    });
    return round;
  });
}

/** Recomputes the AUTO scores of the round's scorecards still in DRAFT that the caller may update; returns how many. */
export async function refreshAutoScores(ctx: Context, roundId: string): Promise<number> {
  return ctx.em.transactional(async (em) => {
    const round = await findForWrite(ctx, em, AssessmentRound, 'AssessmentRound', 'update', roundId, { populate: ['scheme', 'org'] });
    if (round.status !== RoundStatus.OPEN) throw new AppError('CONFLICT', 'assessment.roundClosed');
    const scope = ctx.where('update', 'Scorecard');
    const cards = scope ? await em.find(Scorecard, { $and: [{ round, status: ScorecardStatus.DRAFT }, scope] } as never) : [];
    const grids = await gridIdsOfCards(em, round, cards);
    await computeAuto(
      ctx,
      em,
      round,
      round.scheme,
      cards.map((card) => ({ card, gridIds: grids.get(card.id) ?? [] })),
    );
    await em.flush();
    audit(ctx, em, { operation: 'refreshAutoScores', targetType: 'AssessmentRound', targetId: round.id, after: { scorecards: cards.length } });
    return cards.length;
  });
}

export async function closeAssessmentRound(ctx: Context, roundId: string, version?: number | null): Promise<AssessmentRound> {
  return ctx.em.transactional(async (em) => {
    const round = await findForWrite(ctx, em, AssessmentRound, 'AssessmentRound', 'update', roundId, { version });
    if (round.status !== RoundStatus.OPEN) throw new AppError('CONFLICT', 'assessment.roundClosed');
    round.status = RoundStatus.CLOSED;
    await em.flush();
    audit(ctx, em, { operation: 'closeAssessmentRound', targetType: 'AssessmentRound', targetId: round.id, after: { status: round.status } });
    return round;
  });
}

export async function listRounds(ctx: Context, filter: AssessmentRoundFilter = {}, offset?: number, limit?: number) {
  const conds: Record<string, unknown>[] = [];
  if (filter.orgId) conds.push(await subtreeCondition(ctx.em, filter.orgId, 'org'));
  if (filter.period) conds.push({ period: filter.period });
  if (filter.schemeId) conds.push({ scheme: isId(filter.schemeId) ? filter.schemeId : null });
  return findPage(ctx, AssessmentRound, 'AssessmentRound', conds, {
    ...page(offset, limit),
    orderBy: [{ period: 'desc' }, { id: 'desc' }],
    populate: ['scheme'],
  });
}

export const getRound = (ctx: Context, id: string) => findReadable(ctx, AssessmentRound, 'AssessmentRound', id);

// ---- scorecards ---------------------------------------------------------------------------------

export async function listScorecards(ctx: Context, filter: ScorecardFilter = {}, offset?: number, limit?: number) {
  const conds: Record<string, unknown>[] = [];
  if (filter.roundId) conds.push({ round: isId(filter.roundId) ? filter.roundId : null });
  if (filter.orgId) conds.push(await subtreeCondition(ctx.em, filter.orgId, 'org'));
  if (filter.gridId) conds.push({ grid: isId(filter.gridId) ? filter.gridId : null });
  if (filter.status?.length) conds.push({ status: { $in: filter.status } });
  if (filter.grade) conds.push({ grade: filter.grade });
  if (filter.q?.trim()) conds.push({ subjectName: { $ilike: like(filter.q.trim()) } });
  // allowedActions and period read the org and round of every card: loaded with the page, not one query per card.
  return findPage(ctx, Scorecard, 'Scorecard', conds, {
    ...page(offset, limit),
    orderBy: [{ subjectName: 'asc' }, { id: 'asc' }],
    populate: ['org', 'round'],
  });
}

export const getScorecard = (ctx: Context, id: string) => findReadable(ctx, Scorecard, 'Scorecard', id);

export async function scorecardAllowedActions(ctx: Context, card: Scorecard): Promise<ScorecardAction[]> {
  if (!ctx.actor) return [];
  await withRelation(ctx.em, card, 'org');
  await withRelation(ctx.em, card, 'round');
  if (card.round.status !== RoundStatus.OPEN) return [];
  const can = { update: await holds(ctx, card, 'update'), confirm: await holds(ctx, card, 'confirm') };
  return scorecardActions(card.status, (c) => can[c]);
}

/**
 * One workflow step on a scorecard: CONFLICT when the step is illegal in its status (or the round is
 * closed, or `version` is stale), FORBIDDEN when the caller lacks the capability or the level;
 * `change` edits the card before it is settled; one transaction with its audit entry.
 */
async function step(
  ctx: Context,
  id: string,
  version: number | null | undefined,
  action: ScorecardAction,
  change: (card: Scorecard, em: EntityManager) => Promise<Record<string, unknown>> | Record<string, unknown> = () => ({}),
): Promise<Scorecard> {
  return ctx.em.transactional(async (em) => {
    const card = await findForWrite(ctx, em, Scorecard, 'Scorecard', 'read', id, { version, populate: ['org', 'round', 'round.scheme'] });
    if (card.round.status !== RoundStatus.OPEN) throw new AppError('CONFLICT', 'assessment.roundClosed');
    const move = scorecardTransition(card.status, action);
    if (!move)
      throw new AppError('CONFLICT', 'assessment.illegalTransition', {
        action: t(`assessment.action.${action}`),
        status: t(`assessment.cardStatus.${card.status}`),
      });
    if (!ctx.ability.can(move.by, asCaslScorecard(card))) throw forbidden();
    if (move.by === 'confirm' && !(await atConfirmLevel(ctx))) throw new AppError('FORBIDDEN', 'assessment.confirmLevel');
    const before = { status: card.status, total: card.total, grade: card.grade ?? null };
    const details = await change(card, em);
    card.status = move.to;
    const now = new Date();
    if (action === ScorecardAction.SUBMIT) Object.assign(card, { submittedAt: now, submittedBy: em.getReference(User, ctx.actor!.id) });
    if (action === ScorecardAction.CONFIRM) Object.assign(card, { confirmedAt: now, confirmedBy: em.getReference(User, ctx.actor!.id) });
    if (move.to === ScorecardStatus.DRAFT && action !== ScorecardAction.SCORE) Object.assign(card, { confirmedAt: null, confirmedBy: null });
    settle(card, card.round.scheme);
    await em.flush();
    audit(ctx, em, {
      operation: `${action.toLowerCase()}Scorecard`,
      targetType: 'Scorecard',
      targetId: card.id,
      before,
      after: { status: card.status, total: card.total, grade: card.grade ?? null, ...details },
    });
    return card;
  });
}

/**
 * Checks MANUAL scores against the scheme (0..maxScore, a comment of at most 500 characters);
 * `fieldOf` names where each problem goes. Returns the scores to apply, by indicator code.
 */
export function checkScores(indicators: Indicator[], scores: ScoreInput[], errors: FieldErrors, fieldOf: (n: number, s: ScoreInput) => string) {
  const byCode = new Map(indicators.map((i) => [i.code, i]));
  const given = new Map<string, { score: number | null; comment: string | null }>();
  scores.forEach((s, n) => {
    const indicator = byCode.get(s.indicator);
    const field = fieldOf(n, s);
    if (!indicator) return errors.add(field, 'assessment.unknownIndicator', { indicator: s.indicator });
    if (indicator.kind === IndicatorKind.AUTO) return errors.add(field, 'assessment.autoIndicator', { indicator: indicator.name });
    if (s.score != null && (!Number.isFinite(s.score) || s.score < 0 || s.score > indicator.maxScore)) {
      return errors.add(field, 'assessment.scoreRange', { indicator: indicator.name, max: indicator.maxScore });
    }
    const comment = text(errors, `${field}.comment`, s.comment, { max: 500 });
    given.set(s.indicator, { score: s.score == null ? null : round2(s.score), comment });
  });
  return given;
}

/** Puts checked scores on the card (keeping AUTO scores and indicators not given); the caller settles the total. */
export function applyScores(card: Scorecard, indicators: Indicator[], given: Map<string, { score: number | null; comment: string | null }>) {
  card.scores = indicators.map((i) => {
    const old = card.scores.find((s) => s.indicator === i.code) ?? { indicator: i.code, score: null };
    const next = given.get(i.code);
    return next ? { ...old, score: next.score, comment: next.comment } : old;
  });
}

/** MANUAL scores within 0..maxScore, each with an optional comment; BAD_USER_INPUT names the indicator, and nothing is written. */
export function setScores(ctx: Context, id: string, version: number | null | undefined, scores: ScoreInput[]): Promise<Scorecard> {
  return step(ctx, id, version, ScorecardAction.SCORE, (card) => {
    const errors = new FieldErrors();
    const given = checkScores(card.round.scheme.indicators, scores, errors, (n, s) => `scores.${n}.${s.indicator}`);
    errors.throwIfAny();
    applyScores(card, card.round.scheme.indicators, given);
    return { scores: [...given.entries()].map(([indicator, s]) => ({ indicator, ...s })) };
  });
}

/** Submitting needs every MANUAL indicator scored. */
export function submitScorecard(ctx: Context, id: string, version?: number | null): Promise<Scorecard> {
  return step(ctx, id, version, ScorecardAction.SUBMIT, (card) => {
    const errors = new FieldErrors();
    for (const i of card.round.scheme.indicators) {
      if (i.kind === IndicatorKind.MANUAL && card.scores.find((s) => s.indicator === i.code)?.score == null)
        errors.add(i.code, 'assessment.unscored', { indicator: i.name });
    }
    errors.throwIfAny();
    return {};
  });
}

export const confirmScorecard = (ctx: Context, id: string, version?: number | null) => step(ctx, id, version, ScorecardAction.CONFIRM);

function reason(value: string) {
  const errors = new FieldErrors();
  const r = text(errors, 'reason', value, { required: true, max: 500 });
  errors.throwIfAny();
  return { reason: r };
}

/** Sends a submitted scorecard back to the assessor, with a reason. */
export const returnScorecard = (ctx: Context, id: string, version: number | null | undefined, why: string) =>
  step(ctx, id, version, ScorecardAction.RETURN, () => reason(why));

/** Unlocks a confirmed scorecard for correction, with a reason (audited). */
export const reopenScorecard = (ctx: Context, id: string, version: number | null | undefined, why: string) =>
  step(ctx, id, version, ScorecardAction.REOPEN, () => reason(why));

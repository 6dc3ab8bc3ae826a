import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import { createHash, randomBytes, randomInt } from 'node:crypto';
import { RateLimiterPostgres } from 'rate-limiter-flexible';
import { assertCan, findForWrite, findPage, findReadable, findReferenced, scopedSelect } from '../../core/access';
import type { Context } from '../../core/context';
import { AppError, badField } from '../../core/errors';
import { page } from '../../core/pagination';
import { subtreeRange } from '../../core/rules';
import { FieldErrors } from '../../core/validate';
import { audit } from '../audit/audit.service';
import { countHit } from '../auth/limits';
import { isPeriodOf } from '../form/expression';
import { FormTemplate } from '../form/form.entity';
import { Grid } from '../grid/grid.entity';
import { Org } from '../org/org.entity';
import { User } from '../user/user.entity';
import { RoundStatus } from './assessment.entity';
import { round2 } from './assessment.scoring';
import { evaluateSurveyRound } from './consequence.service';
import { ResponseChannel, SurveyCode, SurveyLink, SurveyResponse, SurveyRound, type SurveyAnswer } from './survey.entity';
import { questionnaireProblem, scoreAnswers, surveyQuestions } from './survey.questionnaire';

/** Survey answers per client address per minute: households answer once, a flood is one address hammering codes. */
export const SURVEY_SUBMISSIONS_PER_MINUTE = 10;

const limiters = new WeakMap<Knex, RateLimiterPostgres>();
function addressLimiter(ctx: Context): RateLimiterPostgres {
  const knex = ctx.em.getKnex();
  if (!limiters.has(knex)) {
    limiters.set(
      knex,
      new RateLimiterPostgres({
        storeClient: knex,
        storeType: 'knex',
        schemaName: 'rate_limit',
        tableName: 'counter',
        tableCreated: true,
        keyPrefix: 'survey-address',
        points: SURVEY_SUBMISSIONS_PER_MINUTE,
        duration: 60,
      }),
    );
  }
  return limiters.get(knex)!;
}

const hash = (code: string) => createHash('sha256').update(code.trim().toUpperCase()).digest('hex');
/** No 0/O, 1/I/L: codes are read off paper slips. */
const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const newCode = () => Array.from({ length: 8 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');

// ---- rounds -------------------------------------------------------------------------------------

/**
 * A questionnaire (a published form template with scored SELECT fields) for every grid of the subtree
 * the caller reaches, each with its own unguessable link; the period is a half year (2026-H2).
 */
export async function openSurveyRound(ctx: Context, templateId: string, period: string, orgId: string): Promise<SurveyRound> {
  return ctx.em.transactional(async (em) => {
    const errors = new FieldErrors();
    const template = await findReferenced(ctx, em, FormTemplate, 'FormTemplate', 'templateId', templateId);
    const org = await findReferenced(ctx, em, Org, 'Org', 'orgId', orgId);
    const problem = questionnaireProblem(template);
    if (problem) errors.add('templateId', problem);
    if (typeof period !== 'string' || !isPeriodOf('HALF_YEAR', period)) errors.add('period', 'assessment.surveyPeriod');
    errors.throwIfAny();
    assertCan(ctx, 'create', 'SurveyRound', { org: { id: org.id, path: org.path } });
    if (await em.count(SurveyRound, { template, period, org })) {
      throw new AppError('CONFLICT', 'conflict.duplicate', { field: 'period' }, { fields: [{ field: 'period', message: period }] });
    }
    const round = em.create(SurveyRound, { template, period, org } as never);
    const scope = ctx.where('read', 'Grid');
    const grids = scope ? await em.find(Grid, { $and: [{ org: { path: subtreeRange(org.path) } }, scope] } as never, { orderBy: { id: 'asc' } }) : [];
    for (const grid of grids) em.create(SurveyLink, { round, grid, org: grid.org, token: randomBytes(24).toString('base64url') } as never);
    await em.flush();
    audit(ctx, em, { operation: 'openSurveyRound', targetType: 'SurveyRound', targetId: round.id, after: { templateId, period, orgId, grids: grids.length } });
    return round;
  });
}

export async function listSurveyRounds(ctx: Context, orgId?: string, offset?: number, limit?: number) {
  const conds: Record<string, unknown>[] = [];
  if (orgId) {
    const org = await ctx.em.findOne(Org, { id: orgId });
    conds.push(org ? { org: { path: subtreeRange(org.path) } } : { id: null });
  }
  return findPage(ctx, SurveyRound, 'SurveyRound', conds, { ...page(offset, limit), orderBy: [{ period: 'desc' }, { id: 'desc' }], populate: ['template'] });
}

export const getSurveyRound = (ctx: Context, id: string) => findReadable(ctx, SurveyRound, 'SurveyRound', id);

/** The links of a round's grids that the caller reaches (grid staff: their own grids). */
export async function linksOf(ctx: Context, round: SurveyRound): Promise<SurveyLink[]> {
  const scope = ctx.where('read', 'SurveyResponse');
  if (!scope) return [];
  return ctx.em.find(SurveyLink, { $and: [{ round: round.id }, scope] } as never, { orderBy: { id: 'asc' } });
}

/** Closes the round to new answers and applies the consequence rules to its scores. */
export async function closeSurveyRound(ctx: Context, id: string, version?: number | null): Promise<SurveyRound> {
  return ctx.em.transactional(async (em) => {
    const round = await findForWrite(ctx, em, SurveyRound, 'SurveyRound', 'update', id, { version });
    if (round.status !== RoundStatus.OPEN) throw new AppError('CONFLICT', 'assessment.roundClosed');
    round.status = RoundStatus.CLOSED;
    await em.flush();
    audit(ctx, em, { operation: 'closeSurveyRound', targetType: 'SurveyRound', targetId: round.id, after: { status: round.status } });
    await evaluateSurveyRound(ctx, em, round);
    return round;
  });
}

// ---- codes and answers --------------------------------------------------------------------------

/** New one-time respondent codes for a grid's households, shown this once (only their hashes are kept). */
export async function issueSurveyCodes(ctx: Context, linkId: string, count: number): Promise<string[]> {
  return ctx.em.transactional(async (em) => {
    const l = await findForWrite(ctx, em, SurveyLink, 'SurveyResponse', 'create', linkId, { populate: ['grid', 'round'] });
    if (l.round.status !== RoundStatus.OPEN) throw new AppError('CONFLICT', 'assessment.roundClosed');
    const max = (l.grid.households ?? 0) - l.codesIssued;
    if (!Number.isInteger(count) || count < 1 || count > max) throw badField('count', 'survey.codeCount', { max: l.grid.households ?? 0 });
    const codes = new Set<string>();
    while (codes.size < count) codes.add(newCode());
    for (const c of codes) em.create(SurveyCode, { link: l, codeHash: hash(c) } as never);
    l.codesIssued += count;
    await em.flush();
    audit(ctx, em, { operation: 'issueSurveyCodes', targetType: 'SurveyLink', targetId: l.id, after: { count } });
    return [...codes];
  });
}

async function record(em: EntityManager, link: SurveyLink, answers: SurveyAnswer[], channel: ResponseChannel, enteredBy: string | null) {
  const round = await em.findOneOrFail(SurveyRound, link.round.id, { populate: ['template'] });
  if (round.status !== RoundStatus.OPEN) throw new AppError('CONFLICT', 'assessment.roundClosed');
  const scored = scoreAnswers(round.template.fields, answers ?? []);
  return em.create(SurveyResponse, {
    round,
    grid: link.grid,
    org: link.org,
    answers: scored.answers,
    score: scored.score,
    channel,
    enteredBy: enteredBy ? em.getReference(User, enteredBy) : null,
  } as never);
}

/**
 * A resident's answers, without an account: the grid's link token and one unused respondent code.
 * Rate-limited per address; a wrong token, a used code or a closed round is refused with nothing
 * written (the code is spent in the same transaction as the answers are stored).
 */
export async function submitSurveyResponse(ctx: Context, token: string, code: string, answers: SurveyAnswer[]): Promise<boolean> {
  if ((await countHit(addressLimiter(ctx), ctx.ip ?? 'unknown')).over) throw new AppError('RATE_LIMITED', 'rateLimited');
  return ctx.em.transactional(async (em) => {
    const link = typeof token === 'string' && token.length <= 64 ? await em.findOne(SurveyLink, { token }) : null;
    if (!link) throw badField('token', 'survey.badLink');
    const [spent] = await em.execute<{ id: string }[]>(
      'update survey_code set used_at = now() where link_id = ? and code_hash = ? and used_at is null returning id',
      [link.id, hash(String(code ?? ''))],
    );
    if (!spent) throw badField('code', 'survey.badCode');
    await record(em, link, answers, ResponseChannel.ONLINE, null);
    await em.flush();
    return true;
  });
}

/** A paper questionnaire typed in by staff of the grid. */
export async function enterSurveyResponse(ctx: Context, linkId: string, answers: SurveyAnswer[]): Promise<SurveyResponse> {
  return ctx.em.transactional(async (em) => {
    const link = await findForWrite(ctx, em, SurveyLink, 'SurveyResponse', 'create', linkId);
    const response = await record(em, link, answers, ResponseChannel.PAPER, ctx.actor!.id);
    await em.flush();
    audit(ctx, em, { operation: 'enterSurveyResponse', targetType: 'SurveyResponse', targetId: response.id, after: { linkId, score: response.score } });
    return response;
  });
}

/** What the public survey page shows for a token: the grid's name, the questions, whether it is open. */
export async function publicSurvey(ctx: Context, token: string) {
  const link =
    typeof token === 'string' && token.length <= 64
      ? await ctx.em.findOne(SurveyLink, { token }, { populate: ['grid', 'org', 'round', 'round.template'] })
      : null;
  if (!link) return null;
  return {
    gridName: `${link.org.name} ${link.grid.name}`,
    period: link.round.period,
    open: link.round.status === RoundStatus.OPEN,
    title: link.round.template.name,
    questions: surveyQuestions(link.round.template.fields).map((f) => ({
      code: f.key,
      text: f.label,
      required: !!f.required,
      options: f.options!.map((o) => ({ value: o.value, label: o.label })),
    })),
  };
}

/** Per grid (or per child org of the round's org): responses and the mean score, 0–100, over what the caller may read. */
export async function surveyScores(ctx: Context, roundId: string, groupBy: 'GRID' | 'CHILD_ORG') {
  const round = await findReadable(ctx, SurveyRound, 'SurveyRound', roundId);
  const scope = ctx.where('read', 'SurveyResponse');
  if (!round || !scope) return [];
  const org = await ctx.em.findOneOrFail(Org, round.org.id);
  const ids = scopedSelect(ctx.em, SurveyResponse, scope, [{ round: round.id }]);
  const byGrid = groupBy === 'GRID';
  const rows = await ctx.em.execute<{ key: string; label: string; responses: number; score: number }[]>(
    `select k.key, k.label, count(*)::int as responses, avg(r.score)::float as score
       from survey_response r join grid g on g.id = r.grid_id join org o on o.id = r.org_id
       cross join lateral (select ${
         byGrid
           ? "g.id::text as key, o.name || ' ' || g.name as label"
           : "c.id::text as key, c.name as label from org c where c.id = coalesce(nullif(split_part(substr(o.path, length(?) + 1), '/', 1), ''), ?)::bigint"
       }) k
      where r.id in (${ids.sql})
      group by k.key, k.label order by k.label`,
    [...(byGrid ? [] : [org.path, org.id]), ...ids.params],
  );
  return rows.map((r) => ({ ...r, score: round2(r.score) }));
}

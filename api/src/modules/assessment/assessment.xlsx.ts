import { findReadable } from '../../core/access';
import type { Context } from '../../core/context';
import { AppError, FieldErrors, notFound } from '../../core/errors';
import type { FileDownload, ImportReport, ImportRowError } from '../../core/import-report';
import { newWorkbook, readSheet } from '../../core/xlsx';
import { audit } from '../audit/audit.service';
import { AssessmentRound, RoundStatus, Scorecard } from './assessment.entity';
import { IndicatorKind, type Indicator } from './assessment.scoring';
import { asCaslScorecard } from './assessment.policy';
import { applyScores, checkScores, settle } from './assessment.service';
import { ScorecardStatus } from './assessment.workflow';

const ID = '编号';
const SUBJECT = '考核对象';
const TOTAL = '总分';
const GRADE = '等级';
const STATUS = '状态';
/** An indicator's column: its name with its code, so a renamed header still finds its indicator. */
const columnOf = (i: Indicator) => `${i.name}（${i.code}）`;
const codeIn = (header: string) => /（([A-Za-z0-9_-]+)）$/.exec(header)?.[1] ?? null;

async function readableRound(ctx: Context, roundId: string) {
  const round = await findReadable(ctx, AssessmentRound, 'AssessmentRound', roundId);
  if (!round) throw notFound('AssessmentRound');
  await ctx.em.populate(round, ['scheme']);
  return round;
}

/** The round's scorecards the caller may read: subjects × indicators with totals and grades; the import reads the same sheet back. */
export async function exportAssessmentRound(ctx: Context, roundId: string): Promise<FileDownload> {
  const round = await readableRound(ctx, roundId);
  const scope = ctx.where('read', 'Scorecard');
  const cards = scope ? await ctx.em.find(Scorecard, { $and: [{ round: round.id }, scope] } as never, { orderBy: { subjectName: 'asc', id: 'asc' } }) : [];
  const indicators = round.scheme.indicators;
  const wb = await newWorkbook();
  const ws = wb.addWorksheet(round.period);
  ws.addRow([ID, SUBJECT, ...indicators.map(columnOf), TOTAL, GRADE, STATUS]);
  for (const c of cards) {
    const score = (code: string) => c.scores.find((s) => s.indicator === code)?.score ?? null;
    ws.addRow([c.id, c.subjectName, ...indicators.map((i) => score(i.code)), c.total, c.grade ?? '', c.status]);
  }
  return { filename: `${round.scheme.name}-${round.period}.xlsx`, contentBase64: Buffer.from(await wb.xlsx.writeBuffer()).toString('base64') };
}

/**
 * MANUAL scores from the exported sheet, all or nothing: every row names a scorecard of the round the
 * caller may score, still in DRAFT unless the row leaves its scores as they are (the export round-trips);
 * an empty cell leaves a score as it is; AUTO, total and grade columns are ignored. Any bad row or cell is reported by row and column, and nothing is written.
 */
export async function importAssessmentScores(ctx: Context, roundId: string, fileBase64: string): Promise<ImportReport> {
  const sheet = await readSheet(fileBase64, { field: 'fileBase64', maxRows: 5000 });
  return ctx.em.transactional(async (em) => {
    const round = await readableRound(ctx, roundId);
    if (round.status !== RoundStatus.OPEN) throw new AppError('CONFLICT', 'assessment.roundClosed');
    const indicators = round.scheme.indicators;
    const errors: ImportRowError[] = [];
    const idColumn = sheet.header.get(ID);
    if (idColumn == null) errors.push({ row: 1, column: ID, message: ctx.lang === 'en' ? 'column missing' : '缺少此列' });
    const manual = [...sheet.header.entries()]
      .map(([header, column]) => ({ header, column, indicator: indicators.find((i) => i.code === codeIn(header)) }))
      .filter((c) => c.indicator?.kind === IndicatorKind.MANUAL);
    const ids = idColumn == null ? [] : sheet.rows.map((r) => r.cells[idColumn] ?? '');
    const scope = ctx.where('update', 'Scorecard');
    const cards =
      scope && ids.length
        ? await em.find(Scorecard, { $and: [{ round: round.id, id: { $in: ids.filter((i) => /^\d{1,18}$/.test(i)) } }, scope] } as never, { populate: ['org'] })
        : [];
    const byId = new Map(cards.map((c) => [c.id, c]));
    const planned: { card: Scorecard; given: ReturnType<typeof checkScores> }[] = [];
    const seen = new Set<string>();
    let locked = 0;
    for (const [n, r] of sheet.rows.entries()) {
      const card = byId.get(ids[n]!);
      if (!card || seen.has(card.id) || !ctx.ability.can('update', asCaslScorecard(card))) {
        errors.push({ row: r.row, column: ID, message: ctx.lang === 'en' ? 'no scorecard of this round you may score' : '本轮次中没有您可打分的此考核表' });
        continue;
      }
      seen.add(card.id);
      if (card.status !== ScorecardStatus.DRAFT) {
        // The export lists submitted and confirmed scorecards too: sent back as they are, they are left alone.
        const stored = (code: string) => card.scores.find((s) => s.indicator === code)?.score ?? null;
        if (manual.every((c) => (r.cells[c.column] ?? '') === '' || Number(r.cells[c.column]) === stored(c.indicator!.code))) {
          locked++;
          continue;
        }
        errors.push({
          row: r.row,
          column: STATUS,
          message: ctx.lang === 'en' ? `the scorecard is ${card.status}` : `考核表已${card.status === ScorecardStatus.CONFIRMED ? '确认' : '提交'}，不能修改`,
        });
        continue;
      }
      const row = new FieldErrors();
      const scores = manual
        .filter((c) => (r.cells[c.column] ?? '') !== '')
        .map((c) => ({ indicator: c.indicator!.code, score: Number(r.cells[c.column]), header: c.header }));
      const given = checkScores(indicators, scores, row, (i) => scores[i]!.header);
      for (const e of row.list) errors.push({ row: r.row, column: e.field.replace(/\.comment$/, ''), message: e.message });
      planned.push({ card, given });
    }
    if (errors.length) return { created: 0, updated: 0, unchanged: 0, errors, nothingWritten: true };
    let updated = 0;
    for (const { card, given } of planned) {
      const before = JSON.stringify(card.scores);
      applyScores(card, indicators, given);
      if (JSON.stringify(card.scores) === before) continue;
      settle(card, round.scheme);
      updated++;
      audit(ctx, em, {
        operation: 'importAssessmentScores',
        targetType: 'Scorecard',
        targetId: card.id,
        after: { total: card.total, grade: card.grade ?? null, scores: [...given.entries()].map(([indicator, s]) => ({ indicator, score: s.score })) },
      });
    }
    await em.flush();
    return { created: 0, updated, unchanged: planned.length - updated + locked, errors: [], nothingWritten: false };
  });
}

import {
  Box,
  Card,
  CardContent,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField as MuiTextField,
  Typography,
} from '@mui/material';
import { useCallback, useEffect, useState, type ClipboardEvent } from 'react';
import { Button, Title, useCanAccess, useNotify, useTranslate } from 'react-admin';
import { Link, useParams } from 'react-router-dom';
import {
  AssessmentRoundGridDocument,
  ConfirmScorecardDocument,
  ReopenScorecardDocument,
  ReturnScorecardDocument,
  SetScorecardScoresDocument,
  SubmitScorecardDocument,
  type AssessmentRoundGridQuery,
  type ScorecardRowFragment,
} from '../../graphql/graphql';
import { request } from '../../providers/graphqlClient';
import { arrowToCell } from './cellNavigation';
import { ScoreFileActions } from './ScoreFileActions';
import { gradeOf, liveTotal, parseBlock, parseCell } from './scoreModel';

type Grid = AssessmentRoundGridQuery;
type Card = ScorecardRowFragment;
/** Typed text by scorecard id, then indicator code: only what differs from the server. */
type Edits = Record<string, Record<string, string>>;
/** 退回 (SUBMITTED → DRAFT) or 退回重评 (CONFIRMED → DRAFT): both need a reason. */
type SendBack = { card: Card; action: 'RETURN' | 'REOPEN' };
const SEND_BACK = {
  RETURN: { label: 'gridgov.assessments.return', title: 'gridgov.assessments.returnTitle' },
  REOPEN: { label: 'gridgov.assessments.reopen', title: 'gridgov.assessments.reopenTitle' },
} as const;

const shown = (score: number | null | undefined) => (score === null || score === undefined ? '' : String(score));

/** 考核评分: subjects × indicators of one round; MANUAL cells typed or pasted, totals and grades live. */
export function ScoreGrid() {
  const { id: roundId = '' } = useParams();
  const translate = useTranslate();
  const notify = useNotify();
  const [grid, setGrid] = useState<Grid | null>(null);
  const [edits, setEdits] = useState<Edits>({});
  const [busy, setBusy] = useState(false);
  const [sendingBack, setSendingBack] = useState<SendBack | null>(null);
  const [reason, setReason] = useState('');
  const [filter, setFilter] = useState('');
  const { canAccess: canUpdateRound } = useCanAccess({ action: 'edit', resource: 'assessments' });

  const load = useCallback(
    () =>
      request(AssessmentRoundGridDocument, { roundId }).then(setGrid, (e: Error) => {
        notify(e.message, { type: 'error' });
      }),
    [roundId, notify],
  );
  useEffect(() => void load(), [load]);

  const indicators = grid?.assessmentRound?.scheme.indicators ?? [];
  const manual = indicators.filter((i) => i.kind === 'MANUAL');
  const bands = grid?.assessmentRound?.scheme.grades ?? [];
  const cards = (grid?.scorecards.items ?? []).filter((c) => c.subjectName.includes(filter.trim()));
  const editable = (card: Card) => card.allowedActions.includes('SCORE');

  const textOf = (card: Card, code: string) => edits[card.id]?.[code] ?? shown(card.scores.find((s) => s.indicator === code)?.score);
  const cellOf = (card: Card, code: string) => parseCell(textOf(card, code), indicators.find((i) => i.code === code)?.maxScore ?? 0);
  const scoreOf = (card: Card) => (code: string) => {
    const indicator = indicators.find((i) => i.code === code);
    if (indicator?.kind === 'MANUAL') return cellOf(card, code).score;
    return card.scores.find((s) => s.indicator === code)?.score ?? null;
  };
  const hasProblem = (card: Card) => manual.some((i) => cellOf(card, i.code).problem);

  const setCell = (cardId: string, code: string, text: string) => setEdits((e) => ({ ...e, [cardId]: { ...e[cardId], [code]: text } }));

  /** A tab-separated block fills the MANUAL cells from this one rightwards and downwards (rows that may be scored only). */
  const paste = (row: number, column: number) => (event: ClipboardEvent<HTMLInputElement>) => {
    const block = parseBlock(event.clipboardData.getData('text/plain'));
    if (block.length === 1 && block[0]!.length === 1) return;
    event.preventDefault();
    const rows = cards.slice(row).filter(editable);
    setEdits((e) => {
      const next = { ...e };
      block.forEach((cells, r) => {
        const card = rows[r];
        if (!card) return;
        cells.forEach((text, c) => {
          const indicator = manual[column + c];
          if (indicator) next[card.id] = { ...next[card.id], [indicator.code]: text.trim() };
        });
      });
      return next;
    });
  };

  const replace = (card: Card) =>
    setGrid((g) => g && { ...g, scorecards: { ...g.scorecards, items: g.scorecards.items.map((c) => (c.id === card.id ? card : c)) } });
  const forget = (cardId: string) =>
    setEdits((e) => {
      const { [cardId]: _, ...rest } = e;
      return rest;
    });

  const saveCard = async (card: Card): Promise<Card> => {
    const scores = manual.map((i) => ({
      indicator: i.code,
      score: cellOf(card, i.code).score,
      comment: card.scores.find((s) => s.indicator === i.code)?.comment ?? null,
    }));
    const { setScores } = await request(SetScorecardScoresDocument, { id: card.id, version: card.version, scores });
    replace(setScores);
    forget(card.id);
    return setScores;
  };

  const run = async (work: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await work();
      await load();
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  const saveAll = () =>
    run(async () => {
      const dirty = cards.filter((c) => edits[c.id] && editable(c));
      if (dirty.some(hasProblem)) throw new Error(translate('gridgov.assessments.fixErrors'));
      if (!dirty.length) return notify('gridgov.assessments.nothingToSave');
      for (const card of dirty) await saveCard(card);
      notify('gridgov.assessments.saved', { type: 'success', messageArgs: { smart_count: dirty.length } });
    });

  const submit = (card: Card) =>
    run(async () => {
      if (hasProblem(card)) throw new Error(translate('gridgov.assessments.fixErrors'));
      const saved = edits[card.id] ? await saveCard(card) : card;
      await request(SubmitScorecardDocument, { id: saved.id, version: saved.version });
    });
  const confirm = (card: Card) => run(() => request(ConfirmScorecardDocument, { id: card.id, version: card.version }));
  const sendBack = () =>
    run(async () => {
      const { card, action } = sendingBack!;
      const variables = { id: card.id, version: card.version, reason };
      await (action === 'RETURN' ? request(ReturnScorecardDocument, variables) : request(ReopenScorecardDocument, variables));
      setSendingBack(null);
      setReason('');
    });

  const round = grid?.assessmentRound;
  const roundOpen = round?.status === 'OPEN';
  return (
    <Stack spacing={2} sx={{ mt: 2 }}>
      <Title title={round ? `${round.scheme.name} ${round.period}` : 'gridgov.assessments.title'} />
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', '& .MuiButton-root': { whiteSpace: 'nowrap', flexShrink: 0 } }}>
        <Typography variant="h6" sx={{ whiteSpace: 'nowrap' }}>
          {round ? `${round.org?.name ?? ''} ${round.scheme.name} ${round.period}` : ''}
        </Typography>
        <MuiTextField
          size="small"
          name="subject-filter"
          sx={{ width: 260 }}
          label={translate('gridgov.assessments.subject')}
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
        <Box sx={{ flex: 1 }} />
        <Button component={Link} to={`/assessments/${roundId}/ranking`} label="gridgov.assessments.viewRanking" />
        {round && (
          <ScoreFileActions
            roundId={roundId}
            canImport={roundOpen && !!grid?.scorecards.items.some(editable)}
            canRefresh={roundOpen && !!canUpdateRound}
            onChanged={load}
          />
        )}
        {cards.some(editable) && (
          <Button variant="contained" label="gridgov.assessments.save" className="save-scores" disabled={busy} onClick={() => void saveAll()} />
        )}
      </Stack>
      <Typography variant="body2" color="text.secondary">
        {`${translate('gridgov.assessments.pasteHint')}${translate('gridgov.assessments.arrowHint')}`}
      </Typography>
      <Card variant="outlined" sx={{ overflowX: 'auto' }}>
        <Table size="small" className="score-grid" onKeyDown={arrowToCell}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('gridgov.assessments.subject')}</TableCell>
              {indicators.map((i) => (
                <TableCell key={i.code} align="center" title={i.guidance ?? undefined}>
                  <div>{i.name}</div>
                  <Typography variant="caption" color="text.secondary">
                    {i.kind === 'AUTO' ? `${translate('gridgov.assessments.auto')} · ` : ''}
                    {`0–${i.maxScore}${i.weight !== 1 ? ` ×${i.weight}` : ''}`}
                  </Typography>
                </TableCell>
              ))}
              <TableCell align="right">{translate('gridgov.assessments.total')}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{translate('gridgov.assessments.grade')}</TableCell>
              <TableCell>{translate('gridgov.assessments.status')}</TableCell>
              <TableCell>{translate('gridgov.assessments.actions')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {cards.map((card, row) => {
              const total = liveTotal(indicators, scoreOf(card), card.fromQuarters ?? null);
              return (
                <TableRow key={card.id} data-subject={card.subjectName} data-status={card.status} className={edits[card.id] ? 'row-changed' : undefined}>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{card.subjectName}</TableCell>
                  {indicators.map((i) => {
                    if (i.kind === 'AUTO' || !editable(card)) {
                      return (
                        <TableCell key={i.code} align="center" data-indicator={i.code} sx={{ color: i.kind === 'AUTO' ? 'text.secondary' : undefined }}>
                          {shown(scoreOf(card)(i.code))}
                        </TableCell>
                      );
                    }
                    const problem = cellOf(card, i.code).problem;
                    return (
                      <TableCell key={i.code} align="center" data-indicator={i.code} sx={{ p: 0.5 }}>
                        <input
                          className="score-cell"
                          data-indicator={i.code}
                          inputMode="decimal"
                          value={textOf(card, i.code)}
                          onChange={(e) => setCell(card.id, i.code, e.target.value)}
                          onPaste={paste(row, manual.indexOf(i))}
                          aria-invalid={problem ? true : undefined}
                          style={{
                            width: 56,
                            textAlign: 'right',
                            padding: 4,
                            font: 'inherit',
                            border: `1px solid ${problem ? '#d32f2f' : '#bbb'}`,
                            borderRadius: 4,
                          }}
                        />
                        {problem && (
                          <Typography variant="caption" color="error" className="cell-error" sx={{ display: 'block' }}>
                            {translate(`gridgov.assessments.${problem.key}`, problem.key === 'outOfRange' ? { max: problem.max } : {})}
                          </Typography>
                        )}
                      </TableCell>
                    );
                  })}
                  <TableCell align="right" className="live-total" sx={{ whiteSpace: 'nowrap' }}>
                    {total.toFixed(2)}
                  </TableCell>
                  <TableCell className="live-grade" sx={{ whiteSpace: 'nowrap' }}>
                    {gradeOf(bands, total) ?? ''}
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{translate(`gridgov.assessments.cardStatus.${card.status}`)}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    {card.allowedActions.includes('SUBMIT') && (
                      <Button label="gridgov.assessments.submit" className="submit-card" disabled={busy} onClick={() => void submit(card)} />
                    )}
                    {card.allowedActions.includes('CONFIRM') && (
                      <Button label="gridgov.assessments.confirm" className="confirm-card" disabled={busy} onClick={() => void confirm(card)} />
                    )}
                    {card.allowedActions.includes('RETURN') && (
                      <Button
                        label="gridgov.assessments.return"
                        className="return-card"
                        disabled={busy}
                        onClick={() => setSendingBack({ card, action: 'RETURN' })}
                      />
                    )}
                    {card.allowedActions.includes('REOPEN') && (
                      <Button
                        label="gridgov.assessments.reopen"
                        className="reopen-card"
                        disabled={busy}
                        onClick={() => setSendingBack({ card, action: 'REOPEN' })}
                      />
                    )}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </Card>
      <Card variant="outlined" sx={{ maxWidth: 640 }}>
        <CardContent>
          <Typography variant="subtitle1">{translate('gridgov.assessments.ranking')}</Typography>
          <Table size="small" className="ranking">
            <TableHead>
              <TableRow>
                <TableCell>{translate('gridgov.assessments.rank')}</TableCell>
                <TableCell>{translate('gridgov.assessments.subject')}</TableCell>
                <TableCell align="right">{translate('gridgov.assessments.total')}</TableCell>
                <TableCell>{translate('gridgov.assessments.grade')}</TableCell>
                <TableCell align="right">{translate('gridgov.assessments.change')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {grid?.assessmentRanking.items.map((r) => (
                <TableRow key={r.scorecard.id}>
                  <TableCell>{r.rank}</TableCell>
                  <TableCell>{r.scorecard.subjectName}</TableCell>
                  <TableCell align="right">{r.total.toFixed(2)}</TableCell>
                  <TableCell>{r.grade ?? ''}</TableCell>
                  <TableCell align="right">{r.change === null || r.change === undefined ? '' : `${r.change > 0 ? '+' : ''}${r.change.toFixed(2)}`}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </CardContent>
      </Card>
      <Dialog open={!!sendingBack} onClose={() => setSendingBack(null)}>
        <DialogTitle>{sendingBack && translate(SEND_BACK[sendingBack.action].title, { name: sendingBack.card.subjectName })}</DialogTitle>
        <DialogContent>
          <MuiTextField
            autoFocus
            fullWidth
            multiline
            name="reopen-reason"
            label={translate('gridgov.assessments.reason')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            sx={{ mt: 1, minWidth: 400 }}
          />
        </DialogContent>
        <DialogActions>
          <Button label="gridgov.assessments.cancel" onClick={() => setSendingBack(null)} />
          <Button
            variant="contained"
            label={SEND_BACK[sendingBack?.action ?? 'REOPEN'].label}
            className="reopen-confirm"
            disabled={busy || !reason.trim()}
            onClick={() => void sendBack()}
          />
        </DialogActions>
      </Dialog>
    </Stack>
  );
}

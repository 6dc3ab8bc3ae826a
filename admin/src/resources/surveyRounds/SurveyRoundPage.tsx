import { Card, CardContent, Chip, Stack, TextField as MuiTextField, Typography } from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import { Button, Confirm, Title, useCanAccess, useNotify, useTranslate } from 'react-admin';
import { useParams } from 'react-router-dom';
import { CloseSurveyRoundDocument, SurveyRoundDocument, SurveyRoundScoresDocument, type SurveyRoundScoresQuery } from '../../graphql/graphql';
import { request } from '../../providers/graphqlClient';
import { SurveyLinksTable } from './SurveyLinksTable';
import type { SurveyRoundRecord } from './surveyRoundsApi';

const REFRESH_SECONDS = 5;

/** One survey round: the grids' links with QR codes and codes to hand out, scores that follow the answers live, and closing. */
export function SurveyRoundPage() {
  const { id = '' } = useParams();
  const translate = useTranslate();
  const notify = useNotify();
  const t = (key: string, args?: Record<string, unknown>) => translate(`gridgov.surveyRounds.${key}`, args);
  const { canAccess: canClose } = useCanAccess({ action: 'edit', resource: 'surveyRounds' });
  const [round, setRound] = useState<SurveyRoundRecord | null>(null);
  const [scores, setScores] = useState<SurveyRoundScoresQuery['surveyScores']>([]);
  const [closing, setClosing] = useState(false);
  const [filter, setFilter] = useState('');

  const load = useCallback(
    () =>
      request(SurveyRoundDocument, { id }).then(
        (r) => setRound(r.surveyRound ?? null),
        (e: Error) => notify(e.message, { type: 'error' }),
      ),
    [id, notify],
  );
  useEffect(() => void load(), [load]);
  useEffect(() => {
    const poll = () =>
      request(SurveyRoundScoresDocument, { roundId: id }).then(
        (r) => setScores(r.surveyScores),
        () => undefined,
      );
    void poll();
    const timer = window.setInterval(() => void poll(), REFRESH_SECONDS * 1000);
    return () => window.clearInterval(timer);
  }, [id]);

  const close = async () => {
    setClosing(false);
    try {
      await request(CloseSurveyRoundDocument, { id, version: round?.version });
      notify('gridgov.surveyRounds.closed', { type: 'success' });
      await load();
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    }
  };

  const name = round ? `${round.org?.name ?? ''} ${round.template.name} ${round.period}` : '';
  return (
    <Stack spacing={2} sx={{ mt: 2 }} className="survey-round-page" data-status={round?.status}>
      <Title title={name || 'resources.surveyRounds.name'} />
      <Card variant="outlined">
        <CardContent>
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
            <Typography variant="h6">{name}</Typography>
            {round && (
              <Chip size="small" className="round-status" label={t(`status.${round.status}`)} color={round.status === 'OPEN' ? 'success' : 'default'} />
            )}
            <MuiTextField size="small" name="grid-filter" label={t('grid')} value={filter} onChange={(e) => setFilter(e.target.value)} sx={{ width: 220 }} />
            <Typography variant="body2" color="text.secondary" sx={{ flex: 1 }}>
              {round?.status === 'OPEN' ? t('live', { seconds: REFRESH_SECONDS }) : ''}
            </Typography>
            {canClose && round?.status === 'OPEN' && (
              <Button variant="outlined" color="warning" label="gridgov.surveyRounds.close" className="close-survey-round" onClick={() => setClosing(true)} />
            )}
          </Stack>
        </CardContent>
      </Card>
      <Card variant="outlined" sx={{ overflowX: 'auto' }}>
        {round && <SurveyLinksTable round={round} scores={scores} filter={filter} onIssued={() => void load()} />}
      </Card>
      <Confirm
        isOpen={closing}
        title="gridgov.surveyRounds.close"
        content="gridgov.surveyRounds.closeConfirm"
        onConfirm={() => void close()}
        onClose={() => setClosing(false)}
      />
    </Stack>
  );
}

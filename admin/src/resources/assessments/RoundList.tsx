import { Card, LinearProgress, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import { Button, Title, useCanAccess, useNotify, useTranslate } from 'react-admin';
import { Link, useNavigate } from 'react-router-dom';
import { AssessmentRoundListDocument, AssessmentRoundProgressDocument, type AssessmentRoundListQuery } from '../../graphql/graphql';
import { request } from '../../providers/graphqlClient';
import { OpenRoundDialog } from './OpenRoundDialog';

type Round = AssessmentRoundListQuery['assessmentRounds']['items'][number];
interface Progress {
  done: number;
  all: number;
}

const day = (iso: string | null | undefined) => (iso ? iso.slice(0, 10) : '');
const overdue = (round: Round) => round.status === 'OPEN' && !!round.deadline && Date.parse(round.deadline) < Date.now();

/** The assessor's home: every round the caller sees, with how many of its scorecards are submitted; a round is opened here. */
export function RoundList() {
  const translate = useTranslate();
  const notify = useNotify();
  const [rounds, setRounds] = useState<Round[] | null>(null);
  const [progress, setProgress] = useState<Record<string, Progress>>({});
  const navigate = useNavigate();
  const { canAccess: canOpen } = useCanAccess({ action: 'create', resource: 'assessments' });
  const load = useCallback(() => {
    request(AssessmentRoundListDocument, {}).then(
      async ({ assessmentRounds }) => {
        setRounds(assessmentRounds.items);
        for (const round of assessmentRounds.items) {
          const { all, done } = await request(AssessmentRoundProgressDocument, { roundId: round.id });
          setProgress((p) => ({ ...p, [round.id]: { all: all.total, done: done.total } }));
        }
      },
      (e: Error) => notify(e.message, { type: 'error' }),
    );
  }, [notify]);
  useEffect(load, [load]);
  return (
    <Stack spacing={2} sx={{ mt: 2 }}>
      <Title title="gridgov.assessments.title" />
      {canOpen && (
        <Stack direction="row" sx={{ justifyContent: 'flex-end' }}>
          <OpenRoundDialog onOpened={(id) => navigate(`/assessments/${id}/scores`)} />
        </Stack>
      )}
      <Card variant="outlined">
        <Table size="small" className="assessment-rounds">
          <TableHead>
            <TableRow>
              <TableCell>{translate('gridgov.assessments.period')}</TableCell>
              <TableCell>{translate('gridgov.assessments.scheme')}</TableCell>
              <TableCell>{translate('gridgov.assessments.org')}</TableCell>
              <TableCell>{translate('gridgov.assessments.status')}</TableCell>
              <TableCell>{translate('gridgov.assessments.deadline')}</TableCell>
              <TableCell sx={{ width: 240 }}>{translate('gridgov.assessments.progress')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {rounds?.length === 0 && (
              <TableRow>
                <TableCell colSpan={7}>
                  <Typography color="text.secondary">{translate('gridgov.assessments.empty')}</Typography>
                </TableCell>
              </TableRow>
            )}
            {rounds?.map((round) => {
              const p = progress[round.id];
              return (
                <TableRow key={round.id} data-period={round.period} data-scheme={round.scheme.name}>
                  <TableCell>{round.period}</TableCell>
                  <TableCell>{round.scheme.name}</TableCell>
                  <TableCell>{round.org?.name}</TableCell>
                  <TableCell>{translate(`gridgov.assessments.roundStatus.${round.status}`)}</TableCell>
                  <TableCell className="round-deadline" sx={{ color: overdue(round) ? 'error.main' : undefined, whiteSpace: 'nowrap' }}>
                    {day(round.deadline)}
                  </TableCell>
                  <TableCell className="round-progress">
                    {p && (
                      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                        <LinearProgress variant="determinate" value={p.all ? (100 * p.done) / p.all : 0} sx={{ flex: 1 }} />
                        <Typography variant="body2">{`${p.done}/${p.all}`}</Typography>
                      </Stack>
                    )}
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    <Button component={Link} to={`/assessments/${round.id}/scores`} label="gridgov.assessments.open" className="open-round" />
                    <Button component={Link} to={`/assessments/${round.id}/ranking`} label="gridgov.assessments.viewRanking" className="round-ranking" />
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </Card>
    </Stack>
  );
}

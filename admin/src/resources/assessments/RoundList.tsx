import { Card, LinearProgress, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { Button, Title, useNotify, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { AssessmentRoundListDocument, AssessmentRoundProgressDocument, type AssessmentRoundListQuery } from '../../graphql/graphql';
import { request } from '../../providers/graphqlClient';

type Round = AssessmentRoundListQuery['assessmentRounds']['items'][number];
interface Progress {
  done: number;
  all: number;
}

/** The assessor's home: every round the caller sees, with how many of its scorecards are submitted. */
export function RoundList() {
  const translate = useTranslate();
  const notify = useNotify();
  const [rounds, setRounds] = useState<Round[] | null>(null);
  const [progress, setProgress] = useState<Record<string, Progress>>({});
  useEffect(() => {
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
  return (
    <Stack spacing={2} sx={{ mt: 2 }}>
      <Title title="gridgov.assessments.title" />
      <Card variant="outlined">
        <Table size="small" className="assessment-rounds">
          <TableHead>
            <TableRow>
              <TableCell>{translate('gridgov.assessments.period')}</TableCell>
              <TableCell>{translate('gridgov.assessments.scheme')}</TableCell>
              <TableCell>{translate('gridgov.assessments.org')}</TableCell>
              <TableCell>{translate('gridgov.assessments.status')}</TableCell>
              <TableCell sx={{ width: 240 }}>{translate('gridgov.assessments.progress')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {rounds?.length === 0 && (
              <TableRow>
                <TableCell colSpan={6}>
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
                  <TableCell className="round-progress">
                    {p && (
                      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                        <LinearProgress variant="determinate" value={p.all ? (100 * p.done) / p.all : 0} sx={{ flex: 1 }} />
                        <Typography variant="body2">{`${p.done}/${p.all}`}</Typography>
                      </Stack>
                    )}
                  </TableCell>
                  <TableCell>
                    <Button component={Link} to={`/assessments/${round.id}/scores`} label="gridgov.assessments.open" className="open-round" />
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

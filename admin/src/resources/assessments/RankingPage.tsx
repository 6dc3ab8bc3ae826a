import { Card, Stack, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { Button, Title, useNotify, useTranslate } from 'react-admin';
import { Link, useParams } from 'react-router-dom';
import {
  AssessmentRankingPageDocument,
  AssessmentSummaryByOrgDocument,
  type AssessmentRankingPageQuery,
  type AssessmentSummaryByOrgQuery,
} from '../../graphql/graphql';
import { request } from '../../providers/graphqlClient';
import { RankingTable } from './RankingTable';
import { SummaryCharts } from './SummaryCharts';

/** 排名与汇总 of one round: the ranking a page at a time, and the child orgs' figures with charts. */
export function RankingPage() {
  const { id: roundId = '' } = useParams();
  const translate = useTranslate();
  const notify = useNotify();
  const [paging, setPaging] = useState({ offset: 0, limit: 25 });
  const [ranking, setRanking] = useState<AssessmentRankingPageQuery | null>(null);
  const [summary, setSummary] = useState<AssessmentSummaryByOrgQuery['assessmentSummary']>([]);
  useEffect(() => {
    request(AssessmentRankingPageDocument, { roundId, ...paging }).then(setRanking, (e: Error) => notify(e.message, { type: 'error' }));
  }, [roundId, paging, notify]);
  useEffect(() => {
    request(AssessmentSummaryByOrgDocument, { roundId }).then(
      (r) => setSummary(r.assessmentSummary),
      (e: Error) => notify(e.message, { type: 'error' }),
    );
  }, [roundId, notify]);
  const round = ranking?.assessmentRound;
  const name = round ? `${round.org?.name ?? ''} ${round.scheme.name} ${round.period}` : '';
  const grades = [...(round?.scheme.grades ?? [])].sort((a, b) => b.min - a.min).map((g) => g.grade);
  return (
    <Stack spacing={2} sx={{ mt: 2 }} className="ranking-page">
      <Title title={round ? translate('gridgov.assessments.rankingTitle', { name }) : 'gridgov.assessments.ranking'} />
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Typography variant="h6">{name}</Typography>
        <Button component={Link} to={`/assessments/${roundId}/scores`} label="gridgov.assessments.backToScores" />
      </Stack>
      <Card variant="outlined">
        {ranking && (
          <RankingTable
            rows={ranking.assessmentRanking.items}
            total={ranking.assessmentRanking.total}
            {...paging}
            onPage={(offset, limit) => setPaging({ offset, limit })}
          />
        )}
      </Card>
      <Typography variant="h6">{translate('gridgov.assessments.summary')}</Typography>
      {summary.length ? (
        <SummaryCharts groups={summary} grades={grades} />
      ) : (
        <Typography color="text.secondary">{translate('gridgov.assessments.noScores')}</Typography>
      )}
    </Stack>
  );
}

import { Card, CardContent, Grid, Stack, Typography } from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import { Link, Loading, Title, useCanAccess, useNotify, useTranslate } from 'react-admin';
import { useParams } from 'react-router-dom';
import type { ReportingRoundFieldsFragment } from '../../graphql/graphql';
import { FormTemplateDocument } from '../../graphql/graphql';
import { request } from '../../providers/graphqlClient';
import { downloadBase64 } from '../download';
import { AggregateSection, LateSection, RateSection } from './RoundCharts';
import { exportRound, fieldLabels, loadDashboard, loadLate, loadMissing, reportingRoundsApi, urgeSubmissions } from './reportingRoundsApi';
import type { AggregateView, LateRow, RateView } from './roundModel';

/** One round: 上报率 by child org, who is missing or late (催报), and the aggregate with its xlsx export. */
export function RoundDashboard() {
  const { id = '' } = useParams();
  const translate = useTranslate();
  const notify = useNotify();
  const { canAccess: canUrge } = useCanAccess({ action: 'edit', resource: 'formSubmissions' });
  const [round, setRound] = useState<ReportingRoundFieldsFragment | null>(null);
  const [labels, setLabels] = useState<Map<string, string> | null>(null);
  const [rate, setRate] = useState<RateView | null>(null);
  const [aggregate, setAggregate] = useState<AggregateView | null>(null);
  const [missing, setMissing] = useState<LateRow[]>([]);
  const [late, setLate] = useState<LateRow[]>([]);
  const [approvedOnly, setApprovedOnly] = useState(true);
  const fail = useCallback((e: Error) => notify(e.message, { type: 'error' }), [notify]);

  useEffect(() => {
    reportingRoundsApi.one(id).then(async (r) => {
      setRound(r);
      const template = r?.template && (await request(FormTemplateDocument, { id: r.template.id })).formTemplate;
      setLabels(fieldLabels(template?.fields ?? []));
    }, fail);
  }, [id, fail]);
  const reload = useCallback(() => {
    if (!labels) return;
    loadDashboard(id, !approvedOnly, labels).then((d) => {
      setRate(d.rate);
      setAggregate(d.aggregate);
    }, fail);
    // Two lists, loaded apart, so one failing leaves the other on screen.
    loadMissing(id).then(setMissing, fail);
    loadLate(id).then(setLate, fail);
  }, [id, approvedOnly, labels, fail]);
  useEffect(reload, [reload]);

  if (!round) return <Loading />;
  const t = (key: string, options?: object) => translate(`gridgov.forms.round.${key}`, options);
  return (
    <Stack spacing={2} sx={{ mt: 2 }} className="round-dashboard">
      <Title title={`${round.template?.name ?? ''} · ${round.period}`} />
      <Card variant="outlined">
        <CardContent>
          <Stack direction="row" spacing={3} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
            <Typography variant="h6">{round.template?.name}</Typography>
            <Typography>{round.period}</Typography>
            <Typography>
              {round.org?.name} · {translate(`enums.orgLevel.${round.targetLevel}`)}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {translate('resources.reportingRounds.fields.dueAt')}: {new Date(round.dueAt).toLocaleString()}
            </Typography>
            <Link to={`/formSubmissions?filter=${encodeURIComponent(JSON.stringify({ roundId: round.id }))}`}>{t('submissions')}</Link>
          </Stack>
        </CardContent>
      </Card>
      <RateSection rate={rate} />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, lg: 4 }}>
          <LateSection
            late={[...missing, ...late.filter((l) => !missing.some((m) => m.id === l.id))]}
            canUrge={canUrge === true}
            onUrge={(message) =>
              urgeSubmissions(round.id, message).then((count) => {
                notify(t('urged', { count }), { type: 'success' });
                reload();
              }, fail)
            }
          />
        </Grid>
        <Grid size={{ xs: 12, lg: 8 }}>
          <AggregateSection
            aggregate={aggregate}
            approvedOnly={approvedOnly}
            onApprovedOnly={setApprovedOnly}
            onExport={() => exportRound(round.id).then((file) => downloadBase64(file.filename, file.contentBase64), fail)}
          />
        </Grid>
      </Grid>
    </Stack>
  );
}

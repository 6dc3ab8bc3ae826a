import { Card, CardContent, Grid, Stack, TextField as MuiTextField, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { Title, useNotify, useTranslate } from 'react-admin';
import { TaskDashboardDocument, type TaskDashboardQuery } from '../../graphql/graphql';
import { request } from '../../providers/graphqlClient';
import { ChartCard, shortOrgName } from '../charts';

const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const yearAgo = () => isoDay(new Date(Date.now() - 365 * 86_400_000));

function Figure({ label, value }: { label: string; value: string | number }) {
  return (
    <Card variant="outlined" sx={{ flex: 1 }}>
      <CardContent>
        <Typography variant="body2" color="text.secondary">
          {label}
        </Typography>
        <Typography variant="h5" className="dashboard-figure">
          {value}
        </Typography>
      </CardContent>
    </Card>
  );
}

/** Closure rate, overdue work and traffic lights for the caller's subtree (the server scopes every number). */
export function TaskDashboard() {
  const translate = useTranslate();
  const notify = useNotify();
  const [from, setFrom] = useState(yearAgo);
  const [to, setTo] = useState(() => isoDay(new Date()));
  const [data, setData] = useState<TaskDashboardQuery | null>(null);
  useEffect(() => {
    request(TaskDashboardDocument, { from, to }).then(setData, (e: Error) => notify(e.message, { type: 'error' }));
  }, [from, to, notify]);
  const t = (key: string) => translate(`gridgov.dashboard.${key}`);
  const byOrg = data?.byOrg;
  const orgs = byOrg?.groups ?? [];
  const lights = data?.lights;
  return (
    <Stack spacing={2} sx={{ mt: 2 }} className="task-dashboard">
      <Title title="gridgov.dashboard.title" />
      <Stack direction="row" spacing={2}>
        <MuiTextField
          type="date"
          size="small"
          label={t('from')}
          value={from}
          onChange={(e) => setFrom(e.target.value)}
          slotProps={{ inputLabel: { shrink: true } }}
        />
        <MuiTextField
          type="date"
          size="small"
          label={t('to')}
          value={to}
          onChange={(e) => setTo(e.target.value)}
          slotProps={{ inputLabel: { shrink: true } }}
        />
      </Stack>
      <Stack direction="row" spacing={2}>
        <Figure label={t('received')} value={byOrg?.received ?? '—'} />
        <Figure label={t('closed')} value={byOrg?.closed ?? '—'} />
        <Figure label={t('closureRate')} value={byOrg ? `${byOrg.closureRate}%` : '—'} />
        <Figure label={t('overdue')} value={byOrg?.overdue ?? '—'} />
        <Figure label={t('onTimeRate')} value={byOrg?.onTimeRate != null ? `${byOrg.onTimeRate}%` : '—'} />
        <Figure label={t('greenRate')} value={lights ? `${lights.greenRate}%` : '—'} />
      </Stack>
      <Grid container spacing={2}>
        <ChartCard
          title={t('byOrg')}
          height={360}
          option={{
            tooltip: { trigger: 'axis' },
            legend: { data: [t('received'), t('overdue'), t('closureRate')] },
            grid: { bottom: 90 },
            xAxis: { type: 'category', data: orgs.map((g) => shortOrgName(g.label)), axisLabel: { rotate: 45 } },
            yAxis: [{ type: 'value' }, { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } }],
            series: [
              { name: t('received'), type: 'bar', data: orgs.map((g) => g.received) },
              { name: t('overdue'), type: 'bar', data: orgs.map((g) => g.overdue), itemStyle: { color: '#d32f2f' } },
              { name: t('closureRate'), type: 'line', yAxisIndex: 1, data: orgs.map((g) => g.closureRate) },
            ],
          }}
        />
        <ChartCard
          title={t('lights')}
          height={360}
          option={{
            tooltip: { trigger: 'axis' },
            legend: {},
            grid: { bottom: 90 },
            xAxis: {
              type: 'category',
              data: (lights?.groups ?? []).map((g) => shortOrgName(g.label)),
              axisLabel: { rotate: 45 },
            },
            yAxis: { type: 'value' },
            series: (['green', 'yellow', 'red'] as const).map((light) => ({
              name: translate(`gridgov.lights.${light.toUpperCase()}`),
              type: 'bar',
              stack: 'lights',
              itemStyle: { color: { green: '#2e7d32', yellow: '#f9a825', red: '#c62828' }[light] },
              data: (lights?.groups ?? []).map((g) => g[light]),
            })),
          }}
        />
        <ChartCard
          title={t('byCategory')}
          height={300}
          wide
          option={{
            tooltip: { trigger: 'item' },
            series: [
              {
                type: 'pie',
                radius: ['35%', '65%'],
                data: (data?.byCategory.groups ?? []).map((g) => ({ name: g.label || t('uncategorised'), value: g.received })),
              },
            ],
          }}
        />
      </Grid>
    </Stack>
  );
}
